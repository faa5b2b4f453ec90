// A recurring live step as a series over the next year (the `recurring` answer): its meetings, the
// ones a clock change moves for someone, and, when no hour suits everyone, a rotation of the
// awkward hour. Pure.
import type { Zone } from 'luxon';
import type { Participant } from './hours.js';
import type { HoursRange } from './zones.js';
import { type Frequency, type MovedMeeting, SERIES_DAYS, movedMeetings, occurrences, rruleOf } from './recurring.js';
import { type Rotation, rotation } from './rotation.js';
import type { Session, SuggestedSlot } from './types.js';

export interface Series {
  frequency: Frequency;
  /** The live step it repeats (its number in the plan). */
  step: number;
  /** Meetings in the next 52 weeks, the first and the last start (ISO, UTC). */
  meetings: number;
  first: string;
  last: string;
  /** The iCalendar RRULE that repeats the first slot. */
  rrule: string;
  /** Meetings a clock change moves for some zone, relative to the one before. */
  moved: MovedMeeting[];
  /** When no hour suits everyone: who takes the awkward hour, meeting by meeting. */
  rotation?: Rotation;
}

export interface SeriesInput {
  frequency: Frequency;
  step: number;
  /** The step's first slot, or its sessions (one series each, for the zones of each). */
  slot: SuggestedSlot;
  sessions?: readonly Session[];
  minutes: number;
  participants: readonly Participant[];
  zones: readonly Zone[];
  organizer: Zone;
  quiet: HoursRange;
}

export function seriesOf(input: SeriesInput): Series {
  const { frequency, slot, organizer } = input;
  const start = Date.parse(slot.start);
  const starts = occurrences(start, organizer, frequency, SERIES_DAYS);
  const rotated = slot.outsideHours ? rotation({ participants: input.participants, organizer, starts, minutes: input.minutes, quiet: input.quiet }) : undefined;
  return {
    frequency,
    step: input.step,
    meetings: starts.length,
    first: new Date(starts[0]!).toISOString(),
    last: new Date(starts.at(-1)!).toISOString(),
    rrule: rruleOf(start, organizer, frequency, starts.length),
    moved: input.sessions && input.sessions.length > 0 ? sessionsMoved(input.sessions, input.zones, input) : movedMeetings(starts, input.zones, organizer),
    ...(rotated ? { rotation: rotated } : {}),
  };
}

/** Each session repeats for its own zones; a meeting number names the same week in all of them. */
function sessionsMoved(sessions: readonly Session[], zones: readonly Zone[], input: SeriesInput): MovedMeeting[] {
  const byNumber = new Map<number, MovedMeeting>();
  for (const session of sessions) {
    const starts = occurrences(Date.parse(session.start), input.organizer, input.frequency, SERIES_DAYS);
    const own = zones.filter((z) => session.zones.includes(z.name));
    for (const m of movedMeetings(starts, own, input.organizer)) {
      const known = byNumber.get(m.number);
      if (!known) byNumber.set(m.number, m);
      else {
        known.moved.push(...m.moved.filter((x) => !known.moved.some((k) => k.zone === x.zone)));
        known.changes.push(...m.changes.filter((x) => !known.changes.some((k) => k.zone === x.zone)));
      }
    }
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}
