// A reply-by fair to every reader: each gets the window in working time of their own (two working
// days are two of *their* days), counted from when the step starts, and sees their own deadline in
// their own hours: the end of their Nth working day for a window of N days (today counts when half
// of it is left), the moment they have had it for a shorter one. So no reader's deadline falls before their day begins or in their evening.
// Replies are all in at the latest of them.
import { MINUTE, type Span } from './hours.js';
import { QUARTER } from './cost.js';
import type { Team } from './team.js';
import type { ReplyWindow } from './window.js';

/** Why a reader's own deadline is not simply the shared one. */
export type FairNote = 'off-at-start';

export interface FairReply {
  /** The latest of the readers' deadlines (epoch ms): replies are all in. */
  at: number;
  /** Per participant (team order): their own deadline, in their working hours. */
  own: number[];
  /** Per participant: why their deadline reads as it does, when it needs saying. */
  notes: (FairNote | undefined)[];
}

/** The instant a person has worked `need` ms after `start`; undefined past their known spans. */
function workedBy(work: Span[], start: number, need: number): number | undefined {
  let left = need;
  for (const span of work) {
    if (span.end <= start) continue;
    const from = Math.max(span.start, start);
    if (span.end - from >= left) return from + left;
    left -= span.end - from;
  }
  return undefined;
}

export function fairReplyBy(team: Team, start: number, window: ReplyWindow): FairReply {
  const ceil = (t: number) => Math.ceil(t / QUARTER) * QUARTER;
  // A window of working days ends with a working day of the reader's own ("by the end of your
  // Tuesday"); a shorter one ends when they have had it.
  const own = team.participants.map((p, i) => {
    const work = team.work[i]!;
    // A night shift (22:00-07:00) ends the next day.
    const dayMinutes = (p.hours.end > p.hours.start ? 0 : 1440) + p.hours.end - p.hours.start;
    const need = (window.days * dayMinutes + window.hours * 60) * MINUTE;
    // Past the horizon nobody's hours are known; the horizon is sized for the longest window.
    const reached = workedBy(work, start, need);
    if (reached === undefined) return ceil(start + need);
    if (window.days === 0) return ceil(reached);
    if (window.hours === 0) return endOfDay(work, start, window.days) ?? ceil(reached);
    return work.find((span) => span.start < reached && reached <= span.end)?.end ?? ceil(reached);
  });
  const at = Math.max(start, ...own);
  // A short window for someone not at work when the step starts runs from their next working hours: say so.
  const notes = team.work.map((work): FairNote | undefined => (window.days === 0 && !atWork(work, start) ? 'off-at-start' : undefined));
  return { at, own, notes };
}

/**
 * The end of the reader's Nth working day from `start`: today counts when at least half of it is
 * left (two working days asked on Monday morning end on Tuesday evening, for someone an hour ahead
 * as for someone whose day has not begun), else the next working day is the first.
 */
function endOfDay(work: Span[], start: number, days: number): number | undefined {
  let index = work.findIndex((span) => span.end > start);
  if (index < 0) return undefined;
  const today = work[index]!;
  if (today.start < start && today.end - start < (today.end - today.start) / 2) index++;
  return work[index + days - 1]?.end;
}

const atWork = (work: Span[], t: number): boolean => work.some((s) => s.start <= t && t < s.end);
