// What `ask` takes from your settings and roster before any answer is read: the defaults (zone,
// working hours, format) and where each came from, and what `--with NAMES` answers. The files are
// parsed only when they exist, so a scripted run without them never loads the roster's parser.
import { existsSync } from 'node:fs';
import type { Context } from '../context.js';
import type { RuleSet } from '../core/types.js';
import { UserError } from '../errors.js';
import { type Chosen, type DefaultKey, chooseDefaults } from '../config/defaults.js';
import { configPath } from '../config/paths.js';
import type { RosterFiles } from '../roster/load.js';
import { type Person, type Roster, WEEKDAYS, isRate, nameKey, zoneSpecOf } from '../roster/types.js';
import type { Pay } from '../core/cost.js';
import type { WithAnswers } from '../roster/expand.js';

export interface SetupFlags {
  zone?: string;
  workingHours?: string;
  format: string;
  /** --format or --json was given (commander's default is "text"). */
  formatGiven?: boolean;
  with?: string[];
}

export interface AskSetup {
  defaults: Record<DefaultKey, Chosen>;
  /** Both roster files merged; absent when neither exists and --with was not given. */
  rosters?: RosterFiles;
}

/** `teamDir`: where the team's roster is looked for (the rule set's directory, see rules-source.ts). */
export async function askSetup(ctx: Context, opts: SetupFlags, ruleSet: RuleSet, teamDir: string | undefined): Promise<AskSetup> {
  const names = opts.with ?? [];
  const haveFiles = existsSync(configPath(ctx.env)) || (teamDir !== undefined && existsSync(`${teamDir}/people.yaml`));
  const rosters = haveFiles || names.length > 0 ? (await import('../roster/load.js')).loadRosters(ctx, teamDir) : undefined;
  const settingsOf = (file: RosterFiles['team']) => (file ? { file: file.file, settings: file.settings } : undefined);
  const team = settingsOf(rosters?.team);
  const personal = settingsOf(rosters?.personal);
  const defaults = chooseDefaults({
    world: ctx.world,
    flags: { zone: opts.zone, workingHours: opts.workingHours, format: opts.formatGiven ? opts.format : undefined },
    env: ctx.env,
    ...(team ? { team } : {}),
    ...(personal ? { personal } : {}),
    builtIn: {
      // A getter: finding the system's zone may cost milliseconds, and is often not needed.
      get zone() {
        return { value: ctx.systemZone, from: 'built-in (the system zone)' };
      },
      workingHours: { value: ruleSet.settings.workingHours, from: "built-in (the rule set's settings)" },
      format: { value: 'text', from: 'built-in' },
    },
  });
  return { defaults, ...(rosters ? { rosters } : {}) };
}

/** Your name in the roster, if a file says (`me:`). */
export const myName = (rosters: RosterFiles | undefined): string | undefined => rosters?.personal?.settings.me ?? rosters?.team?.settings.me;

/** --with's names -> answers; every unknown name at once, each with the closest known one. */
export async function withAnswersFor(roster: Roster, names: string[], zone: string, me: string | undefined, where = '--with'): Promise<WithAnswers> {
  const { answersFor, expandNames, splitNames } = await import('../roster/expand.js');
  const expanded = expandNames(roster, splitNames(names), where);
  if ('problems' in expanded) throw new UserError(expanded.problems);
  return answersFor(expanded.people, { zone, ...(me ? { name: me } : {}) });
}

/** --with's answers, for a batch (every line) and for the merge with --set (which wins). */
export const withRaw = (w: WithAnswers | undefined): Record<string, unknown> => (w ? { attendees: w.attendees, timezones: w.timezones } : {});

/** The weekends (as 0 = Sunday .. 6) and days off the roster gives, by the `timezones` entry each person became (answers/need.ts). */
export function withWeekends(w: WithAnswers | undefined): { weekends?: Map<string, number[]>; datesOff?: Map<string, string[]> } {
  const people = w?.people ?? [];
  const weekends = new Map(people.filter((p) => p.weekend).map((p) => [zoneSpecOf(p), p.weekend!.map((d) => (WEEKDAYS.indexOf(d) + 1) % 7)]));
  const datesOff = new Map(people.filter((p) => p.daysOff).map((p) => [zoneSpecOf(p), p.daysOff!]));
  return { ...(weekends.size > 0 ? { weekends } : {}), ...(datesOff.size > 0 ? { datesOff } : {}) };
}

/** "Priya, Tom" for each zone the roster named, for the formatters. */
export const namesByZone = (w: WithAnswers | undefined): Record<string, string> | undefined =>
  w ? Object.fromEntries(Object.entries(w.names).map(([zone, list]) => [zone, list.join(', ')])) : undefined;

/** The optional `people` field of the JSON output. */
export const peopleField = (people: Person[]) =>
  people.map((p) => ({
    name: p.name,
    zone: p.zone,
    ...(p.hours ? { hours: p.hours } : {}),
    ...(p.weekend ? { weekend: p.weekend } : {}),
    ...(p.daysOff ? { daysOff: p.daysOff } : {}),
  }));

export interface PayFlags {
  /** --rate: pay per hour for anyone without a rate of their own. */
  rate?: string;
  /** --currency: an ISO 4217 code. */
  currency?: string;
}

/**
 * Pay per hour of the people --with named (you first) and of anyone else, from the roster's
 * `cost:` and --rate/--currency. Undefined when someone named has no rate: a total that leaves
 * people out would read as the whole cost.
 */
export function payOf(roster: Roster | undefined, people: WithAnswers | undefined, me: string | undefined, flags: PayFlags): Pay | undefined {
  const cost = roster?.cost ?? {};
  const rates = cost.rates ?? {};
  const defaultRate = flags.rate === undefined ? rates['default'] : checkRate(flags.rate);
  const currency = flags.currency === undefined ? cost.currency : checkCurrency(flags.currency);
  const rate = (p: Person | undefined) => rateOf(p, rates, defaultRate);
  const named = people ? [rate(me ? roster?.people.get(nameKey(me)) : undefined), ...people.people.map(rate)] : [];
  if (named.some((r) => r === undefined) || (named.length === 0 && defaultRate === undefined)) return undefined;
  return {
    rates: named as number[],
    ...(defaultRate !== undefined ? { defaultRate } : {}),
    ...(currency ? { currency } : {}),
    ...(cost.overhead !== undefined ? { overhead: cost.overhead } : {}),
  };
}

/** Someone's pay per hour: their own rate, else their role's in `cost.rates`, else the default. */
export const rateOf = (p: Pick<Person, 'rate' | 'role'> | undefined, rates: Record<string, number>, defaultRate: number | undefined): number | undefined =>
  (p ? (p.rate ?? (p.role ? rates[p.role] : undefined)) : undefined) ?? defaultRate;

function checkRate(text: string): number {
  const rate = Number(text);
  if (text.trim() === '' || !isRate(rate)) {
    throw new UserError({ where: '--rate', message: `"${text}" is not a pay per hour.`, hint: 'Give a number above 0, e.g. --rate 60 (the currency is --currency or cost.currency in your roster).' });
  }
  return rate;
}

function checkCurrency(text: string): string {
  const code = text.trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) throw new UserError({ where: '--currency', message: `"${text}" is not a currency code.`, hint: 'Give an ISO 4217 code, e.g. --currency EUR, USD, GBP, INR.' });
  return code;
}
