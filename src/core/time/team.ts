// Everything the schedule, the facts and the strips share: the participants, the reference
// instant and the seven-day range, and each person's working, quiet and weekend spans over a
// horizon.
import { DateTime, type Zone } from 'luxon';
import { MAX_WINDOW_DAYS, calendarDaysAtMost, parseWindow } from './window.js';
import type { Settings } from '../types.js';
import { DAY, HOUR, type Participant, type Span, intersect, personKey, quietHours, quietSpans, weekendSpans, workSpans } from './hours.js';
import { type Memo, NO_MEMO } from '../memo.js';
import type { HoursRange } from './zones.js';

/** The moment advice is given for: the reference instant and the organizer's zone, both parsed by the boundary. */
export interface Moment {
  /** Epoch ms. */
  now: number;
  organizer: Zone;
}

export interface Team {
  participants: Participant[];
  /** The participants as one string (personKey each, in order): names this team in a memo. */
  key: string;
  /** The same, sorted: names the team where the order they were given in changes nothing. */
  members: string;
  /** Distinct zones in the order first given. */
  zones: Zone[];
  /** The reference instant in the organizer's zone. */
  now: DateTime;
  /** The seven days from the start of the reference date (organizer zone). */
  rangeStart: number;
  rangeEnd: number;
  /** settings.quietHours as given, e.g. "22:00-07:00". */
  quietHours: string;
  /** Per participant (same order), over [horizonStart, horizonEnd). */
  work: Span[][];
  quiet: Span[][];
  /** Their weekend days, whole local days. */
  weekends: Span[][];
  horizonStart: number;
  horizonEnd: number;
}

/** The participants' spans over the horizon of the moment. Throws ProblemError for invalid settings. */
export function teamOf(participants: Participant[], moment: Moment, settings: Settings, memo: Memo = NO_MEMO): Team {
  // A memo serves one moment and one rule set, so the frame is the same for every team of a run.
  const { now, rangeStart, rangeEnd, horizonStart, horizonEnd, quietRange } = memo.remember('frame', () => frameOf(moment, settings));
  const zones = new Map(participants.map((p) => [p.zone.name, p.zone]));
  const people = participants.map(personKey);
  // Each person's spans depend on them alone: a batch's memo shares them between teams.
  const spans = participants.map((p, i) =>
    memo.remember(`person\n${people[i]}\n${quietRange.text}\n${horizonStart}`, () => ({
      work: workSpans(p, horizonStart, horizonEnd),
      quiet: quietSpans(p.zone, quietRange, horizonStart, horizonEnd),
      weekends: weekendSpans(p, horizonStart, horizonEnd),
    })),
  );
  return {
    participants,
    ...keysOfPeople(people),
    zones: [...zones.values()],
    now,
    rangeStart,
    rangeEnd,
    quietHours: quietRange.text,
    work: spans.map((s) => s.work),
    quiet: spans.map((s) => s.quiet),
    weekends: spans.map((s) => s.weekends),
    horizonStart,
    horizonEnd,
  };
}

interface Frame {
  now: DateTime;
  rangeStart: number;
  rangeEnd: number;
  horizonStart: number;
  horizonEnd: number;
  quietRange: HoursRange;
}

/** What every team of a run shares: the moment, the seven days, the horizon, the quiet hours. */
function frameOf(moment: Moment, settings: Settings): Frame {
  const now = DateTime.fromMillis(moment.now, { zone: moment.organizer });
  // Far enough for the longest reply-by delay, a week to the next shared window, and slack.
  const horizonDays = Math.min(366, longestDelayDays(settings)) + 8;
  const day = now.startOf('day');
  const rangeStart = day.toMillis();
  const rangeEnd = day.plus({ days: 7 }).toMillis();
  const horizonStart = Math.min(rangeStart, now.toMillis()) - 2 * DAY;
  const horizonEnd = Math.max(rangeEnd, now.toMillis() + horizonDays * DAY) + 3 * DAY;
  return { now, rangeStart, rangeEnd, horizonStart, horizonEnd, quietRange: quietHours(settings) };
}

/**
 * Calendar days the longest reply window can span: the urgency's windows, and the longest a plan
 * or row may ask for (MAX_WINDOW_DAYS), so that a step's deadline is always within the horizon.
 */
function longestDelayDays(settings: Settings): number {
  const windows = Object.values(settings.replyBy).map((text) => parseWindow(text, 'replyBy'));
  const longest = { days: MAX_WINDOW_DAYS, hours: 0 };
  return Math.max(...windows.map((w) => ('problem' in w ? 1 : calendarDaysAtMost(w))), calendarDaysAtMost(longest));
}

/** The memo keys of a list of participants: in the order given, and sorted. */
export const keysOf = (participants: Participant[]): Pick<Team, 'key' | 'members'> => keysOfPeople(participants.map(personKey));

const keysOfPeople = (people: string[]): Pick<Team, 'key' | 'members'> => ({ key: people.join(','), members: [...people].sort().join(',') });

/** Every shared working span (all participants at work) over the horizon, in order. */
export const sharedSpans = (team: Team): Span[] => intersect(team.work);

/**
 * The shared working windows that start within the seven days. They are not cut at the range's
 * ends: a window that starts on day 7 keeps its full length.
 */
export const rangeWindows = (team: Team): Span[] =>
  sharedSpans(team).filter((w) => w.start >= team.rangeStart && w.start < team.rangeEnd);

/** Hours rounded to 0.01: exact for every real offset (quarter hours) and whole minutes in between. */
export const toHours = (ms: number): number => Math.round((ms / HOUR) * 100) / 100;

export const overlapHours = (windows: Span[]): number =>
  toHours(windows.reduce((best, w) => Math.max(best, w.end - w.start), 0));

const offsetsAtNow = (team: Team): number[] => team.zones.map((zone) => zone.offset(team.now.toMillis()));

/** Largest difference between the participants' UTC offsets at the reference instant, in hours. */
export function zoneSpreadHours(team: Team): number {
  const offsets = offsetsAtNow(team);
  return offsets.length === 0 ? 0 : toHours((Math.max(...offsets) - Math.min(...offsets)) * 60_000);
}

/** Distinct UTC offsets at the reference instant: Paris, Berlin and Madrid share a clock, so count once. */
export const offsetCount = (team: Team): number => new Set(offsetsAtNow(team)).size;
