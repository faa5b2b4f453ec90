// Expanding one series over the window with ical.js, and what decides its times (so that the
// same series in many people's files is expanded once per run: see read-ics.ts).
import ICAL from 'ical.js';
import type { Window } from '../audit/types.js';
import { type Component, type Instant, type Time, cancelled } from './ical-values.js';

/** A series' meetings around the window: times only, the same for every file that holds the series. */
export interface Expansion {
  /** The meetings in the window; `exception`: the RECURRENCE-ID of the override that moved it. */
  times: { recurrenceId: number; start: number; end: number; exception?: string }[];
  cancelled: number;
  /** Meetings near the window but outside it. */
  outside: number;
  /** The expansion stopped at maxSteps. */
  stopped: boolean;
}

/** Moved occurrences may come from this far around the window (a series moved by a fortnight is rare). */
const MOVE_MARGIN = 31 * 86_400_000;

/** Walks a series from its start to the window's end (and a margin, for moved meetings). */
export function expand(event: InstanceType<typeof ICAL.Event>, master: Component, instant: Instant, window: Window, maxSteps: number): Expansion {
  const expansion: Expansion = { times: [], cancelled: 0, outside: 0, stopped: false };
  const length = instant(event.endDate, master, 'dtend', 0, event) - instant(event.startDate, master, 'dtstart');
  const iterator = event.iterator();
  for (let steps = 0, next: Time | null; (next = iterator.next()); steps++) {
    const recurrenceId = instant(next, master, 'dtstart');
    if (recurrenceId >= window.end + MOVE_MARGIN) break;
    if (steps >= maxSteps) {
      expansion.stopped = true;
      break;
    }
    if (recurrenceId < window.start - MOVE_MARGIN) continue;
    const details = event.getOccurrenceDetails(next);
    const item = details.item.component as Component;
    if (cancelled(item)) {
      expansion.cancelled++;
      continue;
    }
    const time =
      item === master
        ? { recurrenceId, start: recurrenceId, end: recurrenceId + length }
        : ((start) => ({ recurrenceId, start, end: instant(details.endDate, item, 'dtend', start, details.item), exception: String(item.getFirstPropertyValue('recurrence-id')) }))(instant(details.startDate, item, 'dtstart'));
    if (time.end <= window.start || time.start >= window.end) expansion.outside++;
    else expansion.times.push(time);
  }
  return expansion;
}

/** What decides a series' times: its own times and rule, its overrides', and the zones they name. */
export function fingerprint(uid: string, master: Component, overrides: Component[], zones: Map<string, string>): string {
  const times = (c: Component) => ['dtstart', 'dtend', 'duration', 'rrule', 'rdate', 'exdate', 'recurrence-id', 'status'].flatMap((name) => c.getAllProperties(name).map((p) => p.toICALString()));
  const parts = [uid, ...times(master), ...overrides.flatMap(times).sort()];
  const named = new Set(parts.flatMap((p) => [...p.matchAll(/TZID=("[^"]*"|[^;:]*)/g)].map((m) => m[1]!.replace(/^"|"$/g, ''))));
  return [...parts, ...[...named].sort().map((z) => zones.get(z) ?? z)].join('\n');
}
