// Who in a calendar the roster knows: an attendee is matched by their name (CN) or by their
// address's local part ("priya.sharma@..." -> "priya sharma", then "priya"). Pure: the roster's
// people come in with their zones and hours already parsed (app/audit.ts).
import type { Zone } from 'luxon';
import type { HoursRange } from '../core/time/zones.js';
import type { CalendarPerson } from './types.js';

export interface KnownPerson {
  name: string;
  zone: Zone;
  hours: HoursRange;
  /** 0 = Sunday .. 6 = Saturday. */
  weekend: readonly number[];
  /** YYYY-MM-DD in their own zone. */
  daysOff: readonly string[];
  /** Pay per hour (their own, their role's, the roster's default or --rate), when known. */
  rate?: number;
}

export type PeopleIndex = (p: CalendarPerson) => KnownPerson | undefined;

export function peopleIndex(known: readonly KnownPerson[]): PeopleIndex {
  const byName = new Map(known.map((k) => [k.name.trim().toLowerCase(), k]));
  return (p) => {
    const local = p.email.split('@')[0] ?? '';
    const words = local.split(/[._-]+/).filter(Boolean);
    const cn = p.name?.trim().toLowerCase();
    for (const key of [cn, cn?.split(/\s+/)[0], p.email, words.join(' '), words[0]]) {
      const found = key ? byName.get(key) : undefined;
      if (found) return found;
    }
    return undefined;
  };
}

/** The wall clock at `ms` in `zone`: weekday (0 = Sunday), minutes after midnight, and the date. */
export function localClock(ms: number, zone: Zone): { weekday: number; minutes: number; date: string } {
  const d = new Date(ms + zone.offset(ms) * 60_000);
  return { weekday: d.getUTCDay(), minutes: d.getUTCHours() * 60 + d.getUTCMinutes(), date: d.toISOString().slice(0, 10) };
}
