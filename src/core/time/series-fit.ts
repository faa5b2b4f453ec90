// How well one start suits a recurring meeting over the next year: the number of its meetings that
// begin or end outside someone's working hours (or on their weekend or a day off), read on each
// person's wall clock (meeting-clock.ts). A series keeps the organizer's wall-clock time, so in
// the weeks between two zones' clock changes it moves by an hour for the others; a start that
// fits only this week can fall before someone's day from the next change on. Pure.
import type { Participant } from './hours.js';
import { outsideHours } from './meeting-clock.js';
import type { Zone } from 'luxon';
import { type Frequency, SERIES_DAYS, occurrences } from './recurring.js';

/** The meetings of the series from `start` that fall outside someone's hours. */
export function seriesMisses(participants: readonly Participant[], organizer: Zone, start: number, length: number, frequency: Frequency): number {
  let misses = 0;
  for (const t of occurrences(start, organizer, frequency, SERIES_DAYS)) {
    if (participants.some((p) => outsideHours(p, t, length))) misses++;
  }
  return misses;
}
