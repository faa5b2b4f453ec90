// Meeting slots of meetingMinutes. They start in a range (slotRange): from the earliest start
// allowed (now, a write-first plan's reply-by time, the notice asked for, whichever is latest,
// rounded up to the next quarter hour) to the end of the seventh day of the organizer's calendar
// counted from that start's day, or, for "immediate", within the two hours after it. Then:
//   - immediate: one slot, the soonest of those that put the fewest people on their weekend, then
//     in their night, then outside their working hours: a shared window when one fits in the two
//     hours, else the least-bad start, and never one tomorrow;
//   - shared windows: the first quarter-hour start that fits in each window, one per window (so
//     they land on different days rather than back to back), soonest first; fewer than three
//     when fewer windows fit, rather than crowding one day. A window already open counts, so
//     "today" gets today's window while it is open and the meeting fits. For a meeting that
//     repeats, the start in each window whose series over the next year leaves fewest meetings
//     outside someone's hours (series-fit.ts), the earliest of those;
//   - no window fits: every quarter-hour start is scored and only the least bad are kept: fewest
//     people on their weekend, then fewest in their night (nobody gives up a weekend or a night
//     when a start exists that does not ask it). Of those, three on different days (organizer's
//     calendar): least total stretch of anyone's working day, smallest worst stretch, earliest;
//     but a start that puts someone in their night again after an earlier pick did comes after one
//     that does not, so the night rotates where it can. Each says who bears it.
import { DAY, HOUR, MINUTE, type Span, localDayStart, stretch } from './hours.js';
import { type Cost, type Costs, QUARTER, costsFor } from './cost.js';
import { type Memo, NO_MEMO } from '../memo.js';
import { type Team, sharedSpans, toHours } from './team.js';
import type { Frequency } from './recurring.js';
import { seriesMisses } from './series-fit.js';

const MAX_SLOTS = 3;
/** Rotating the awkward hour may cost this much more stretch in total (and twice it for the one stretched most), no more. */
const ROTATE_WITHIN = 30 * MINUTE;
const IMMEDIATE_WITHIN = 2 * HOUR;

export interface Slot extends Span {
  /** Only for slots outside someone's working hours: who, by how many hours. */
  outside?: { zone: string; hours: number }[];
}

/** What a plan asks of its slots' timing (see ScheduleOptions). */
export interface SlotRequest {
  /** A write-first plan meets after its reply-by time (epoch ms). */
  notBefore?: number;
  /** Notice the meeting needs, e.g. 1440 when an agenda goes out a day ahead. */
  minNoticeMinutes?: number;
  /** The need's urgency answer; "immediate" means within the next two hours. */
  urgency?: string;
  /** How often the meeting repeats, when it does. */
  frequency?: Frequency;
}

/** Slots start at quarter hours in [from, to). */
export interface SlotRange {
  from: number;
  to: number;
  immediate: boolean;
  /** A recurring meeting: its starts are chosen to suit the whole series. */
  frequency?: Frequency;
}

// Quarter hours of UTC are quarter hours everywhere: every zone in use today is offset from UTC
// by a whole number of quarter hours (Kolkata +5:30, Kathmandu +5:45, Chatham +12:45).
const ceilQuarter = (ms: number): number => Math.ceil(ms / QUARTER) * QUARTER;

/** Where a team's slots may start (see the top of this file). */
export function slotRange(team: Team, request: SlotRequest): SlotRange {
  const now = team.now.toMillis();
  const notice = (request.minNoticeMinutes ?? 0) * MINUTE;
  const from = ceilQuarter(Math.max(now, request.notBefore ?? now, now + notice));
  // Past the horizon nobody's hours are known: a notice that long finds no slot.
  const last = team.horizonEnd - 2 * DAY;
  if (request.urgency === 'immediate') return { from, to: Math.min(from + IMMEDIATE_WITHIN, last), immediate: true };
  const repeats = request.frequency ? { frequency: request.frequency } : {};
  // From the reference date that is the schedule's seven days; a later start moves the week along.
  // Calendar arithmetic on the organizer's wall clock (luxon's would cost more than the rest).
  const week = localDayStart(from, team.now.zone, 7);
  return { from, to: Math.min(week, last), immediate: false, ...repeats };
}

/** The slots in the range; each outside someone's hours says who bears it (in participant order). */
export function chooseSlots(team: Team, meetingMinutes: number, range: SlotRange, memo: Memo = NO_MEMO): Slot[] {
  const length = Math.max(1, meetingMinutes) * MINUTE;
  // When the slots start depends on who takes part, not on the order they were named in.
  const starts = memo.remember(`starts\n${team.members}\n${length}\n${range.from}\n${range.to}\n${range.immediate}\n${range.frequency ?? ''}`, () => {
    if (range.immediate) return soonest(costsFor(team, length, memo), range);
    const frequency = range.frequency;
    const misses = frequency ? (start: number): number => seriesMisses(team.participants, team.now.zone, start, length, frequency) : undefined;
    const inShared = inWindows(sharedSpans(team), range, length, misses);
    return inShared.length > 0 ? inShared : leastBad(team, costsFor(team, length, memo), range);
  });
  return starts.map((start) => withBearers(team, { start, end: start + length }));
}

/** The first quarter-hour start that fits in each window (or, given `misses`, the one that suits its series best), one per window, soonest first. */
function inWindows(windows: Span[], range: SlotRange, length: number, misses?: (start: number) => number): number[] {
  const starts: number[] = [];
  for (const w of windows) {
    if (w.end <= range.from) continue;
    const start = ceilQuarter(Math.max(w.start, range.from));
    if (start >= range.to || starts.length === MAX_SLOTS) break;
    if (start + length <= w.end) starts.push(misses ? bestForSeries(start, w.end - length, misses) : start);
  }
  return starts;
}

/** Of the quarter-hour starts from `first` to `last`, the one whose series misses least, the earliest of those. */
function bestForSeries(first: number, last: number, misses: (start: number) => number): number {
  let best = { start: first, misses: misses(first) };
  for (let start = first + QUARTER; start <= last && best.misses > 0; start += QUARTER) {
    const m = misses(start);
    if (m < best.misses) best = { start, misses: m };
  }
  return best.start;
}

/** The soonest start asking the fewest people to give up a weekend, a night, their hours. */
function soonest(costs: Costs, range: SlotRange): number[] {
  let best: { start: number; level: number; outside: number } | undefined;
  for (let start = range.from; start < range.to; start += QUARTER) {
    const level = costs.level(start);
    const outside = costs.at(start).outside;
    if (!best || (level - best.level || outside - best.outside) < 0) best = { start, level, outside };
  }
  return best ? [best.start] : [];
}

interface Candidate {
  start: number;
  /** The organizer's day it starts on, counted from the range's first. */
  day: number;
  cost: Cost;
}

function leastBad(team: Team, costs: Costs, range: SlotRange): number[] {
  const candidates = leastBadStarts(team, costs, range);
  const picks: Candidate[] = [];
  const nights = new Map<number, number>(); // participant -> nights borne by the picks so far
  const borne = team.participants.map(() => 0); // participant -> picks that stretched their day
  const again = (c: Candidate): number => c.cost.night.reduce((n, i) => n + (nights.get(i) ?? 0), 0);
  // After the first pick, a start that stretches the day of fewer people who already bore one
  // comes first, so the awkward hour moves around the zones instead of landing on the same people
  // every day.
  const load = (c: Candidate): number => c.cost.each.reduce((sum, ms, i) => sum + (ms > 0 ? borne[i]! : 0), 0);
  while (picks.length < MAX_SLOTS) {
    const open = candidates.filter((c) => !picks.some((p) => p.day === c.day));
    if (open.length === 0) break;
    const nightsAgain = open.map(again);
    const fewest = Math.min(...nightsAgain);
    const pool = open.filter((_, i) => nightsAgain[i] === fewest);
    // Among the starts that stretch people's days hardly more than the least does, the one that
    // asks it of people who have not borne it yet.
    let least = Infinity;
    let mildest = Infinity;
    for (const c of pool) {
      least = Math.min(least, c.cost.total);
      mildest = Math.min(mildest, c.cost.worst);
    }
    let best: Candidate | undefined;
    let bestLoad = Infinity;
    for (const c of pool) {
      if (c.cost.total > least + ROTATE_WITHIN || c.cost.worst > mildest + 2 * ROTATE_WITHIN) continue;
      const l = load(c);
      if (!best || l < bestLoad || (l === bestLoad && stretchFirst(c, best))) {
        best = c;
        bestLoad = l;
      }
    }
    best ??= pool.reduce((a, b) => (stretchFirst(b, a) ? b : a));
    if (!best) break;
    picks.push(best);
    for (const i of best.cost.night) nights.set(i, (nights.get(i) ?? 0) + 1);
    best.cost.each.forEach((ms, i) => {
      if (ms > 0) borne[i]!++;
    });
  }
  return picks.map((p) => p.start).sort((a, b) => a - b);
}

/** Least total stretch, smallest worst stretch, earliest. */
const stretchFirst = (a: Candidate, b: Candidate): boolean =>
  a.cost.total !== b.cost.total ? a.cost.total < b.cost.total
  : a.cost.worst !== b.cost.worst ? a.cost.worst < b.cost.worst
  : a.start < b.start;

/** Every start of the range at the best level (fewest on a weekend, then in their night). */
function leastBadStarts(team: Team, costs: Costs, range: SlotRange): Candidate[] {
  const organizer = team.now.zone;
  // Levels first (they allocate nothing); the full cost only for the starts kept.
  let kept: { start: number; day: number }[] = [];
  let best = Infinity;
  let day = -1;
  let nextDay = -Infinity; // the instant the organizer's next day starts
  for (let start = range.from; start < range.to; start += QUARTER) {
    if (start >= nextDay) {
      day++;
      nextDay = localDayStart(start, organizer, 1);
    }
    const level = costs.level(start);
    if (level < best) {
      best = level;
      kept = [];
    }
    if (level === best) kept.push({ start, day });
  }
  return kept.map(({ start, day }) => ({ start, day, cost: costs.at(start) }));
}

/** The slot, with each zone whose working day it stretches and by how many hours (the most for a zone listed twice). */
export function withBearers(team: Team, slot: Span): Slot {
  const byZone = new Map<string, number>();
  team.participants.forEach((p, i) => {
    const hours = toHours(stretch(team.work[i]!, slot.start, slot.end));
    if (hours > 0) byZone.set(p.zone.name, Math.max(hours, byZone.get(p.zone.name) ?? 0));
  });
  return byZone.size === 0 ? slot : { ...slot, outside: [...byZone].map(([zone, hours]) => ({ zone, hours })) };
}
