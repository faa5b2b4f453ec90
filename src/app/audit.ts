// `commtriage audit FILE.ics…`: read each calendar (src/calendar, the only user of ical.js), put
// the occurrences through the audit's core (src/audit) and write the report. `--merge` reads the
// NDJSON of earlier runs instead, for a company audited in shards.
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { resolve } from 'node:path';
import { DateTime } from 'luxon';
import type { Context } from '../context.js';
import { readAll, readFileBounded, useColor, writeOut } from '../context.js';
import { UserError, readProblem } from '../errors.js';
import type { Problem } from '../errors.js';
import { needContext, type TimeFlags } from './time-flags.js';
import { findRules, loadRulesFor } from './rules-source.js';
import { type AuditExtras, auditReport } from '../audit/report.js';
import { attending } from '../audit/series.js';
import { type Pay, moneyFor } from '../core/cost.js';
import { type PayFlags, askSetup, payOf, rateOf } from './ask-setup.js';
import { type KnownPerson, type PeopleIndex, peopleIndex } from '../audit/people.js';
import { type MergedInput, readAuditLines } from '../audit/merge-lines.js';
import { type Occurrence, type Sighting, type SkipCounts, type Window, noSkips } from '../audit/types.js';
import { parseHoursRange } from '../core/time/zones.js';
import type { RuleSet } from '../core/types.js';
import { WEEKDAYS } from '../roster/types.js';
import { batchMemo } from './batch.js';
import { displayPath } from '../text/place.js';
import { asciiOnly } from '../format/charset.js';

export interface AuditOptions extends TimeFlags {
  format: string;
  json?: boolean;
  from?: string;
  weeks: string;
  top: string;
  merge?: boolean;
  rules?: string;
  color?: boolean;
  /** --rate, --currency: pay per hour for anyone the roster gives none. */
  rate?: string;
  currency?: string;
}

/** A year of one busy person's calendar is about 1 MB; 20 MB is a wrong file or a whole company in one. */
export const MAX_ICS_BYTES = 20 << 20;
/** More meetings than this in the window from one file is not a person's calendar. */
export const MAX_OCCURRENCES_PER_FILE = 50_000;
/** Steps through one series before its first meeting in the window (a daily series since 1990 is 13,000). */
export const MAX_STEPS = 200_000;

/**
 * The advice memo's bound (see app/batch.ts): an audit meets far fewer distinct teams than a batch
 * of needs, and most one-off meetings' teams are met once; 48 MB of them only raised the peak.
 */
const AUDIT_MEMO_BYTES = 8 << 20;

export const AUDIT_FORMATS = ['text', 'json', 'ndjson', 'html'];

export async function runAudit(ctx: Context, files: string[], opts: AuditOptions): Promise<number> {
  const format = opts.json ? 'json' : opts.format;
  if (!AUDIT_FORMATS.includes(format)) throw new UserError({ where: '--format', message: `audit has no format "${format}".`, hint: `Choose one of: ${AUDIT_FORMATS.join(', ')}.` });
  if (files.length === 0) throw new UserError({ message: 'audit needs at least one calendar file.', hint: 'Export your calendar as .ics, then: commtriage audit calendar.ics (or "-" to read standard input).' });
  // Reading a year of calendars makes a lot of short-lived garbage around a live set of about
  // 100 MB: as for a batch (app/batch.ts), V8 grows the old generation by half, not fourfold.
  setFlagsFromString('--heap-growing-percent=50');
  const found = findRules(ctx, opts.rules);
  const ruleSet = await loadRulesFor(ctx, opts.rules, found);
  // Your zone and working hours as `ask` finds them: a flag, an environment variable, the team's file, your settings.
  const { defaults } = await askSetup(ctx, { ...(opts.zone ? { zone: opts.zone } : {}), ...(opts.workingHours ? { workingHours: opts.workingHours } : {}), format: 'text' }, ruleSet, found.teamDir);
  const fromSettings = (key: 'zone' | 'workingHours') => (defaults[key].from.startsWith('built-in') ? undefined : defaults[key].value);
  const time = needContext(ctx, { now: opts.now, zone: fromSettings('zone'), workingHours: fromSettings('workingHours') }, ruleSet.settings);
  const weeks = wholeNumber(opts.weeks, '--weeks', 1, 104);
  const top = wholeNumber(opts.top, '--top', 1, 100000);
  const window = windowOf(opts.from, weeks, time.now, time.organizer);
  const { known, pay } = await rosterPeople(ctx, ruleSet, found.teamDir, opts);
  const input = opts.merge ? await readShards(ctx, files, window) : await readCalendars(ctx, files, window, time.organizer);
  const people = peopleIndex(known);
  const extras = await auditExtras(ruleSet, people, pay);
  const report = auditReport({ ...input, window: input.window, ruleSet, need: time, people, memo: batchMemo(AUDIT_MEMO_BYTES), extras });
  const { auditNdjsonChunks, renderAudit } = await import('../format/audit-registry.js');
  if (format === 'ndjson') {
    for (const chunk of auditNdjsonChunks(report)) await writeOut(ctx, chunk);
    return 0;
  }
  await writeOut(ctx, await renderAudit(format, report, { color: format === 'text' && useColor(ctx, opts.color), ascii: asciiOnly(ctx.env), width: ctx.stdout.columns ?? 80, top }));
  return 0;
}

function wholeNumber(text: string, where: string, min: number, max: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < min || n > max) throw new UserError({ where, message: `"${text}" is not a whole number from ${min} to ${max}.`, hint: `e.g. ${where} ${min === 1 && max === 104 ? 4 : 10}` });
  return n;
}

function windowOf(from: string | undefined, weeks: number, now: number, zone: import('luxon').Zone): Window {
  const start = from === undefined ? DateTime.fromMillis(now, { zone }).startOf('day') : DateTime.fromISO(from, { zone });
  if (!start.isValid || (from !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(from))) throw new UserError({ where: '--from', message: `"${from}" is not a date.`, hint: 'Write the first day as YYYY-MM-DD, e.g. --from 2026-03-02.' });
  if (start.year < 1900 || start.year > 2200) throw new UserError({ where: '--from', message: `${from} is too far from now.`, hint: 'Give a year from 1900 to 2200.' });
  return { start: start.toMillis(), end: start.plus({ weeks }).toMillis(), weeks };
}

/** The roster's people with their zones, hours and rates parsed (the team's people.yaml and your config), and the pay for anyone else. */
async function rosterPeople(ctx: Context, ruleSet: RuleSet, teamDir: string | undefined, flags: PayFlags): Promise<{ known: KnownPerson[]; pay: Omit<Pay, 'rates'> }> {
  const { loadRosters } = await import('../roster/load.js');
  const { roster } = loadRosters(ctx, teamDir);
  const fallback = parseHoursRange(ruleSet.settings.workingHours, 'settings.workingHours');
  const { cost } = roster;
  const pay: Omit<Pay, 'rates'> = {
    ...(cost.currency ? { currency: cost.currency } : {}),
    ...(cost.overhead !== undefined ? { overhead: cost.overhead } : {}),
    ...payOf(roster, undefined, undefined, flags),
  };
  const rates = cost.rates ?? {};
  const known = [...roster.people.values()].flatMap((p) => {
    const hours = p.hours ? parseHoursRange(p.hours, p.source) : fallback;
    if ('problem' in hours) return [];
    const weekend = (p.weekend ?? ['sat', 'sun']).map((d) => (WEEKDAYS.indexOf(d) + 1) % 7);
    const rate = rateOf(p, rates, pay.defaultRate);
    return [{ name: p.name, zone: ctx.world.zone(p.zone), hours, weekend, daysOff: p.daysOff ?? [], ...(rate !== undefined ? { rate } : {}) }];
  });
  return { known, pay };
}

/** What issue 20 adds to each series: its money per year where everyone has a rate, and the draft that would replace it. */
async function auditExtras(ruleSet: RuleSet, people: PeopleIndex, pay: Omit<Pay, 'rates'>): Promise<AuditExtras> {
  const { stepDraftText } = await import('./draft.js');
  return {
    cost: (s, hours) => {
      const rates = attending(s).map((p) => people(p)?.rate ?? pay.defaultRate);
      if (rates.some((r) => r === undefined)) return null;
      const money = moneyFor(hours.perYear, rates.length, { ...pay, rates: rates as number[] }, ruleSet.settings);
      return money ? { perYear: money.amount, ...(money.currency ? { currency: money.currency } : {}) } : null;
    },
    replacement: (_s, advice) => {
      const written = advice.steps.find((st) => st.kind === 'written');
      if (!written || advice.recommendation !== 'async') return undefined;
      const draft = stepDraftText(advice, ruleSet, written.n);
      return draft ? `${draft.subject}\n\n${draft.body}` : undefined;
    },
  };
}

interface Read {
  occurrences: Occurrence[];
  sightings: Sighting[];
  skips: SkipCounts;
  files: number;
  window: Window;
}

async function readCalendars(ctx: Context, files: string[], window: Window, floating: import('luxon').Zone): Promise<Read> {
  const { readIcs } = await import('../calendar/read-ics.js');
  const problems: Problem[] = [];
  const occurrences: Occurrence[] = [];
  const sightings: Sighting[] = [];
  const skips = noSkips();
  // A meeting in 200 people's files is expanded once (see calendar/read-ics.ts).
  const expansions = new Map();
  for (const file of files) {
    const text = await readText(ctx, file, problems);
    if (text === undefined) continue;
    const shown = file === '-' ? 'stdin' : displayPath(resolve(ctx.cwd, file), ctx.cwd);
    const zone = (name: string) => {
      const z = ctx.world.zone(name);
      return z.isValid ? z : undefined;
    };
    const result = readIcs(text, shown, { window, zone, floating, maxOccurrences: MAX_OCCURRENCES_PER_FILE, maxSteps: MAX_STEPS, expansions });
    if ('problems' in result) {
      problems.push(...result.problems);
      continue;
    }
    for (const note of result.notes) ctx.stderr.write(`commtriage: ${note}\n`);
    for (const o of result.occurrences) occurrences.push(o);
    for (const o of result.sightings) sightings.push(o);
    for (const key of Object.keys(skips) as (keyof SkipCounts)[]) skips[key] += result.skips[key];
  }
  if (problems.length > 0) throw new UserError(problems);
  return { occurrences, sightings, skips, files: files.length, window };
}

async function readShards(ctx: Context, files: string[], window: Window): Promise<Read> {
  let merged: MergedInput = { occurrences: [], sightings: [], skips: noSkips(), files: 0 };
  for (const file of files) {
    const problems: Problem[] = [];
    const text = await readText(ctx, file, problems, 512 << 20);
    if (text === undefined) throw new UserError(problems);
    const read = readAuditLines(text, file === '-' ? 'stdin' : file, merged);
    if ('problems' in read) throw new UserError(read.problems);
    merged = read;
  }
  const w = merged.window;
  const shardWindow: Window = w ? { start: Date.parse(w.from), end: Date.parse(w.to), weeks: w.weeks } : window;
  return { occurrences: merged.occurrences, sightings: merged.sightings, skips: merged.skips, files: merged.files, window: shardWindow };
}

async function readText(ctx: Context, file: string, problems: Problem[], limit = MAX_ICS_BYTES): Promise<string | undefined> {
  const tooBig = (where: string, size: number): undefined => {
    problems.push({ where, message: `the file is ${(size / (1 << 20)).toFixed(0)} MB; the limit is ${limit >> 20} MB per file`, hint: "Export a shorter range, or one file per person (each person's calendar is one file): commtriage audit alice.ics bob.ics ..." });
    return undefined;
  };
  if (file === '-') {
    const text = await readAll(ctx.stdin, limit);
    return Buffer.byteLength(text) > limit ? tooBig('stdin', Buffer.byteLength(text)) : text;
  }
  const path = resolve(ctx.cwd, file);
  try {
    const stat = statSync(path);
    if (!stat.isFile()) {
      problems.push({ where: file, message: stat.isDirectory() ? 'it is a directory, not a calendar file' : 'not a regular file', hint: 'Name .ics files: commtriage audit exports/*.ics' });
      return undefined;
    }
    if (stat.size > limit) return tooBig(file, stat.size);
    // A buffer the file's size, not the limit's: 200 files would otherwise zero 20 MB each.
    return readFileBounded(path, Math.min(limit, stat.size));
  } catch (error) {
    problems.push({ where: file, message: `cannot read it: ${readProblem((error as NodeJS.ErrnoException).code)}`, hint: 'Check the path and its permissions.' });
    return undefined;
  }
}
