// A first pass over an .ics text before ical.js sees it: ical.js says "invalid line" without a line
// number, and takes an unknown TZID as floating time without a word. This pass unfolds the lines,
// keeps their numbers, checks that the text is a calendar whose BEGIN and END pair up, and
// records where each VEVENT starts and which zones it names, so that every later problem can
// point at the .ics line. Pure.
import type { Problem } from '../core/problem.js';

export interface ScannedEvent {
  /** The line of BEGIN:VEVENT (1-based). */
  line: number;
  uid?: string;
  rruleLine?: number;
  rrule?: string;
}

export interface Scan {
  events: ScannedEvent[];
  /** TZIDs the file defines with a VTIMEZONE. */
  definedZones: Set<string>;
  /** Every TZID a property names, with the first line that names it. */
  namedZones: Map<string, number>;
}

const CONTENT_LINE = /^[A-Za-z0-9-]+(;[^:]*)?:/;

export function scanIcs(text: string, file: string): Scan | { problems: Problem[] } {
  const problem = (line: number, message: string, hint: string, shownLine?: string): { problems: Problem[] } => ({
    problems: [{ where: `${file}:${line}`, message, hint, ...(shownLine !== undefined ? { at: { file, line, column: 1, text: shownLine } } : {}) }],
  });
  const raw = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const events: ScannedEvent[] = [];
  const definedZones = new Set<string>();
  const namedZones = new Map<string, number>();
  const stack: { name: string; line: number }[] = [];
  let current: ScannedEvent | undefined;
  let inZone = false;
  let seenCalendar = false;
  for (let i = 0; i < raw.length; ) {
    const number = i + 1;
    let logical = raw[i]!;
    i++;
    // RFC 5545 folding: a line that starts with a space or a tab continues the one before.
    while (i < raw.length && (raw[i]!.startsWith(' ') || raw[i]!.startsWith('\t'))) logical += raw[i++]!.slice(1);
    if (logical.trim() === '') continue;
    if (!seenCalendar) {
      if (!/^BEGIN:VCALENDAR\s*$/i.test(logical)) {
        return problem(number, 'this is not an iCalendar file (it does not start with BEGIN:VCALENDAR)', 'Export the calendar as .ics (Google Calendar: Settings > Import & export; Outlook: Save calendar), then audit that file.', logical.slice(0, 200));
      }
      seenCalendar = true;
    }
    if (!CONTENT_LINE.test(logical)) {
      return problem(number, 'this line is not an iCalendar property (NAME:value)', 'The file may be damaged or cut; export it again.', logical.slice(0, 200));
    }
    const colon = logical.indexOf(':', logical.search(/[:;]/));
    const head = logical.slice(0, colon);
    const value = logical.slice(colon + 1).trim();
    const name = head.split(';')[0]!.toUpperCase();
    if (name === 'BEGIN') {
      const kind = value.toUpperCase();
      stack.push({ name: kind, line: number });
      if (kind === 'VEVENT' && stack.length === 2) events.push((current = { line: number }));
      if (kind === 'VTIMEZONE') inZone = true;
      continue;
    }
    if (name === 'END') {
      const open = stack.pop();
      if (!open || open.name !== value.toUpperCase()) {
        const expected = open ? `END:${open.name} (for BEGIN:${open.name} at line ${open.line})` : 'nothing: every component is closed';
        return problem(number, `END:${value} does not match: expected ${expected}`, 'The file is damaged; export it again.', logical);
      }
      if (open.name === 'VEVENT' && stack.length === 1) current = undefined;
      if (open.name === 'VTIMEZONE') inZone = false;
      continue;
    }
    const tzid = /;TZID=("[^"]*"|[^;:]*)/i.exec(head)?.[1]?.replace(/^"|"$/g, '');
    if (tzid !== undefined && !namedZones.has(tzid)) namedZones.set(tzid, number);
    if (inZone && name === 'TZID' && stack.at(-1)?.name === 'VTIMEZONE') definedZones.add(value);
    if (current && stack.length === 2) {
      if (name === 'UID') current.uid = value;
      if (name === 'RRULE') Object.assign(current, { rrule: value, rruleLine: number });
    }
  }
  if (!seenCalendar) return problem(1, 'the file is empty', 'Export the calendar again; an .ics file starts with BEGIN:VCALENDAR.');
  const open = stack.at(-1);
  if (open) return problem(open.line, `the file ends inside BEGIN:${open.name} (it has no END:${open.name}): it was cut short`, 'Export the calendar again, or copy the whole file.');
  return { events, definedZones, namedZones };
}
