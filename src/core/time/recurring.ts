// A recurring meeting over the next year: when it happens, and the weeks in which a clock change
// moves it for someone. The series keeps the organizer's wall-clock time (as a calendar does with
// a TZID and an RRULE), so when one zone changes its clocks and another does not (London, New York
// and Sydney each change on different dates, Sydney the other way round), the meeting moves by an
// hour for the others. Pure: the first start and the zones come in, nothing is remembered.
import type { Zone } from 'luxon';
import { DAY, MINUTE, wallClockInstant } from './hours.js';
import { isoUtc, localDay } from './label.js';
import { transitions } from './transitions.js';

export const FREQUENCIES = ['weekly', 'biweekly', 'monthly'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** The `recurring` answer as a frequency, or undefined for none (or anything else). */
export const frequencyOf = (answer: unknown): Frequency | undefined =>
  (FREQUENCIES as readonly unknown[]).includes(answer) ? (answer as Frequency) : undefined;

/** The next 52 weeks. */
export const SERIES_DAYS = 364;

const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The wall-clock reading of `t` in `zone`, as UTC milliseconds. */
const wall = (t: number, zone: Zone): number => t + zone.offset(t) * MINUTE;

/** Which weekday of its month a wall-clock date is: 1..4, or -1 for a fifth (the last). */
const weekOfMonth = (date: Date): number => {
  const n = Math.ceil(date.getUTCDate() / 7);
  return n > 4 ? -1 : n;
};

/**
 * The starts of the series (epoch ms), the first included, within `days` of it: every week or
 * two at the organizer's wall-clock time, or monthly on the same weekday of the month (the
 * second Tuesday; a fifth one becomes the last), which is what a calendar's BYDAY does.
 */
export function occurrences(start: number, organizer: Zone, frequency: Frequency, days = SERIES_DAYS): number[] {
  const first = wall(start, organizer);
  const end = start + days * DAY;
  const starts: number[] = [];
  if (frequency !== 'monthly') {
    const step = (frequency === 'weekly' ? 7 : 14) * DAY;
    for (let local = first; ; local += step) {
      const t = wallClockInstant(local, organizer);
      if (t >= end) break;
      starts.push(t);
    }
    return starts;
  }
  const d = new Date(first);
  const [weekday, nth, timeOfDay] = [d.getUTCDay(), weekOfMonth(d), first % DAY];
  for (let m = 0; ; m++) {
    const month = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + m, 1);
    const t = wallClockInstant(nthWeekday(month, weekday, nth) + timeOfDay, organizer);
    if (t >= end) break;
    starts.push(t);
  }
  return starts;
}

/** The UTC midnight of the nth (or, for -1, the last) given weekday of the month starting at `month`. */
function nthWeekday(month: number, weekday: number, nth: number): number {
  const firstDay = new Date(month).getUTCDay();
  const firstMatch = month + (((weekday - firstDay + 7) % 7) * DAY);
  if (nth > 0) return firstMatch + (nth - 1) * 7 * DAY;
  const next = new Date(month);
  next.setUTCMonth(next.getUTCMonth() + 1);
  let last = firstMatch;
  while (last + 7 * DAY < next.getTime()) last += 7 * DAY;
  return last;
}

/** The RRULE of the series, e.g. "FREQ=WEEKLY;COUNT=52" or "FREQ=MONTHLY;BYDAY=2TU;COUNT=12". */
export function rruleOf(start: number, organizer: Zone, frequency: Frequency, count: number): string {
  if (frequency === 'weekly') return `FREQ=WEEKLY;COUNT=${count}`;
  if (frequency === 'biweekly') return `FREQ=WEEKLY;INTERVAL=2;COUNT=${count}`;
  const d = new Date(wall(start, organizer));
  return `FREQ=MONTHLY;BYDAY=${weekOfMonth(d)}${WEEKDAY_CODES[d.getUTCDay()]};COUNT=${count}`;
}

/** A zone's clocks changed between two meetings of the series. */
export interface ClockChange {
  /** The zone whose clocks changed. */
  zone: string;
  /** The instant of the change (ISO, UTC) and its local day, e.g. "Sun 14 Mar". */
  at: string;
  day: string;
  /** The offset before and after, in minutes east of UTC. */
  from: number;
  to: number;
}

/** A meeting of the series that a clock change moved for some zones, relative to the one before. */
export interface MovedMeeting {
  /** 1 for the first meeting of the series. */
  number: number;
  start: string;
  /** The organizer's day of this meeting, e.g. "Mon 15 Mar". */
  day: string;
  /** Each zone the meeting moved for: its local start before and after (HH:mm) and by how many minutes. */
  moved: { zone: string; from: string; to: string; minutes: number }[];
  /** The clock changes since the meeting before. */
  changes: ClockChange[];
}

const hhmm = (t: number, zone: Zone): string => new Date(wall(t, zone)).toISOString().slice(11, 16);

/**
 * The meetings of the series that start at another local time than the one before for some
 * zone, because a clock changed in between (the zone's, or the organizer's, which the series follows).
 */
export function movedMeetings(starts: readonly number[], zones: readonly Zone[], organizer: Zone): MovedMeeting[] {
  const moved: MovedMeeting[] = [];
  const all = [...new Map([organizer, ...zones].map((z) => [z.name, z])).values()];
  for (let k = 1; k < starts.length; k++) {
    const [before, now] = [starts[k - 1]!, starts[k]!];
    // Usually a change between the two; else the week before's meeting fell in the organizer's own
    // clock gap (02:30 on the night the clocks skip it), was held an hour later, and is now back.
    const changes = all.filter((z) => z.offset(before) !== z.offset(now)).map((z) => changeBetween(z, before, now));
    const shifts = zones
      .map((zone) => ({ zone, minutes: (wall(now, zone) - wall(before, zone)) % DAY / MINUTE }))
      .map(({ zone, minutes }) => ({ zone: zone.name, from: hhmm(before, zone), to: hhmm(now, zone), minutes: minutes > 720 ? minutes - 1440 : minutes < -720 ? minutes + 1440 : minutes }))
      .filter((s) => s.minutes !== 0);
    if (shifts.length > 0) moved.push({ number: k + 1, start: isoUtc(now), day: localDay(now, organizer), moved: shifts, changes });
  }
  return moved;
}

/** When, between two instants, the zone's offset changed (the last change, to the minute). */
function changeBetween(zone: Zone, from: number, to: number): ClockChange {
  const last = transitions(zone, from, to).at(-1) ?? { at: to, from: zone.offset(from), to: zone.offset(to) };
  return { zone: zone.name, at: isoUtc(last.at), day: localDay(last.at, zone), from: last.from, to: last.to };
}
