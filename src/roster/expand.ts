// `--with Priya,platform` -> the people meant, then the answers they give: `attendees` (you
// included) and `timezones` (you first, then each person's Zone or Zone@HH:mm-HH:mm). Pure.
import type { Problem } from '../errors.js';
import { closest } from '../core/suggest.js';
import { type Person, type Roster, nameKey, zoneSpecOf } from './types.js';

/** Comma-separated, repeatable: ["Priya,Tom", "platform"] -> ["Priya", "Tom", "platform"]. */
export const splitNames = (values: readonly string[]): string[] =>
  values.flatMap((v) => v.split(',')).map((n) => n.trim()).filter((n) => n !== '');

/** The people the names mean, each once, in the order first named; every unknown name at once. */
export function expandNames(roster: Roster, names: readonly string[], where = '--with'): { people: Person[] } | { problems: Problem[] } {
  const people = new Map<string, Person>();
  const problems: Problem[] = [];
  const known = [...[...roster.people.values()].map((p) => p.name), ...[...roster.teams.values()].map((t) => t.name)];
  const add = (name: string, seen: Set<string>) => {
    const key = nameKey(name);
    const person = roster.people.get(key);
    if (person) {
      people.set(key, person);
      return;
    }
    const team = roster.teams.get(key);
    if (team && !seen.has(key)) for (const member of team.members) add(member, new Set([...seen, key]));
  };
  for (const name of names) {
    const key = nameKey(name);
    if (roster.people.has(key) || roster.teams.has(key)) add(name, new Set());
    else problems.push(unknownName(name, known, where));
  }
  return problems.length > 0 ? { problems } : { people: [...people.values()] };
}

function unknownName(name: string, known: string[], where: string): Problem {
  if (known.length === 0) {
    return {
      where,
      message: `"${name}" is not in your roster (it is empty).`,
      hint: 'Add people with `commtriage people add NAME ZONE`, or in .commtriage/people.yaml; `commtriage people` lists who is known.',
    };
  }
  const near = closest(name, known) ?? closestByPrefix(name, known);
  return {
    where,
    message: `"${name}" is not a person or team in your roster.`,
    hint: `${near ? `Did you mean "${near}"? ` : ''}Known: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', ...' : ''} (see \`commtriage people\`).`,
  };
}

/** "pri" -> "Priya": a start of a name is a closer guess than an edit distance too far. */
const closestByPrefix = (name: string, known: string[]): string | undefined =>
  known.find((k) => k.toLowerCase().startsWith(name.toLowerCase()) || name.toLowerCase().startsWith(k.toLowerCase()));

export interface WithAnswers {
  attendees: number;
  timezones: string[];
  /** Zone -> the names in it ("you" for yourself), for the output. */
  names: Record<string, string[]>;
  people: Person[];
}

/** The answers `--with` gives. You count once: named (via `me`) or not. */
export function answersFor(people: Person[], self: { zone: string; name?: string }): WithAnswers {
  const meKey = self.name === undefined ? undefined : nameKey(self.name);
  const others = people.filter((p) => nameKey(p.name) !== meKey);
  const me = people.find((p) => nameKey(p.name) === meKey);
  const mine = me ? zoneSpecOf(me) : self.zone;
  const names: Record<string, string[]> = {};
  const label = (zone: string, name: string) => (names[zone] ??= []).push(name);
  label(me?.zone ?? self.zone, 'you');
  for (const p of others) label(p.zone, p.name);
  return { attendees: others.length + 1, timezones: [mine, ...others.map(zoneSpecOf)], names, people: others };
}
