// The edge that reads iCalendar: ical.js parses and expands, this file turns its events into the
// plain occurrences the audit's core takes (src/audit/types.ts). Loaded only by `audit`, and
// ical.js with it (esbuild keeps it out of the bundle: see scripts/build.mjs), so `ask` never
// pays for it. ical.js keeps its time zones in a module-wide registry: each file's VTIMEZONEs
// are registered before its events are read, after the previous file's are cleared.
import ICAL from 'ical.js';
import type { Problem } from '../core/problem.js';
import { type Occurrence, type Sighting, type SkipCounts, type Window, noSkips } from '../audit/types.js';
import { type Base, type Component, type ZoneOptions, cancelled, instantReader, isAllDay, own, sharedReader } from './ical-values.js';
import { type Expansion, expand, fingerprint } from './expand.js';
import { type Scan, type ScannedEvent, scanIcs } from './scan.js';

export interface ReadOptions extends ZoneOptions {
  window: Window;
  /** At most this many occurrences in the window per file. */
  maxOccurrences: number;
  /** At most this many steps through one series' recurrence before the window ends. */
  maxSteps: number;
  /** The run's memo of series already expanded (by what decides their times), shared by its files. */
  expansions?: Map<string, Expansion>;
}

export interface ReadResult {
  occurrences: Occurrence[];
  /** Series this file holds whose occurrences an earlier file of the run gave. */
  sightings: Sighting[];
  skips: SkipCounts;
  /** Notes for standard error: a series whose expansion stopped before the window. */
  notes: string[];
}

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
    if (error instanceof BadCalendar) return { problems: [error.problem] };
    return { problems: [{ where: file, message: `ical.js cannot expand it: ${(error as Error).message}`, hint: 'The file may be damaged; export it again.' }] };
  }
}

class BadCalendar extends Error {
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
    if (occurrence.end < occurrence.start) {
      throw new BadCalendar({ where: `${file}:${occurrence.line}`, message: `"${occurrence.title}" ends before it starts (DTEND ${new Date(occurrence.end).toISOString()} is before DTSTART ${new Date(occurrence.start).toISOString()})`, hint: 'Fix the event in the calendar (its end must come after its start) and export it again.' });
    }
    if (occurrence.end <= window.start || occurrence.start >= window.end) {
      result.skips.outsideWindow++;
      return;
    }
    result.occurrences.push(occurrence);
    if (result.occurrences.length > options.maxOccurrences) {
      throw new BadCalendar({ where: `${file}:${occurrence.line}`, message: `more than ${options.maxOccurrences.toLocaleString('en-US')} meetings in the window from one file (the last from "${occurrence.title}")`, hint: 'Audit fewer weeks (--weeks), or split the file by person; a rule such as FREQ=MINUTELY makes a series too dense to be a meeting.' });
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

