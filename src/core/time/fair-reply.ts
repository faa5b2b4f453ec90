// A reply-by fair to every reader: each gets the window in working time of their own (two working
// days are two of *their* days), counted from when the step starts. The deadline is the moment the
// last reader has had theirs; a reader whose day ends before it sees the end of that day as their
// deadline, so no reader's deadline falls before their day begins or late in their evening.
import { MINUTE, type Span } from './hours.js';
import { QUARTER } from './cost.js';
import type { Team } from './team.js';
import type { ReplyWindow } from './window.js';

/** Why a reader's own deadline is not simply the shared one. */
export type FairNote = 'end-of-day' | 'off-now';

export interface FairReply {
  /** When everyone has had their window (epoch ms): replies are all in. */
  at: number;
  /** Per participant (team order): their own deadline, `at` or the end of their last working span before it. */
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
  const reached = team.participants.map((p, i) => {
    const dayMinutes = p.hours.end - p.hours.start;
    const need = (window.days * dayMinutes + window.hours * 60) * MINUTE;
    // Past the horizon nobody's hours are known; the horizon is sized for the longest window.
    return workedBy(team.work[i]!, start, need) ?? start + need;
  });
  const at = Math.ceil(Math.max(start, ...reached) / QUARTER) * QUARTER;
  const own = team.work.map((work) => {
    let last = at;
    for (const span of work) {
      if (span.start <= at && at <= span.end) return at;
      if (span.end <= at) last = span.end;
      else break;
    }
    return last;
  });
  const notes = own.map((mine, i): FairNote | undefined => {
    // A short window for someone off work now runs from their next working hours: say so.
    if (window.days === 0 && !atWork(team.work[i]!, start)) return 'off-now';
    return mine < at ? 'end-of-day' : undefined;
  });
  return { at, own, notes };
}

const atWork = (work: Span[], t: number): boolean => work.some((s) => s.start <= t && t < s.end);
