// How instants read for people: always English and 24-hour, whatever the machine's locale, so
// that output is the same everywhere.
import { DateTime } from 'luxon';
import type { LocalTimes } from './types.js';
import { zoneOf } from './tz.js';

const at = (ms: number, zone: string): DateTime => DateTime.fromMillis(ms, { zone: zoneOf(zone), locale: 'en-US' });

/** "2026-03-16T13:00:00.000Z". */
export const isoUtc = (ms: number): string => DateTime.fromMillis(ms, { zone: 'utc' }).toISO()!;

/** "Mon 16 Mar". */
export const localDay = (ms: number, zone: string): string => at(ms, zone).toFormat('ccc d LLL');

/** "Mon 16 Mar 17:00". */
export const localStamp = (ms: number, zone: string): string => at(ms, zone).toFormat('ccc d LLL HH:mm');

/** "09:00-13:00" (a range ending at local midnight reads "-24:00"). */
export function localRange(start: number, end: number, zone: string): string {
  const to = at(end, zone);
  const endText = to.hour === 0 && to.minute === 0 && end > start ? '24:00' : to.toFormat('HH:mm');
  return `${at(start, zone).toFormat('HH:mm')}-${endText}`;
}

/** One entry per zone. */
export const perZone = (zones: string[], text: (zone: string) => string): LocalTimes =>
  Object.fromEntries(zones.map((zone) => [zone, text(zone)]));

/** "Tue 17 Mar 17:00 America/New_York · Tue 17 Mar 21:00 Europe/London". */
export const stampLine = (ms: number, zones: string[]): string =>
  zones.map((zone) => `${localStamp(ms, zone)} ${zone}`).join(' · ');
