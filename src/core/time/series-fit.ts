// How well one start suits a recurring meeting over the next year: the number of its meetings that
// begin or end outside someone's working hours (or on their weekend), read on each person's wall
// clock. A series keeps the organizer's wall-clock time, so in the weeks between two zones' clock
// changes it moves by an hour for the others; a start that fits only this week can fall before
// someone's day from the next change on. Pure.
import { DAY, DEFAULT_WEEKEND, MINUTE, type Participant } from './hours.js';
import type { Zone } from 'luxon';
import { type Frequency, SERIES_DAYS, occurrences } from './recurring.js';

/** The meetings of the series from `start` that fall outside someone's hours. */
export function seriesMisses(participants: readonly Participant[], organizer: Zone, start: number, length: number, frequency: Frequency): number {
  let misses = 0;
  for (const t of occurrences(start, organizer, frequency, SERIES_DAYS)) {
    if (participants.some((p) => !insideHours(p, t, length))) misses++;
  }
  return misses;
}

/** Whether [t, t + length) is inside the participant's hours, on a working day, on their wall clock. */
function insideHours(p: Participant, t: number, length: number): boolean {
  const local = t + p.zone.offset(t) * MINUTE;
  const from = Math.floor((((local % DAY) + DAY) % DAY) / MINUTE);
  const to = from + length / MINUTE;
  const { start, end } = p.hours;
  // Hours across midnight (a night shift) count from the day they start.
  const startsBefore = end <= start && from < end;
  const day = new Date(local - (startsBefore ? DAY : 0)).getUTCDay();
  if ((p.weekend ?? DEFAULT_WEEKEND).includes(day)) return false;
  if (end > start) return from >= start && to <= end;
  return startsBefore ? to <= end : to <= end + 24 * 60;
}
