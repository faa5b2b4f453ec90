// Participants and their working and quiet hours as spans of real time. Every local time is read
// through the participant's IANA zone (a luxon Zone), day by day, so DST changes land on the
// right day. A working-hours start or end that does not exist on a DST day (02:30 when the clocks
// jump from 02:00 to 03:00) is moved forward by the length of the jump, as most calendars do.
import type { Zone } from 'luxon';
import { ProblemError } from '../problem.js';
import type { Settings } from '../types.js';
import { type HoursRange, parseHoursRange } from './zones.js';

/** Half-open [start, end) in epoch milliseconds. */
export interface Span {
  start: number;
  end: number;
}

export interface Participant {
  /** Their zone, resolved by the boundary (answers/need.ts); its name is what the output shows. */
  zone: Zone;
  hours: HoursRange;
  /** Days off in the participant's own zone, 0 = Sunday .. 6 = Saturday; Saturday and Sunday when absent. */
  weekend?: readonly number[];
  /** Dates they are away (YYYY-MM-DD, their own calendar), from a roster's daysOff: off like a weekend day. */
  daysOff?: readonly string[];
}

export const DEFAULT_WEEKEND: readonly number[] = [6, 0];

const weekendOf = (p: Participant): readonly number[] => p.weekend ?? DEFAULT_WEEKEND;

/** Names a participant in memo keys: "Zone@09:00-17:00", plus "/days off" when not Saturday and Sunday. */
export function personKey(p: Participant): string {
  const key = `${p.zone.name}@${p.hours.text}`;
  const days = p.weekend === undefined ? '06' : [...p.weekend].sort().join('');
  return `${days === '06' ? key : `${key}/${days}`}${p.daysOff ? `+${p.daysOff.join(',')}` : ''}`;
}

export const HOUR = 3_600_000;
export const MINUTE = 60_000;
export const DAY = 24 * HOUR;

export function quietHours(settings: Settings): HoursRange {
  const quiet = parseHoursRange(settings.quietHours, 'settings.quietHours', true);
  if ('problem' in quiet) throw new ProblemError(quiet.problem);
  return quiet;
}

/**
 * The instant a local wall-clock time names in `zone`, given as that wall-clock reading's
 * milliseconds as if it were UTC. A time that happens twice (the clocks go back) is the earlier
 * instant; one that never happens (the clocks jump forward) is moved forward by the jump, so
 * 02:30 on a night that skips 02:00-03:00 becomes 03:30. Deterministic, like Temporal's
 * "compatible" choice (luxon's own guess depends on today's offset).
 */
export function wallClockInstant(wall: number, zone: Zone): number {
  const before = zone.offset(wall - DAY);
  const after = zone.offset(wall + DAY);
  const fromBefore = wall - before * MINUTE;
  if (zone.offset(fromBefore) === before) return fromBefore;
  const fromAfter = wall - after * MINUTE;
  if (zone.offset(fromAfter) === after) return fromAfter;
  return fromBefore; // in the gap: read with the offset before the jump, i.e. moved forward
}

/** The instant the local day `days` after the one holding `t` begins in the zone (0: t's own day). */
export function localDayStart(t: number, zone: Zone, days = 0): number {
  const local = t + zone.offset(t) * MINUTE;
  return wallClockInstant(local - (((local % DAY) + DAY) % DAY) + days * DAY, zone);
}

/** Spans of `range` on every local date touching [from, to) (plus a day each side) whose weekday `onDay` accepts. */
function dailySpans(zone: Zone, range: HoursRange, from: number, to: number, onDay: (weekday: number, date: number) => boolean): Span[] {
  // Local dates are walked as UTC midnights (pure calendar arithmetic); each is read in the zone.
  const local = from + zone.offset(from) * MINUTE;
  let date = local - (((local % DAY) + DAY) % DAY) - DAY;
  const endMinutes = range.end <= range.start ? range.end + 1440 : range.end;
  const spans: Span[] = [];
  for (;;) {
    const start = wallClockInstant(date + range.start * MINUTE, zone);
    if (start >= to + DAY) break;
    const end = wallClockInstant(date + endMinutes * MINUTE, zone);
    const weekday = new Date(date).getUTCDay(); // 0 Sunday .. 6 Saturday
    if (onDay(weekday, date) && end > start && end > from && start < to) {
      spans.push({ start, end });
    }
    date += DAY;
  }
  return spans;
}

/** Working spans (every day but the participant's weekend, in their own zone) touching [from, to). */
export const workSpans = (p: Participant, from: number, to: number): Span[] =>
  dailySpans(p.zone, p.hours, from, to, (day, date) => !away(p, day, date));

/** Quiet-hour spans (every day) touching [from, to). */
export const quietSpans = (zone: Zone, quiet: HoursRange, from: number, to: number): Span[] =>
  dailySpans(zone, quiet, from, to, () => true);

const WHOLE_DAY: HoursRange = { start: 0, end: 1440, text: '00:00-24:00' };

/** The participant's weekend days, local midnight to midnight, touching [from, to). */
export const weekendSpans = (p: Participant, from: number, to: number): Span[] =>
  dailySpans(p.zone, WHOLE_DAY, from, to, (day, date) => away(p, day, date));

/** A weekend day or a day off, for the participant; `date` is the local date as a UTC midnight. */
const away = (p: Participant, day: number, date: number): boolean =>
  weekendOf(p).includes(day) || (p.daysOff !== undefined && p.daysOff.includes(new Date(date).toISOString().slice(0, 10)));

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

/** The first span in a sorted list of disjoint spans that ends after t (list.length if none). */
function firstEndingAfter(spans: Span[], t: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * How far [start, end) reaches outside someone's working hours, in ms: the least their working
 * day would have to stretch to contain it (0 when inside). For an instant, start = end.
 * Spans are sorted, so only those near [start, end) can be the best; the search stops as soon
 * as the distance alone exceeds the best found.
 */
export function stretch(work: Span[], start: number, end: number): number {
  let best = Infinity;
  const at = firstEndingAfter(work, start);
  for (let i = at; i < work.length && work[i]!.start - start < best; i++) {
    const w = work[i]!;
    best = Math.min(best, Math.max(0, w.start - start) + Math.max(0, end - w.end));
  }
  for (let i = at - 1; i >= 0 && end - work[i]!.end < best; i--) {
    const w = work[i]!;
    best = Math.min(best, Math.max(0, w.start - start) + Math.max(0, end - w.end));
  }
  return best;
}

/** True when [start, end) (or the instant start = end) overlaps one of the spans. */
export function touches(spans: Span[], start: number, end: number): boolean {
  const s = spans[firstEndingAfter(spans, start)];
  return s !== undefined && (start === end ? s.start <= start : s.start < end);
}

/** True when [start, end) (or the instant start = end) touches quiet hours outside working hours. */
export function clashesWithQuiet(work: Span[], quiet: Span[], start: number, end: number): boolean {
  const instant = start === end;
  for (let i = firstEndingAfter(quiet, start); i < quiet.length; i++) {
    const q = quiet[i]!;
    if (instant ? q.start > start : q.start >= end) break;
    const s = Math.max(start, q.start);
    const e = instant ? s : Math.min(end, q.end);
    if (!instant && s >= e) continue;
    // Covered when one working span holds all of [s, e] (an instant: strictly before its end).
    const w = work[firstEndingAfter(work, s)];
    const covered = w !== undefined && w.start <= s && (instant ? e < w.end : e <= w.end);
    if (!covered) return true;
  }
  return false;
}
