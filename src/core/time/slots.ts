// Meeting slots of meetingMinutes, never before now (rounded up to the next quarter hour), within
// the seven days:
//   - shared windows: the first quarter-hour start that fits in each window, one per window (so
//     they land on different days rather than back to back), soonest first; fewer than three
//     when fewer windows fit, rather than crowding one day;
//   - no window fits: every quarter-hour start is scored like the reply-by fallback (fewest people
//     in quiet hours, least total stretch of anyone's working day, smallest worst stretch,
//     earliest), and the best three on different days (organizer's calendar) are kept, each
//     saying who bears it and by how many hours.
import { DAY, MINUTE, type Span, stretch, wallClockInstant } from './hours.js';
import { QUARTER, costsFor } from './cost.js';
import { type Memo, NO_MEMO } from '../memo.js';
import { type Team, rangeWindows, toHours } from './team.js';
import { zoneOf } from '../../zone-data/tz.js';

const MAX_SLOTS = 3;

export interface Slot extends Span {
  /** Only for least-bad slots: who is outside their working hours, by how many hours. */
  outside?: { zone: string; hours: number }[];
}

// Quarter hours of UTC are quarter hours everywhere: every zone in use today is offset from UTC
// by a whole number of quarter hours (Kolkata +5:30, Kathmandu +5:45, Chatham +12:45).
const ceilQuarter = (ms: number): number => Math.ceil(ms / QUARTER) * QUARTER;

/**
 * The slots from `notBefore` (default: now) on (a write-first plan meets after its reply-by
 * time); least-bad ones say who is outside their hours (in participant order).
 */
export function chooseSlots(team: Team, meetingMinutes: number, notBefore = team.now.toMillis(), memo: Memo = NO_MEMO): Slot[] {
  const length = Math.max(1, meetingMinutes) * MINUTE;
  const earliest = ceilQuarter(Math.max(team.now.toMillis(), notBefore));
  const windows = rangeWindows(team).filter((w) => w.end > earliest);
  const inWindows = slotsInWindows(windows, earliest, length);
  if (inWindows.length > 0) return inWindows;
  return leastBadSlots(team, earliest, length, memo).map((slot) => ({ ...slot, outside: bearers(team, slot) }));
}

/** The first quarter-hour start that fits in each window, one per window, soonest first. */
function slotsInWindows(windows: Span[], earliest: number, length: number): Span[] {
  const slots: Span[] = [];
  for (const w of windows) {
    const start = ceilQuarter(Math.max(w.start, earliest));
    if (start + length <= w.end) slots.push({ start, end: start + length });
    if (slots.length === MAX_SLOTS) break;
  }
  return slots;
}

function leastBadSlots(team: Team, earliest: number, length: number, memo: Memo): Span[] {
  const costs = costsFor(team, length, memo);
  // The best start of each of the organizer's days, then the best three days: the same choice
  // as sorting every start and taking the best on a day not yet used.
  const organizer = zoneOf(team.now.zoneName!);
  const bestOfDay: Scored[] = [];
  let best: Scored | undefined;
  let nextDay = -Infinity; // the instant the organizer's next day starts
  for (let start = earliest; start < team.rangeEnd; start += QUARTER) {
    if (start >= nextDay) {
      if (best) bestOfDay.push(best);
      best = undefined;
      const local = start + organizer.offset(start) * MINUTE;
      nextDay = wallClockInstant(local - (((local % DAY) + DAY) % DAY) + DAY, organizer);
    }
    const cost = costs(start);
    if (!best || before(cost, start, best)) best = { start, quiet: cost.quiet, total: cost.total, worst: cost.worst };
  }
  if (best) bestOfDay.push(best);
  return bestOfDay
    .sort((a, b) => (before(a, a.start, b) ? -1 : before(b, b.start, a) ? 1 : 0))
    .slice(0, MAX_SLOTS)
    .map(({ start }) => ({ start, end: start + length }))
    .sort((a, b) => a.start - b.start);
}

interface Scored {
  start: number;
  quiet: number;
  total: number;
  worst: number;
}

/** Fewest people in quiet hours, least total stretch, smallest worst stretch, earliest. */
const before = (a: Omit<Scored, 'start'>, start: number, b: Scored): boolean =>
  a.quiet !== b.quiet ? a.quiet < b.quiet
  : a.total !== b.total ? a.total < b.total
  : a.worst !== b.worst ? a.worst < b.worst
  : start < b.start;

/** Each zone whose working day the slot stretches, by how many hours (the most for a zone listed twice). */
function bearers(team: Team, slot: Span): { zone: string; hours: number }[] {
  const byZone = new Map<string, number>();
  team.participants.forEach((p, i) => {
    const hours = toHours(stretch(team.work[i]!, slot.start, slot.end));
    if (hours > 0) byZone.set(p.zone, Math.max(hours, byZone.get(p.zone) ?? 0));
  });
  return [...byZone].map(([zone, hours]) => ({ zone, hours }));
}
