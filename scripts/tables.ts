// The build's tables, made once (scripts/precompile.ts) and read by every run (src/zone-data):
// each zone's UTC offsets, and city and country names with their zones.
import { PLACES_HEADER } from '../src/zone-data/places.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

/**
 * The table for `names` over [start, end): offsets sampled daily, each change then found to
 * the minute by bisection. Zones change offset at most a few times a year, never twice a day.
 */
export function makeZoneTable(
  names: string[],
  start: number,
  end: number,
  tz: string,
  offsetAt: (name: string, ts: number) => number,
): string {
  const lines = names.map((name) => {
    const at = (ts: number) => offsetAt(name, ts);
    let previous = at(start);
    const parts = [String(previous)];
    for (let t = start + DAY; t < end + DAY; t += DAY) {
      const offset = at(Math.min(t, end - MINUTE));
      if (offset === previous) continue;
      let lo = t - DAY;
      let hi = Math.min(t, end - MINUTE);
      while (hi - lo > MINUTE) {
        const mid = lo + Math.floor((hi - lo) / (2 * MINUTE)) * MINUTE;
        if (at(mid) === previous) lo = mid;
        else hi = mid;
      }
      parts.push(`${((hi - start) / MINUTE).toString(36)}:${offset}`);
      previous = offset;
    }
    return `${name}=${parts.join(',')}`;
  });
  return [`commtriage-zones 1 tz=${tz} start=${start} end=${end}`, ...lines].join('\n') + '\n';
}

export interface PlaceRecord {
  city: string;
  province: string;
  country: string;
  pop: number;
  timezone: string;
}

/** The build's table: one place a line, "city<TAB>province<TAB>country<TAB>population<TAB>zone". */
export function makePlaceTable(records: readonly PlaceRecord[]): string {
  const lines = records
    .filter((r) => r.timezone && r.city)
    .map((r) => [r.city, r.province, r.country, Math.round(r.pop), r.timezone].map((v) => String(v).replace(/[\t\n]/g, ' ')).join('\t'));
  return `${PLACES_HEADER}\n${lines.join('\n')}\n`;
}
