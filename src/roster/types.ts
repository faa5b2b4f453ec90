// The roster: people with their zone and hours, and teams (names for lists of people or teams).
// It comes from two files of the same shape (see README, "Teams"): the
// team's .commtriage/people.yaml and the personal config file. A team file wins for a name both give.

import type { Settings } from '../config/check.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface Person {
  name: string;
  /** IANA name (a city in the file is resolved when the file is read). */
  zone: string;
  /** What a city or country name was taken to mean, e.g. "Bengaluru, Karnataka, India". */
  place?: string;
  /** Their working hours in their own zone, "HH:mm-HH:mm"; absent: everyone's default. */
  hours?: string;
  /**
   * Days they do not work each week, where they differ from Saturday and Sunday. With --with, the
   * windows, slots and reply-by time keep them free (answers/need.ts).
   */
  weekend?: Weekday[];
  /** Dates (YYYY-MM-DD) they are away; with --with, kept free like a weekend day. */
  daysOff?: string[];
  /** What they do, e.g. engineer: names their rate in `cost.rates` when they have none of their own. */
  role?: string;
  /** Their pay per hour, before overhead (see `cost`), in the roster's currency. */
  rate?: number;
  /** Their e-mail address: an attendee of `ask --invite` (the organizer, for `me`). */
  email?: string;
  /** The file that named them. */
  source: string;
}

export interface Team {
  name: string;
  /** Names of people or other teams, as written. */
  members: string[];
  source: string;
}

/** What an hour of someone's time costs: `cost:` in a roster file. */
export interface CostSettings {
  /** ISO 4217 code, e.g. EUR. */
  currency?: string;
  /** Pay times this is what an hour costs the organisation (the rule set's costOverhead when absent). */
  overhead?: number;
  /** Role -> pay per hour; `default` for anyone with neither a rate nor a priced role. */
  rates?: Record<string, number>;
}

/** One file, read and checked. */
export interface RosterFile {
  file: string;
  settings: Settings;
  cost?: CostSettings;
  people: Person[];
  teams: Team[];
}

/** Both files merged: lower-case name -> entry. */
export interface Roster {
  people: Map<string, Person>;
  teams: Map<string, Team>;
  /** Both files' cost settings, the team file's winning key by key (rates role by role). */
  cost: CostSettings;
}

export const nameKey = (name: string): string => name.trim().toLowerCase();

/** A pay per hour: a number above zero and below a million (a typo's extra digits, not a rate). */
export const isRate = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0 && n < 1_000_000;

/** A name is what people call someone; a longer one is a mistake (and would pad every table row). */
export const MAX_NAME_LENGTH = 64;

/** An address a calendar can invite: one "@", no spaces or characters that end an iCalendar value. */
export const EMAIL_PATTERN = '^[^\\s\\x00-\\x1f\\x7f@<>(),;:"\\\\]+@[^\\s\\x00-\\x1f\\x7f@<>(),;:"\\\\]+\\.[^\\s\\x00-\\x1f\\x7f@<>(),;:"\\\\.]+$';
export const MAX_EMAIL_LENGTH = 254;

/** A person as a `timezones` entry: `Zone` or `Zone@HH:mm-HH:mm`. */
export const zoneSpecOf = (p: Pick<Person, 'zone' | 'hours'>): string => (p.hours ? `${p.zone}@${p.hours}` : p.zone);

/** The team file first: for a name both files give, its entry wins. */
export function mergeRosters(files: RosterFile[]): Roster {
  const roster: Roster = { people: new Map(), teams: new Map(), cost: {} };
  for (const file of [...files].reverse()) {
    const { rates, ...rest } = file.cost ?? {};
    Object.assign(roster.cost, rest);
    if (rates) roster.cost.rates = { ...roster.cost.rates, ...rates };
  }
  for (const file of files) {
    for (const p of file.people) if (!roster.people.has(nameKey(p.name)) && !roster.teams.has(nameKey(p.name))) roster.people.set(nameKey(p.name), p);
    for (const t of file.teams) if (!roster.people.has(nameKey(t.name)) && !roster.teams.has(nameKey(t.name))) roster.teams.set(nameKey(t.name), t);
  }
  return roster;
}
