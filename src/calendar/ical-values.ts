// Reading ical.js values into the audit's plain ones: people and their answers, strings copied
// off the file's lines, and times as instants (a VTIMEZONE's, an IANA zone's, or floating).
import ICAL from 'ical.js';
import { DateTime, type Zone } from 'luxon';
import type { CalendarPerson, Occurrence, PartStat } from '../audit/types.js';

export interface ZoneOptions {
  /** An IANA zone by name, or undefined: for a TZID the file names but does not define. */
  zone: (name: string) => Zone | undefined;
  /** Where floating times (no TZID, no Z) are read: the --zone. */
  floating: Zone;
}

export type Component = InstanceType<typeof ICAL.Component>;
export type Time = InstanceType<typeof ICAL.Time>;

export type Base = Pick<Occurrence, 'uid' | 'recurrenceId' | 'start' | 'end' | 'file' | 'line' | 'moved' | 'rrule'>;
type Shared = Pick<Occurrence, 'title' | 'description' | 'organizer' | 'attendees' | 'zone'>;

/**
 * What every occurrence of one VEVENT shares, read once per component: a year of a daily series
 * would otherwise read (and keep) its attendees 250 times, and a 200-person all-hands in 200 files
 * is a lot of people.
 */
export function sharedReader(): (component: Component) => Shared {
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
export const own = (text: string): string => (text === '' ? '' : (` ${text}`).slice(1));

export const isAllDay = (time: Time | null | undefined): boolean => time?.isDate === true;
export const cancelled = (c: Component): boolean => String(c.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED';

/**
 * An ical.js time as an instant. A zone the file defines is ical.js's to convert; a TZID that is
 * an IANA name without a VTIMEZONE (some exports leave them out) is luxon's, since ical.js would
 * silently read it as floating time; floating time is read in the --zone.
 */
export function instantReader(options: ZoneOptions) {
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

export type Instant = ReturnType<typeof instantReader>;
