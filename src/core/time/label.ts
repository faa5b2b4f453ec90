// How instants read for people: always English and 24-hour, whatever the machine's locale, so
// that output is the same everywhere. The wall-clock reading comes from the zone's offset at that
// instant (luxon's Zone, see tz.ts); formatting it needs no more than the calendar fields.
import type { Zone } from 'luxon';
import type { LocalTimes } from './types.js';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The wall-clock reading of `ms` in `zone`, as a Date whose UTC fields hold it. */
const wallClock = (ms: number, zone: Zone): Date => new Date(ms + zone.offset(ms) * 60_000);

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));
const clockOf = (d: Date): string => `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
const dayOf = (d: Date): string => `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;

/** "2026-03-16T13:00:00.000Z". */
export const isoUtc = (ms: number): string => new Date(ms).toISOString();

/** "Mon 16 Mar". */
export const localDay = (ms: number, zone: Zone): string => dayOf(wallClock(ms, zone));

/** "Mon 16 Mar 17:00". */
export const localStamp = (ms: number, zone: Zone): string => {
  const d = wallClock(ms, zone);
  return `${dayOf(d)} ${clockOf(d)}`;
};

/** "09:00-13:00" (a range ending at local midnight reads "-24:00"). */
export function localRange(start: number, end: number, zone: Zone): string {
  const to = wallClock(end, zone);
  const endText = to.getUTCHours() === 0 && to.getUTCMinutes() === 0 && end > start ? '24:00' : clockOf(to);
  return `${clockOf(wallClock(start, zone))}-${endText}`;
}

/** One entry per zone, by its name. */
export const perZone = (zones: readonly Zone[], text: (zone: Zone) => string): LocalTimes =>
  Object.fromEntries(zones.map((zone) => [zone.name, text(zone)]));

/** "Tue 17 Mar 17:00 America/New_York · Tue 17 Mar 21:00 Europe/London". */
export const stampLine = (ms: number, zones: readonly Zone[]): string =>
  zones.map((zone) => `${localStamp(ms, zone)} ${zone.name}`).join(' · ');

/** The place a zone is named after: Asia/Kolkata -> Kolkata, America/New_York -> New York. */
export const place = (zone: string): string => (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ');
