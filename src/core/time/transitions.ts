// A zone's offset changes over a span of time, read from the zone itself (luxon's Zone, or the
// build's offset table): what a calendar file's VTIMEZONE lists, since a calendar cannot be
// trusted to know an IANA name. Pure.
import type { Zone } from 'luxon';
import { DAY, MINUTE } from './hours.js';

export interface Transition {
  /** The instant of the change, epoch ms (to the minute). */
  at: number;
  /** Offsets before and after, minutes east of UTC. */
  from: number;
  to: number;
}

/** Every change of the zone's offset in [from, to), read day by day (zones change at most a few times a year). */
export function transitions(zone: Zone, from: number, to: number): Transition[] {
  const found: Transition[] = [];
  for (let t = from; t < to; t += DAY) {
    const next = Math.min(t + DAY, to);
    const before = zone.offset(t);
    if (zone.offset(next) === before) continue;
    let [lo, hi] = [t, next];
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (zone.offset(mid) === before) lo = mid;
      else hi = mid;
    }
    found.push({ at: hi, from: before, to: zone.offset(hi) });
  }
  return found;
}

/** The last change before `t`, looking back up to `days` (undefined for a zone that did not change). */
export function lastTransitionBefore(zone: Zone, t: number, days = 400): Transition | undefined {
  return transitions(zone, t - days * DAY, t).at(-1);
}
