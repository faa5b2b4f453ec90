// The `schedule` section of the advice: shared windows in the seven days from the reference date,
// and, from the plan's steps, the first written step's reply-by and the first live step's slots.
import { isoUtc, localDay, localRange, perZone } from './label.js';
import type { TeamTime } from './facts.js';
import { type Team, toHours } from './team.js';
import type { ReplyBy, Schedule, SuggestedSlot } from './types.js';
import { type Memo, NO_MEMO } from '../memo.js';
import type { Span } from './hours.js';

/** What the plan's steps worked out: the first written step's reply-by, the first live step's slots. */
export interface StepSummary {
  replyBy: ReplyBy | null;
  suggestedSlots: SuggestedSlot[];
}

/**
 * The schedule for a team, in the contract's key order: the shared windows of the seven days
 * (remembered by team, so a batch shares them) and what the steps worked out.
 */
export function schedule(team: Team, time: TeamTime, steps: StepSummary, memo: Memo = NO_MEMO): Schedule {
  const { referenceDate, participants, windows } = memo.remember(`windows\n${team.key}`, () => windowsOf(team, time.windows));
  return {
    referenceDate,
    // The same number as facts.overlap_hours, kept here for scripts that read it (schema version 2).
    overlapHours: time.facts.overlap_hours,
    participants,
    windows,
    replyBy: steps.replyBy,
    suggestedSlots: steps.suggestedSlots,
    organizerZone: team.now.zone.name,
    quietHours: team.quietHours,
  };
}

/**
 * The reference date, the people, and their shared working windows of the seven days labelled in
 * each zone: only what is still ahead, so a window that has ended is left out and one under way
 * starts now (overlap_hours still measures the whole week).
 */
function windowsOf(team: Team, spans: Span[]): Pick<Schedule, 'referenceDate' | 'participants' | 'windows'> {
  const now = team.now.toMillis();
  const ahead = spans.filter((w) => w.end > now).map((w) => ({ start: Math.max(w.start, now), end: w.end }));
  return {
    referenceDate: team.now.toISODate()!,
    participants: team.participants.map((p) => ({ zone: p.zone.name, hours: p.hours.text })),
    windows: ahead.map((w) => ({
      start: isoUtc(w.start),
      end: isoUtc(w.end),
      local: perZone(team.zones, (zone) => localRange(w.start, w.end, zone)),
      days: perZone(team.zones, (zone) => localDay(w.start, zone)),
      hours: toHours(w.end - w.start),
    })),
  };
}
