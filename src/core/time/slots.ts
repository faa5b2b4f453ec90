// Meeting slots of meetingMinutes, never before now (rounded up to the next quarter hour), within
// the seven days:
//   - shared windows: the first quarter-hour start that fits in each window, one per window (so
//     they land on different days rather than back to back), soonest first; fewer than three
//     when fewer windows fit, rather than crowding one day;
//   - no window fits: every quarter-hour start is scored like the reply-by fallback (fewest people
//     in quiet hours, least total stretch of anyone's working day, smallest worst stretch,
//     earliest), and the best three on different days (organizer's calendar) are kept, each
//     saying who bears it and by how many hours.
import { MINUTE, type Span, stretch } from './hours.js';
import { costOf, lessThan } from './reply-by.js';
import { type Team, rangeWindows, toHours } from './team.js';

const QUARTER = 15 * MINUTE;
const MAX_SLOTS = 3;

export interface Slot extends Span {
  /** Only for least-bad slots: who is outside their working hours, by how many hours. */
  outside?: { zone: string; hours: number }[];
}

// Quarter hours of UTC are quarter hours everywhere: every zone in use today is offset from UTC
// by a whole number of quarter hours (Kolkata +5:30, Kathmandu +5:45, Chatham +12:45).
const ceilQuarter = (ms: number): number => Math.ceil(ms / QUARTER) * QUARTER;

export function suggestSlots(team: Team, meetingMinutes: number): Slot[] {
  const length = Math.max(1, meetingMinutes) * MINUTE;
  const earliest = ceilQuarter(team.now.toMillis());
  const windows = rangeWindows(team).filter((w) => w.end > earliest);
  const inWindows = slotsInWindows(windows, earliest, length);
  return inWindows.length > 0 ? inWindows : leastBadSlots(team, earliest, length);
}

/** The first quarter-hour start that fits in each window, one per window, soonest first. */
function slotsInWindows(windows: Span[], earliest: number, length: number): Slot[] {
  const slots: Slot[] = [];
  for (const w of windows) {
    const start = ceilQuarter(Math.max(w.start, earliest));
    if (start + length <= w.end) slots.push({ start, end: start + length });
    if (slots.length === MAX_SLOTS) break;
  }
  return slots;
}

function leastBadSlots(team: Team, earliest: number, length: number): Slot[] {
  const scored: { slot: Span; cost: number[] }[] = [];
  for (let start = earliest; start < team.rangeEnd; start += QUARTER) {
    const slot = { start, end: start + length };
    const { quiet, total, worst } = costOf(team, slot);
    scored.push({ slot, cost: [quiet, total, worst, start] });
  }
  scored.sort((a, b) => (lessThan(a.cost, b.cost) ? -1 : lessThan(b.cost, a.cost) ? 1 : 0));
  const days = new Set<string>();
  const chosen: Slot[] = [];
  for (const { slot } of scored) {
    const day = team.now.plus({ milliseconds: slot.start - team.now.toMillis() }).toISODate()!;
    if (days.has(day)) continue;
    days.add(day);
    chosen.push({ ...slot, outside: bearers(team, slot) });
    if (chosen.length === MAX_SLOTS) break;
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Each zone whose working day the slot stretches, by how many hours (the most for a zone listed twice). */
function bearers(team: Team, slot: Span): { zone: string; hours: number }[] {
  const byZone = new Map<string, number>();
  team.participants.forEach((p, i) => {
    const hours = toHours(stretch(team.work[i]!, slot.start, slot.end));
    if (hours > 0) byZone.set(p.zone, Math.max(hours, byZone.get(p.zone) ?? 0));
  });
  return [...byZone].map(([zone, hours]) => ({ zone, hours }));
}
