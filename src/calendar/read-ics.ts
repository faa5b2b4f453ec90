// The edge that reads iCalendar: ical.js parses and expands, this file turns its events into the
// plain occurrences the audit's core takes (src/audit/types.ts). Loaded only by `audit`, and
// ical.js with it (esbuild keeps it out of the bundle: see scripts/build.mjs), so `ask` never
// pays for it. ical.js keeps its time zones in a module-wide registry: each file's VTIMEZONEs
// are registered before its events are read, after the previous file's are cleared.
import ICAL from 'ical.js';
import { DateTime, type Zone } from 'luxon';
import type { Problem } from '../core/problem.js';
import { type CalendarPerson, type Occurrence, type PartStat, type Sighting, type SkipCounts, type Window, noSkips } from '../audit/types.js';
import { type Scan, type ScannedEvent, scanIcs } from './scan.js';

export interface ReadOptions {
  window: Window;
  /** An IANA zone by name, or undefined: for a TZID the file names but does not define. */
  zone: (name: string) => Zone | undefined;
  /** Where floating times (no TZID, no Z) are read: the --zone. */
  floating: Zone;
  /** At most this many occurrences in the window per file. */
  maxOccurrences: number;
  /** At most this many steps through one series' recurrence before the window ends. */
  maxSteps: number;
  /** The run's memo of series already expanded (by what decides their times), shared by its files. */
  expansions?: Map<string, Expansion>;
}

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

export interface ReadResult {
  occurrences: Occurrence[];
  /** Series this file holds whose occurrences an earlier file of the run gave. */
  sightings: Sighting[];
  skips: SkipCounts;
  /** Notes for standard error: a series whose expansion stopped, a floating time. */
  notes: string[];
}

/** Moved occurrences may come from this far around the window (a series moved by a fortnight is rare). */
const MOVE_MARGIN = 31 * 86_400_000;

type Component = InstanceType<typeof ICAL.Component>;
type Time = InstanceType<typeof ICAL.Time>;

export function readIcs(text: string, file: string, options: ReadOptions): ReadResult | { problems: Problem[] } {
  const scan = scanIcs(text, file);
  if ('problems' in scan) return scan;
  const unknown = [...scan.namedZones].find(([name]) => !scan.definedZones.has(name) && !options.zone(name));
  if (unknown) {
    const [name, line] = unknown;
    return { problems: [{ where: `${file}:${line}`, message: `unknown time zone TZID=${name}: the file has no VTIMEZONE for it and it is not an IANA zone`, hint: 'Export the calendar again with its time zone definitions (Outlook: "Save as iCalendar" includes them), or replace the TZID with an IANA name such as Europe/Berlin.' }] };
  }
  let roots: unknown;
  try {
    roots = ICAL.parse(text);
  } catch (error) {
    return { problems: [{ where: file, message: `ical.js cannot read it: ${(error as Error).message}`, hint: 'The file may be damaged; export it again.' }] };
  }
  const calendars = (Array.isArray(roots) && Array.isArray(roots[0]) ? roots : [roots]).map((jcal) => new ICAL.Component(jcal as unknown[]));
  ICAL.TimezoneService.reset();
  for (const calendar of calendars) for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevents = calendars.flatMap((c) => c.getAllSubcomponents('vevent'));
  const zones = calendars.flatMap((c) => c.getAllSubcomponents('vtimezone'));
  try {
    return expandEvents(vevents, zones, scan, file, options);
  } catch (error) {
    if (error instanceof TooMany) return { problems: [error.problem] };
    return { problems: [{ where: file, message: `ical.js cannot expand it: ${(error as Error).message}`, hint: 'The file may be damaged; export it again.' }] };
  }
}

class TooMany extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

function expandEvents(vevents: Component[], zones: Component[], scan: Scan, file: string, options: ReadOptions): ReadResult {
  const { window } = options;
  const result: ReadResult = { occurrences: [], sightings: [], skips: noSkips(), notes: [] };
  const place = new Map<Component, ScannedEvent>(vevents.map((v, i) => [v, scan.events[i] ?? { line: 0 }]));
  const masters = new Map<string, Component>();
  const exceptions = new Map<string, Component[]>();
  for (const v of vevents) {
    const uid = own(String(v.getFirstPropertyValue('uid') ?? `line-${place.get(v)!.line}`));
    if (v.hasProperty('recurrence-id')) exceptions.set(uid, [...(exceptions.get(uid) ?? []), v]);
    else masters.set(uid, v);
  }
  const exceptionsOf = new Map(exceptions);
  const zoneTexts = new Map(zones.map((z) => [String(z.getFirstPropertyValue('tzid')), z.toString()]));
  const instant = instantReader(options);
  const shared = sharedReader();
  const occurrenceOf = (component: Component, base: Base): Occurrence => ({ ...base, ...shared(component) });
  const push = (occurrence: Occurrence): void => {
    if (occurrence.end <= window.start || occurrence.start >= window.end) {
      result.skips.outsideWindow++;
      return;
    }
    result.occurrences.push(occurrence);
    if (result.occurrences.length > options.maxOccurrences) {
      throw new TooMany({ where: `${file}:${occurrence.line}`, message: `more than ${options.maxOccurrences.toLocaleString('en-US')} meetings in the window from one file (the last from "${occurrence.title}")`, hint: 'Audit fewer weeks (--weeks), or split the file by person; a rule such as FREQ=MINUTELY makes a series too dense to be a meeting.' });
    }
  };
  for (const [uid, master] of masters) {
    const event = new ICAL.Event(master, { exceptions: exceptions.get(uid) ?? [], strictExceptions: false });
    exceptions.delete(uid);
    const at = place.get(master)!;
    if (isAllDay(event.startDate)) {
      result.skips.allDay++;
      continue;
    }
    if (cancelled(master)) {
      result.skips.cancelled++;
      continue;
    }
    if (!event.isRecurring()) {
      const start = instant(event.startDate, master, 'dtstart');
      push(occurrenceOf(master, { uid, recurrenceId: start, start, end: instant(event.endDate, master, 'dtend', start, event), file, line: at.line }));
      continue;
    }
    // The same series in many people's files expands the same way: expand it once per run, and
    // from the second file on only say that this file holds it too (a sighting).
    const key = fingerprint(uid, master, exceptionsOf.get(uid) ?? [], zoneTexts);
    let expansion = options.expansions?.get(key);
    const seen = expansion !== undefined;
    if (!expansion) {
      expansion = expand(event, master, instant, window, options.maxSteps);
      options.expansions?.set(key, expansion);
      if (expansion.stopped) result.notes.push(`${file}:${at.rruleLine ?? at.line}: "${String(master.getFirstPropertyValue('summary') ?? uid)}" repeats more than ${options.maxSteps.toLocaleString('en-US')} times before the window ends; its expansion stopped there.`);
    }
    result.skips.cancelled += expansion.cancelled;
    result.skips.outsideWindow += expansion.outside;
    const rrule = own(at.rrule ?? String(master.getFirstPropertyValue('rrule')));
    if (seen) {
      result.sightings.push({ uid, ...shared(master), rrule, file, line: at.line });
      continue;
    }
    const overrides = new Map((exceptionsOf.get(uid) ?? []).map((c) => [String(c.getFirstPropertyValue('recurrence-id')), c]));
    for (const t of expansion.times) {
      const item = (t.exception !== undefined ? overrides.get(t.exception) : undefined) ?? master;
      push(occurrenceOf(item, { uid, recurrenceId: t.recurrenceId, start: t.start, end: t.end, file, line: place.get(item)?.line ?? at.line, ...(t.exception !== undefined ? { moved: true } : {}), rrule }));
    }
  }
  // An invitation to one occurrence of someone else's series: the file has the override only.
  for (const [uid, list] of exceptions) {
    for (const v of list) {
      const event = new ICAL.Event(v);
      if (isAllDay(event.startDate)) {
        result.skips.allDay++;
        continue;
      }
      if (cancelled(v)) {
        result.skips.cancelled++;
        continue;
      }
      const start = instant(event.startDate, v, 'dtstart');
      const recurrenceId = instant(event.recurrenceId, v, 'recurrence-id');
      push(occurrenceOf(v, { uid, recurrenceId, start, end: instant(event.endDate, v, 'dtend', start, event), file, line: place.get(v)!.line, moved: recurrenceId !== start }));
    }
  }
  return result;
}

type Base = Pick<Occurrence, 'uid' | 'recurrenceId' | 'start' | 'end' | 'file' | 'line' | 'moved' | 'rrule'>;
type Shared = Pick<Occurrence, 'title' | 'description' | 'organizer' | 'attendees' | 'zone'>;

/**
 * What every occurrence of one VEVENT shares, read once per component: a year of a daily series
 * would otherwise read (and keep) its attendees 250 times, and a 200-person all-hands in 200 files
 * is a lot of people.
 */
function sharedReader(): (component: Component) => Shared {
  const seen = new Map<Component, Shared>();
  return (component) => {
    let shared = seen.get(component);
    if (!shared) {
      const organizer = personOf(component.getFirstProperty('organizer'), 'ACCEPTED');
      const tzid = component.getFirstProperty('dtstart')?.getParameter('tzid');
      shared = {
        title: own(String(component.getFirstPropertyValue('summary') ?? '').trim()),
        description: own(String(component.getFirstPropertyValue('description') ?? '')),
        ...(organizer ? { organizer } : {}),
        attendees: component.getAllProperties('attendee').map((p) => personOf(p, 'NEEDS-ACTION')).filter((p): p is CalendarPerson => p !== undefined),
        zone: typeof tzid === 'string' ? own(tzid) : String(component.getFirstPropertyValue('dtstart') ?? '').endsWith('Z') ? 'UTC' : 'floating',
      };
      seen.set(component, shared);
    }
    return shared;
  };
}

const PARTSTATS: PartStat[] = ['ACCEPTED', 'DECLINED', 'TENTATIVE', 'NEEDS-ACTION', 'DELEGATED'];

function personOf(prop: InstanceType<typeof ICAL.Property> | null, fallback: PartStat): CalendarPerson | undefined {
  if (!prop) return undefined;
  const email = own(String(prop.getFirstValue() ?? '').replace(/^mailto:/i, '').trim().toLowerCase());
  if (email === '') return undefined;
  const cn = prop.getParameter('cn');
  const stat = PARTSTATS.find((p) => p === String(prop.getParameter('partstat') ?? fallback).toUpperCase()) ?? fallback;
  const role = String(prop.getParameter('role') ?? '').toUpperCase();
  return {
    email,
    ...(typeof cn === 'string' && cn.trim() !== '' ? { name: own(cn.trim()) } : {}),
    partstat: stat,
    ...(role === 'OPT-PARTICIPANT' || role === 'NON-PARTICIPANT' ? { optional: true } : {}),
  };
}

/**
 * A copy of a string that ical.js cut from a line: V8 keeps the line (or the whole file) alive
 * for as long as a slice of it lives, and a year of 200 people's files is 40 MB of lines.
 */
const own = (text: string): string => (text === '' ? '' : (` ${text}`).slice(1));

const isAllDay = (time: Time | null | undefined): boolean => time?.isDate === true;
const cancelled = (c: Component): boolean => String(c.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';

/**
 * An ical.js time as an instant. A zone the file defines is ical.js's to convert; a TZID that is
 * an IANA name without a VTIMEZONE (some exports leave them out) is luxon's, since ical.js would
 * silently read it as floating time; floating time is read in the --zone.
 */
function instantReader(options: ReadOptions) {
  return (time: Time | null, component: Component, prop: string, start = 0, event?: InstanceType<typeof ICAL.Event>): number => {
    if (!time) {
      // No DTEND: a DURATION, else an hour-less event lasts no time (RFC 5545 3.6.1).
      const duration = event?.duration;
      return start + (duration ? duration.toSeconds() * 1000 : 0);
    }
    if (time.zone?.tzid === 'UTC') return Date.UTC(time.year, time.month - 1, time.day, time.hour, time.minute, time.second);
    const tzid = component.getFirstProperty(prop)?.getParameter('tzid');
    const name = typeof tzid === 'string' ? tzid : undefined;
    if (name && ICAL.TimezoneService.has(name)) return time.toUnixTime() * 1000;
    const zone = (name ? options.zone(name) : undefined) ?? options.floating;
    return DateTime.fromObject({ year: time.year, month: time.month, day: time.day, hour: time.hour, minute: time.minute, second: time.second }, { zone }).toMillis();
  };
}

type Instant = ReturnType<typeof instantReader>;

/** Walks a series from its start to the window's end (and a margin, for moved meetings). */
function expand(event: InstanceType<typeof ICAL.Event>, master: Component, instant: Instant, window: Window, maxSteps: number): Expansion {
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
function fingerprint(uid: string, master: Component, overrides: Component[], zones: Map<string, string>): string {
  const times = (c: Component) => ['dtstart', 'dtend', 'duration', 'rrule', 'rdate', 'exdate', 'recurrence-id', 'status'].flatMap((name) => c.getAllProperties(name).map((p) => p.toICALString()));
  const parts = [uid, ...times(master), ...overrides.flatMap(times).sort()];
  const named = new Set(parts.flatMap((p) => [...p.matchAll(/TZID=("[^"]*"|[^;:]*)/g)].map((m) => m[1]!.replace(/^"|"$/g, ''))));
  return [...parts, ...[...named].sort().map((z) => zones.get(z) ?? z)].join('\n');
}
