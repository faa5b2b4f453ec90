// Changes to a config or roster file's text, keeping its comments and layout: one setting, or one
// person added. Pure; the result is checked as a whole before the caller writes it, so a command
// never leaves a file that the next run would refuse.
import { type Document, isMap, isSeq, parseDocument } from 'yaml';
import type { Problem } from '../errors.js';
import { closest } from '../core/suggest.js';
import { parseRosterText } from './parse.js';
import { SETTING_KEYS, type SettingKey, checkSetting } from '../config/check.js';
import type { World } from '../zone-data/world.js';

export type Edited = { text: string } | { problems: Problem[] };

/** A new file's first lines: editors with the YAML language server then check it as you type. */
export const header = (schemaPath: string): string =>
  `# yaml-language-server: $schema=${schemaPath}\n# commtriage settings and people: see \`commtriage config\` and \`commtriage people\`.\n`;

function open(text: string, file: string, world: World): { doc: Document } | { problems: Problem[] } {
  const parsed = parseRosterText(text, file, { world });
  if ('problems' in parsed) return parsed;
  const doc: Document = parseDocument(text);
  if (!isMap(doc.contents)) doc.contents = doc.createNode({});
  return { doc };
}

function finish(doc: Document, file: string, world: World): Edited {
  const text = doc.toString({ lineWidth: 0 });
  const checked = parseRosterText(text, file, { world });
  return 'problems' in checked ? checked : { text };
}

/** `config set KEY VALUE`: an unknown key lists the keys; a bad value says how to write it. */
export function setSetting(text: string, file: string, key: string, value: string, world: World): Edited & { value?: string } {
  if (!(SETTING_KEYS as readonly string[]).includes(key)) {
    const near = closest(key, SETTING_KEYS);
    return { problems: [{ where: key, message: `"${key}" is not a setting.`, hint: `${near ? `Did you mean "${near}"? ` : ''}Settings: ${SETTING_KEYS.join(', ')} (people are added with \`commtriage people add\`).` }] };
  }
  const checked = checkSetting(key as SettingKey, value, world, `config set ${key}`);
  if ('problem' in checked) return { problems: [checked.problem] };
  const opened = open(text, file, world);
  if ('problems' in opened) return opened;
  opened.doc.set(key, checked.value);
  return { ...finish(opened.doc, file, world), value: checked.value };
}

/** `config unset KEY`. */
export function unsetSetting(text: string, file: string, key: string, world: World): Edited {
  const opened = open(text, file, world);
  if ('problems' in opened) return opened;
  opened.doc.delete(key);
  return finish(opened.doc, file, world);
}

export interface NewPerson {
  name: string;
  zone: string;
  hours?: string;
  weekend?: string[];
  email?: string;
  role?: string;
  rate?: number;
  teams?: string[];
}

/** `people add`: one person (and their teams); the file's checks (zone, duplicate name) apply. */
export function addPerson(text: string, file: string, person: NewPerson, world: World): Edited {
  const before = parseRosterText(text, file, { world });
  if ('problems' in before) return before;
  const taken = [...before.roster.people, ...before.roster.teams].find((p) => p.name.toLowerCase() === person.name.trim().toLowerCase());
  if (taken) {
    return { problems: [{ where: file, message: `"${taken.name}" is already in this file.`, hint: 'Pick another name, or edit the file to change their entry.' }] };
  }
  const opened = open(text, file, world);
  if ('problems' in opened) return opened;
  const { doc } = opened;
  const { teams: _teams, ...fields } = person;
  const entry = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const node = doc.createNode(entry);
  node.flow = true;
  const people = doc.get('people', true);
  if (isSeq(people)) people.items.push(node);
  else doc.set('people', doc.createNode([node]));
  for (const team of person.teams ?? []) {
    const members = doc.getIn(['teams', team], true);
    if (isSeq(members)) members.items.push(doc.createNode(person.name));
    else {
      const list = doc.createNode([person.name]);
      list.flow = true;
      doc.setIn(['teams', team], list);
    }
  }
  return finish(doc, file, world);
}

/**
 * `people remove NAME`: the person (or team) of that name, whatever its case, and the name in
 * every team of this file; a team left with no members goes too. Unknown names get a did-you-mean.
 */
export function removeName(text: string, file: string, name: string, world: World): Edited & { removed?: 'person' | 'team'; name?: string; fromTeams?: string[] } {
  const before = parseRosterText(text, file, { world });
  if ('problems' in before) return before;
  const key = name.trim().toLowerCase();
  const person = before.roster.people.find((p) => p.name.toLowerCase() === key);
  const team = before.roster.teams.find((t) => t.name.toLowerCase() === key);
  if (!person && !team) {
    const near = closest(name, [...before.roster.people.map((p) => p.name), ...before.roster.teams.map((t) => t.name)]);
    return { problems: [{ where: file, message: `"${name}" is not in this file.`, hint: `${near ? `Did you mean "${near}"? ` : ''}\`commtriage people\` lists who is known and which file names them.` }] };
  }
  const opened = open(text, file, world);
  if ('problems' in opened) return opened;
  const { doc } = opened;
  const people = doc.get('people', true);
  if (person && isSeq(people)) {
    people.items = people.items.filter((item) => !(isMap(item) && String(item.get('name')).trim().toLowerCase() === key));
    if (people.items.length === 0) doc.delete('people');
  }
  const teams = doc.get('teams', true);
  const fromTeams: string[] = [];
  if (isMap(teams)) {
    for (const pair of [...teams.items]) {
      const teamName = String((pair.key as { value?: unknown })?.value ?? pair.key).trim();
      if (teamName.toLowerCase() === key) {
        teams.delete(pair.key);
        continue;
      }
      if (!isSeq(pair.value)) continue;
      const kept = pair.value.items.filter((m) => String((m as { value?: unknown })?.value ?? m).trim().toLowerCase() !== key);
      if (kept.length === pair.value.items.length) continue;
      fromTeams.push(teamName);
      if (kept.length === 0) teams.delete(pair.key);
      else pair.value.items = kept;
    }
    if (teams.items.length === 0) doc.delete('teams');
  }
  return { ...finish(doc, file, world), removed: person ? 'person' : 'team', name: (person ?? team)!.name, fromTeams };
}
