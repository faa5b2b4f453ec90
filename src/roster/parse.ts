// A roster or config file's text -> its settings, people and teams, or every problem at
// file:line:col with the line and a fix (as rule files report theirs). Pure: the caller reads
// the file. Zones may be city names; they are resolved here, so the rest sees IANA names only.
import { LineCounter, type Node, type Pair, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Problem } from '../errors.js';
import { checkZone, parseHoursRange } from '../core/time/zones.js';
import { closest } from '../core/suggest.js';
import { SETTING_KEYS, type Settings, checkSetting, hintFor } from '../config/check.js';
import type { World } from '../zone-data/world.js';
import { EMAIL_PATTERN, MAX_EMAIL_LENGTH, type Person, type RosterFile, type Team, MAX_NAME_LENGTH, WEEKDAYS, type Weekday, isRate, nameKey } from './types.js';
import { sourcePlace } from '../text/place.js';

const TOP_KEYS = [...SETTING_KEYS, 'cost', 'people', 'teams'];
const PERSON_KEYS = ['name', 'zone', 'hours', 'weekend', 'daysOff', 'role', 'rate', 'email'];
const COST_KEYS = ['currency', 'overhead', 'rates'];
const COST_EXAMPLE = 'e.g.\n    cost:\n      currency: EUR\n      rates: { default: 60, engineer: 75 }';
const EXAMPLE = 'e.g.\n    people:\n      - { name: Priya, zone: Bangalore, hours: 10:00-18:00 }\n    teams:\n      platform: [Priya, Tom]';

export type ParsedRoster = { roster: RosterFile } | { problems: Problem[] };

export interface ParseRosterOptions {
  /** Names defined elsewhere that teams here may include (the team file's, for the personal file). */
  known?: ReadonlySet<string>;
  /** The zone and place names zones are checked against. */
  world: World;
}

export function parseRosterText(text: string, file: string, opts: ParseRosterOptions): ParsedRoster {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
  const problems: Problem[] = [];
  const report = (node: Node | Pair['key'] | null | undefined, message: string, hint: string) => {
    problems.push({ ...sourcePlace(file, text, (node as Node | null)?.range?.[0] ?? 0), message, hint });
  };
  for (const e of doc.errors) report({ range: [e.pos[0], e.pos[0], e.pos[0]] } as Node, `${e.message.split('\n')[0]!.replace(/\.$/, '')} (not valid YAML).`, `Fix the YAML; a roster looks like this, ${EXAMPLE}`);
  if (problems.length > 0) return { problems };
  const roster: RosterFile = { file, settings: {}, people: [], teams: [] };
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return { roster };
  if (!isMap(doc.contents)) {
    report(doc.contents, 'expected a mapping of settings, people and teams.', `Write keys such as zone: Europe/London and people:, ${EXAMPLE}`);
    return { problems };
  }
  const names = new Map<string, Node>();
  const claim = (name: string, node: Node) => {
    const first = names.get(nameKey(name));
    if (first) {
      const { line } = lines.linePos(first.range?.[0] ?? 0);
      report(node, `"${name}" is named twice (first on line ${line}); names of people and teams are unique, whatever their case.`, 'Remove one, or rename it (e.g. "Priya S.").');
    } else names.set(nameKey(name), node);
  };
  let teamsNode: Node | undefined;
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    if (!TOP_KEYS.includes(key)) {
      const near = closest(key, TOP_KEYS);
      report(pair.key as Node, `unknown key "${key}".`, `${near ? `Did you mean "${near}"? ` : ''}Keys: ${TOP_KEYS.join(', ')}.`);
    } else if (key === 'people') {
      if (!isSeq(value)) report(value ?? (pair.key as Node), 'people is a list of people.', `Write each as "- name: ... zone: ...", ${EXAMPLE}`);
      else for (const item of value.items) readPerson(item as Node, roster, report, claim, opts.world);
    } else if (key === 'teams') {
      teamsNode = value ?? (pair.key as Node);
      if (!isMap(value)) report(teamsNode, 'teams is a mapping of team names to lists of names.', EXAMPLE);
      else for (const team of value.items) readTeam(team, roster, report, claim);
    } else if (key === 'cost') readCost(value ?? (pair.key as Node), roster, report);
    else readSetting(key as keyof Settings, value ?? (pair.key as Node), roster.settings, report, opts.world);
  }
  checkTeams(roster, doc.contents, new Set([...names.keys(), ...(opts.known ?? [])]), report);
  return problems.length > 0 ? { problems } : { roster };
}

type Report = (node: Node | null | undefined, message: string, hint: string) => void;

function text(node: Node | null | undefined): string | undefined {
  if (!isScalar(node) || node.value === null) return undefined;
  return typeof node.value === 'string' || typeof node.value === 'number' ? String(node.value).trim() : undefined;
}

function readSetting(key: keyof Settings, node: Node, settings: Settings, report: Report, world: World): void {
  const value = text(node);
  if (value === undefined || value === '') return report(node, `${key} must be a single value.`, hintFor(key));
  const checked = checkSetting(key, value, world);
  if ('problem' in checked) report(node, checked.problem.message, checked.problem.hint ?? hintFor(key));
  else settings[key] = checked.value;
}

function readPerson(node: Node, roster: RosterFile, report: Report, claim: (name: string, node: Node) => void, world: World): void {
  if (!isMap(node)) return report(node, 'each person is a mapping with a name and a zone.', EXAMPLE);
  const get = (key: string) => node.items.find((p) => isScalar(p.key) && p.key.value === key)?.value as Node | null | undefined;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!PERSON_KEYS.includes(key)) {
      const near = closest(key, PERSON_KEYS);
      report(pair.key as Node, `unknown key "${key}" for a person.`, `${near ? `Did you mean "${near}"? ` : ''}A person has: ${PERSON_KEYS.join(', ')}.`);
    }
  }
  const name = text(get('name'));
  if (!name) return report(get('name') ?? node, 'a person needs a name.', 'Add name: and the name people call them, e.g. name: Priya.');
  if (/[,@]/.test(name)) return report(get('name'), `"${name}" cannot be a name: it has "," or "@".`, 'Names are comma-separated on the command line; leave those characters out.');
  if (name.length > MAX_NAME_LENGTH) return report(get('name'), `this name has ${name.length.toLocaleString('en-US')} characters, more than the ${MAX_NAME_LENGTH} a name may have.`, 'Use the name people call them, e.g. name: Priya.');
  claim(name, get('name')!);
  const zoneNode = get('zone');
  const zoneText = text(zoneNode);
  if (!zoneText) return report(zoneNode ?? node, `${name} has no zone.`, `Add zone: with an IANA zone or a city, e.g. zone: Asia/Kolkata or zone: Bangalore.`);
  const zone = checkZone(zoneText, world, 'zone');
  if ('problem' in zone) return report(zoneNode, `${name}'s zone: ${zone.problem.message}`, zone.problem.hint ?? '');
  const person: Person = { name, zone: zone.zone, ...(zone.place ? { place: zone.place } : {}), source: roster.file };
  const hoursNode = get('hours');
  if (hoursNode != null) {
    const hours = parseHoursRange(text(hoursNode) ?? '', 'hours');
    if ('problem' in hours) return report(hoursNode, `${name}'s hours: ${hours.problem.message}`, hours.problem.hint ?? '');
    person.hours = hours.text;
  }
  const weekend = list(get('weekend'), `${name}'s weekend`, report, (v) => (WEEKDAYS as readonly string[]).includes(v.toLowerCase().slice(0, 3)), `Give days as ${WEEKDAYS.join(', ')}, e.g. weekend: [fri, sat].`);
  if (weekend) person.weekend = weekend.map((d) => d.toLowerCase().slice(0, 3) as Weekday);
  const daysOff = list(get('daysOff'), `${name}'s daysOff`, report, (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)), 'Give dates as YYYY-MM-DD, e.g. daysOff: [2026-04-03].');
  if (daysOff) person.daysOff = daysOff;
  const role = get('role');
  if (role != null) {
    const value = text(role);
    if (!value || !ROLE.test(value)) report(role, `${name}'s role must be a word such as engineer.`, 'Give a role in letters, digits and dashes; `cost.rates` may price it.');
    else person.role = value;
  }
  const rate = amount(get('rate'), `${name}'s rate`, report);
  if (rate !== undefined) person.rate = rate;
  const emailNode = get('email');
  if (emailNode != null) {
    const email = text(emailNode) ?? '';
    if (email.length > MAX_EMAIL_LENGTH || !new RegExp(EMAIL_PATTERN).test(email)) {
      return report(emailNode, `${name}'s email: ${JSON.stringify(email.slice(0, 80))} is not an e-mail address.`, 'Give one address, e.g. email: priya@example.com.');
    }
    person.email = email;
  }
  roster.people.push(person);
}

const ROLE = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;

/** A pay per hour (isRate), or a problem at its node. */
function amount(node: Node | null | undefined, what: string, report: Report): number | undefined {
  if (node == null) return undefined;
  const value = isScalar(node) ? node.value : undefined;
  if (isRate(value)) return value;
  return void report(node, `${what} must be a number above 0 (pay per hour), not ${JSON.stringify(value ?? null)}.`, 'Write the number alone, e.g. rate: 75; the currency is cost.currency.');
}

/** `cost:` a currency, an overhead and rates by role. */
function readCost(node: Node, roster: RosterFile, report: Report): void {
  if (!isMap(node)) return report(node, 'cost is a mapping of currency, overhead and rates.', COST_EXAMPLE);
  const cost: NonNullable<RosterFile['cost']> = {};
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as Node | null;
    if (key === 'currency') {
      const code = text(value);
      if (!code || !/^[A-Z]{3}$/.test(code)) report(value ?? (pair.key as Node), `currency must be a three-letter code such as EUR, not ${JSON.stringify(code ?? null)}.`, 'Give an ISO 4217 code in capitals: EUR, USD, GBP, INR, JPY ...');
      else cost.currency = code;
    } else if (key === 'overhead') {
      const factor = isScalar(value) ? value.value : undefined;
      if (typeof factor !== 'number' || !(factor >= 1 && factor <= 5)) report(value ?? (pair.key as Node), `overhead must be a number from 1 to 5, not ${JSON.stringify(factor ?? null)}.`, 'It multiplies pay into what an hour costs: 1.4 adds benefits and overhead (HBR); 1 if your rates include them.');
      else cost.overhead = factor;
    } else if (key === 'rates') {
      if (!isMap(value)) {
        report(value ?? (pair.key as Node), 'rates is a mapping of roles to pay per hour.', COST_EXAMPLE);
        continue;
      }
      const rates: Record<string, number> = Object.create(null) as Record<string, number>;
      for (const item of value.items) {
        const role = isScalar(item.key) ? String(item.key.value) : '';
        if (!ROLE.test(role)) report(item.key as Node, `"${role}" cannot be a role.`, 'Name roles in letters, digits and dashes, e.g. engineer; default prices anyone else.');
        const rate = amount(item.value as Node | null, `the rate of ${role}`, report);
        if (rate !== undefined && ROLE.test(role)) rates[role] = rate;
      }
      cost.rates = rates;
    } else {
      const near = closest(key, COST_KEYS);
      report(pair.key as Node, `unknown key "${key}" in cost.`, `${near ? `Did you mean "${near}"? ` : ''}cost has: ${COST_KEYS.join(', ')}.`);
    }
  }
  roster.cost = cost;
}

function list(node: Node | null | undefined, what: string, report: Report, valid: (v: string) => boolean, hint: string): string[] | undefined {
  if (node == null) return undefined;
  if (!isSeq(node)) return void report(node, `${what} is a list.`, hint);
  const values: string[] = [];
  for (const item of node.items as Node[]) {
    const value = text(item);
    if (value === undefined || !valid(value)) report(item, `${what}: ${JSON.stringify(value ?? null)} is not valid.`, hint);
    else values.push(value);
  }
  return values;
}

function readTeam(pair: Pair, roster: RosterFile, report: Report, claim: (name: string, node: Node) => void): void {
  const keyNode = pair.key as Node;
  const name = text(keyNode);
  if (!name || /[,@]/.test(name) || name.length > MAX_NAME_LENGTH) return report(keyNode, `${JSON.stringify((name ?? '').slice(0, MAX_NAME_LENGTH))}${(name ?? '').length > MAX_NAME_LENGTH ? '…' : ''} cannot be a team name.`, `Name a team with plain words of at most ${MAX_NAME_LENGTH} characters, e.g. platform.`);
  claim(name, keyNode);
  const value = pair.value as Node | null;
  if (!isSeq(value)) return report(value ?? keyNode, `team ${name} is a list of names.`, `e.g. ${name}: [Priya, Tom]`);
  const members = (value.items as Node[]).map((item) => text(item) ?? '');
  roster.teams.push({ name, members, source: roster.file });
}

/**
 * Every member is named somewhere (`known`: this file's names, even of people with a mistake of
 * their own, and the other file's), and no team includes itself, directly or not.
 */
function checkTeams(roster: RosterFile, top: Node, known: ReadonlySet<string>, report: Report): void {
  const teams = new Map(roster.teams.map((t) => [nameKey(t.name), t]));
  const all = [...roster.people.map((p) => p.name), ...roster.teams.map((t) => t.name)];
  const memberNode = (team: Team, index: number): Node | undefined => {
    const teamsMap = isMap(top) ? (top.items.find((p) => isScalar(p.key) && p.key.value === 'teams')?.value as Node) : undefined;
    const seq = isMap(teamsMap) ? (teamsMap.items.find((p) => isScalar(p.key) && String(p.key.value).trim() === team.name)?.value as Node) : undefined;
    return isSeq(seq) ? (seq.items[index] as Node) : seq;
  };
  for (const team of roster.teams) {
    team.members.forEach((member, i) => {
      if (!known.has(nameKey(member))) {
        const near = closest(member, all);
        report(memberNode(team, i), `team ${team.name} includes "${member}", who is not in the roster.`, `${near ? `Did you mean "${near}"? ` : ''}Add them under people:, or remove the name.`);
      }
    });
    const loop = cycleFrom(team, teams);
    if (loop) report(memberNode(team, team.members.findIndex((m) => nameKey(m) === nameKey(loop[1]!))), `team ${team.name} includes itself (${loop.join(' -> ')}).`, 'Remove the name that leads back to this team.');
  }
}

function cycleFrom(start: Team, teams: Map<string, Team>): string[] | undefined {
  const walk = (team: Team, path: string[]): string[] | undefined => {
    for (const member of team.members) {
      const next = teams.get(nameKey(member));
      if (!next) continue;
      if (next === start) return [...path, next.name];
      if (path.some((p) => nameKey(p) === nameKey(next.name))) continue;
      const found = walk(next, [...path, next.name]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, [start.name]);
}
