// A meeting read on each participant's wall clock, without building their spans: the series
// rotation (rotation.ts) and a series' fit over the year (series-fit.ts) read thousands of
// meetings this way. Pure.
import type { Zone } from 'luxon';
import { DAY, DEFAULT_WEEKEND, MINUTE, type Participant } from './hours.js';

/** [t, t + length) on a participant's clock: minutes of their local day, and their hours with an end past midnight counted on (he > 1440). */
export interface Clock {
  /** The local midnight (wall-clock milliseconds) of the day the meeting starts. */
  day: number;
  s: number;
  e: number;
  hs: number;
  he: number;
}

export const wall = (t: number, zone: Zone): number => t + zone.offset(t) * MINUTE;

export function clockOf(p: Participant, t: number, length: number): Clock {
  const local = wall(t, p.zone);
  const day = local - (((local % DAY) + DAY) % DAY);
  const s = (local - day) / MINUTE;
  return { day, s, e: s + length / MINUTE, hs: p.hours.start, he: p.hours.end <= p.hours.start ? p.hours.end + 1440 : p.hours.end };
}

/** How far the meeting reaches outside the nearest day's hours (milliseconds), and on which side. */
export function stretchOf({ s, e, hs, he }: Clock): { stretch: number; side: 'early' | 'late' } {
  let best = { stretch: Infinity, side: 'early' as 'early' | 'late' };
  for (const shift of [-1440, 0, 1440]) {
    const stretch = Math.max(0, hs + shift - s) + Math.max(0, e - (he + shift));
    if (stretch * MINUTE < best.stretch) best = { stretch: stretch * MINUTE, side: hs + shift > s ? 'early' : 'late' };
  }
  return best;
}

/** Whether it falls on the participant's weekend or a day off; hours across midnight belong to the day they start. */
export function offDay(p: Participant, { day, s, he }: Clock): boolean {
  const shiftDay = he > 1440 && s < he - 1440 ? day - DAY : day;
  const weekday = new Date(shiftDay).getUTCDay();
  return (p.weekend ?? DEFAULT_WEEKEND).includes(weekday) || (p.daysOff?.includes(new Date(shiftDay).toISOString().slice(0, 10)) ?? false);
}

/** Whether the meeting is outside the participant's hours, or on a day they do not work. */
export function outsideHours(p: Participant, t: number, length: number): boolean {
  const clock = clockOf(p, t, length);
  return stretchOf(clock).stretch > 0 || offDay(p, clock);
}
