// What a calendar holds, as the audit's pure core takes it: occurrences already expanded from
// iCalendar by the edge (src/calendar/), every time an instant in epoch milliseconds.

export type PartStat = 'ACCEPTED' | 'DECLINED' | 'TENTATIVE' | 'NEEDS-ACTION' | 'DELEGATED';

export interface CalendarPerson {
  /** Lower-case address without "mailto:"; the key that merges one person across files. */
  email: string;
  /** The CN parameter, when the calendar gives one. */
  name?: string;
  partstat: PartStat;
  /** OPT-PARTICIPANT and NON-PARTICIPANT people are listed but not counted as required. */
  optional?: boolean;
}

/** One meeting at one time, from one file. The same UID and recurrence id in two files is one meeting. */
export interface Occurrence {
  uid: string;
  /** The original start of this occurrence (its RECURRENCE-ID), for a series; the start for a one-off. */
  recurrenceId: number;
  start: number;
  end: number;
  title: string;
  description: string;
  organizer?: CalendarPerson;
  attendees: CalendarPerson[];
  /** The RRULE as written ("FREQ=WEEKLY;BYDAY=TU"), when the event repeats. */
  rrule?: string;
  /** The zone its times were written in (TZID), or "UTC" / "floating". */
  zone: string;
  /** Moved from its usual time by a RECURRENCE-ID override. */
  moved?: boolean;
  /** The file and the line of its BEGIN:VEVENT. */
  file: string;
  line: number;
}

/**
 * A file that holds a series another file of the run already gave every occurrence of, with the
 * same times: the reader says where it was seen and by whom, instead of repeating each meeting.
 */
export type Sighting = Pick<Occurrence, 'uid' | 'title' | 'description' | 'organizer' | 'attendees' | 'rrule' | 'zone' | 'file' | 'line'>;

/** What a file held besides meetings, so that the report can say what it skipped. */
export interface SkipCounts {
  allDay: number;
  cancelled: number;
  /** Events with fewer than two people: someone's own block of time, not a meeting. */
  solo: number;
  /** Occurrences outside the window. */
  outsideWindow: number;
}

export const noSkips = (): SkipCounts => ({ allDay: 0, cancelled: 0, solo: 0, outsideWindow: 0 });

export interface Window {
  start: number;
  end: number;
  weeks: number;
}
