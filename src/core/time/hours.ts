// Participants and their working and quiet hours as spans of real time. Every local time goes
// through luxon with the participant's IANA zone, day by day, so DST changes land on the right
// day. A working-hours start or end that does not exist on a DST day (02:30 when the clocks jump
// from 02:00 to 03:00) is moved forward by the length of the jump, as luxon and most calendars do.
import { DateTime } from 'luxon';
import { type Problem, UserError } from '../../errors.js';
import type { Settings } from '../types.js';
import type { TimeContext } from './types.js';
import { type HoursRange, checkZone, parseHoursRange, parseZoneSpec } from './zones.js';
import { parseNow } from './instant.js';

/** Half-open [start, end) in epoch milliseconds. */
export interface Span {
  start: number;
  end: number;
}

export interface Participant {
  zone: string;
  hours: HoursRange;
}

export const HOUR = 3_600_000;
export const MINUTE = 60_000;
export const DAY = 24 * HOUR;

/** Specs -> participants (each distinct zone+hours once), or a UserError listing every problem. */
export function resolveParticipants(specs: string[], ctx: TimeContext, settings: Settings): Participant[] {
  const fallback = ctx.workingHours
    ? parseHoursRange(ctx.workingHours, '--working-hours')
    : parseHoursRange(settings.workingHours, 'settings.workingHours');
  if ('problem' in fallback) throw new UserError(fallback.problem);
  const problems: Problem[] = [];
  const seen = new Map<string, Participant>();
  for (const spec of specs) {
    const parsed = parseZoneSpec(spec);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    const own = parsed.hours ? parseHoursRange(parsed.hours) : fallback;
    if ('problem' in own) continue; // parseZoneSpec has already checked the hours
    seen.set(`${parsed.zone}@${own.text}`, { zone: parsed.zone, hours: own });
  }
  if (problems.length > 0) throw new UserError(problems);
  return [...seen.values()];
}

/** ctx.now in the organizer's zone (both checked), or a UserError. */
export function referenceInstant(ctx: TimeContext): DateTime {
  const zone = checkZone(ctx.organizerZone, '--zone');
  if ('problem' in zone) throw new UserError(zone.problem);
  const now = parseNow(ctx.now, zone.zone);
  if ('problem' in now) throw new UserError(now.problem);
  return now.instant.setZone(zone.zone);
}

export function quietHours(settings: Settings): HoursRange {
  const quiet = parseHoursRange(settings.quietHours, 'settings.quietHours', true);
  if ('problem' in quiet) throw new UserError(quiet.problem);
  return quiet;
}

/** The instant a local date + minutes-after-midnight names in `zone` (1440 = next midnight). */
function localInstant(date: DateTime, minutes: number, zone: string): number {
  const key = `${zone}|${date.year}-${date.month}-${date.day}|${minutes}`;
  const known = instantCache.get(key);
  if (known !== undefined) return known;
  const day = minutes >= 1440 ? date.plus({ days: 1 }) : date;
  const m = minutes % 1440;
  const ms = DateTime.fromObject(
    { year: day.year, month: day.month, day: day.day, hour: Math.floor(m / 60), minute: m % 60 },
    { zone },
  ).toMillis();
  if (instantCache.size >= 100_000) instantCache.clear();
  instantCache.set(key, ms);
  return ms;
}

// Zone lookups through Intl dominate the cost of a schedule; the answer for a zone, date and
// time never changes within a run, so remembering it keeps batches fast without changing results.
const instantCache = new Map<string, number>();

/** Spans of `range` on every local date touching [from, to) (plus a day each side). */
function dailySpans(zone: string, range: HoursRange, from: number, to: number, weekdaysOnly: boolean): Span[] {
  // Calendar dates are walked in UTC (pure date arithmetic); each is then read in the zone.
  const first = DateTime.fromMillis(from, { zone }).minus({ days: 1 });
  let date = DateTime.utc(first.year, first.month, first.day);
  const spans: Span[] = [];
  for (;;) {
    const start = localInstant(date, range.start, zone);
    if (start >= to + DAY) break;
    const endMinutes = range.end <= range.start ? range.end + 1440 : range.end;
    const end = localInstant(date, endMinutes, zone);
    if ((!weekdaysOnly || date.weekday <= 5) && end > start && end > from && start < to) spans.push({ start, end });
    date = date.plus({ days: 1 });
  }
  return spans;
}

/** Working spans (Monday to Friday in the participant's own zone) touching [from, to). */
export const workSpans = (p: Participant, from: number, to: number): Span[] =>
  dailySpans(p.zone, p.hours, from, to, true);

/** Quiet-hour spans (every day) touching [from, to). */
export const quietSpans = (zone: string, quiet: HoursRange, from: number, to: number): Span[] =>
  dailySpans(zone, quiet, from, to, false);

/** Intersection of sorted lists of disjoint spans. */
export function intersect(lists: Span[][]): Span[] {
  if (lists.length === 0) return [];
  return lists.slice(1).reduce((acc, list) => {
    const out: Span[] = [];
    let i = 0;
    let j = 0;
    while (i < acc.length && j < list.length) {
      const a = acc[i]!;
      const b = list[j]!;
      const start = Math.max(a.start, b.start);
      const end = Math.min(a.end, b.end);
      if (start < end) out.push({ start, end });
      if (a.end < b.end) i++;
      else j++;
    }
    return out;
  }, lists[0]!);
}

/**
 * How far [start, end) reaches outside someone's working hours, in ms: the least their working
 * day would have to stretch to contain it (0 when inside). For an instant, start = end.
 */
export function stretch(work: Span[], start: number, end: number): number {
  let best = Infinity;
  for (const w of work) best = Math.min(best, Math.max(0, w.start - start) + Math.max(0, end - w.end));
  return best;
}

/** True when [start, end) (or the instant start = end) touches quiet hours outside working hours. */
export function clashesWithQuiet(work: Span[], quiet: Span[], start: number, end: number): boolean {
  for (const q of quiet) {
    const s = Math.max(start, q.start);
    const e = start === end ? s : Math.min(end, q.end);
    const touches = start === end ? start >= q.start && start < q.end : s < e;
    if (touches && !work.some((w) => w.start <= s && (start === end ? e < w.end : e <= w.end))) return true;
  }
  return false;
}
