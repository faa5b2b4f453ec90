// The `schedule` section of the advice: shared windows in the seven days from the reference date,
// and, from the plan's steps, the first written step's reply-by and the first live step's slots.
import { isoUtc, localDay, localRange, perZone } from './label.js';
import { type Team, makeTeam, overlapHours, rangeWindows, toHours } from './team.js';
import { type StepTiming, stepTimes } from './step-times.js';
import type { HybridOrder, Outcome, Settings } from '../types.js';
import type { ReplyBy, Schedule, SuggestedSlot, TimeContext } from './types.js';
import { type Memo, NO_MEMO } from '../memo.js';

/** What the plan's steps worked out: the first written step's reply-by, the first live step's slots. */
export interface StepSummary {
  replyBy: ReplyBy | null;
  suggestedSlots: SuggestedSlot[];
}

/**
 * The schedule for a team, in the contract's key order: the shared windows of the seven days
 * (remembered by team, so a batch shares them) and what the steps worked out.
 */
export function schedule(team: Team, steps: StepSummary, memo: Memo = NO_MEMO): Schedule {
  const { referenceDate, overlapHours, participants, windows } = memo.remember(`windows\n${team.key}`, () => windowsOf(team));
  return {
    referenceDate,
    overlapHours,
    participants,
    windows,
    replyBy: steps.replyBy,
    suggestedSlots: steps.suggestedSlots,
    organizerZone: team.now.zoneName!,
    quietHours: team.quietHours,
  };
}

/** The reference date, the people, and their shared working windows of the seven days labelled in each zone. */
function windowsOf(team: Team): Pick<Schedule, 'referenceDate' | 'overlapHours' | 'participants' | 'windows'> {
  const spans = rangeWindows(team);
  return {
    referenceDate: team.now.toISODate()!,
    overlapHours: overlapHours(spans),
    participants: team.participants.map((p) => ({ zone: p.zone, hours: p.hours.text })),
    windows: spans.map((w) => ({
      start: isoUtc(w.start),
      end: isoUtc(w.end),
      local: perZone(team.zones, (zone) => localRange(w.start, w.end, zone)),
      days: perZone(team.zones, (zone) => localDay(w.start, zone)),
      hours: toHours(w.end - w.start),
    })),
  };
}

export interface ScheduleOptions {
  outcome: Outcome;
  meetingMinutes: number;
  hybridOrder?: HybridOrder;
  urgency: string;
  minNoticeMinutes?: number;
}

/** The schedule of a one- or two-step plan straight from zone specs, as advise() makes it. */
export function buildSchedule(zoneSpecs: string[], ctx: TimeContext, settings: Settings, options: ScheduleOptions, memo: Memo = NO_MEMO): Schedule {
  const team = makeTeam(zoneSpecs, ctx, settings, memo);
  const written: StepTiming = { kind: 'written', replyWithin: Object.hasOwn(settings.replyBy, options.urgency) ? settings.replyBy[options.urgency]! : 'P1D' };
  const live: StepTiming = { kind: 'live', meetingMinutes: options.meetingMinutes, noticeHours: (options.minNoticeMinutes ?? 0) / 60 };
  const steps = options.outcome === 'async' ? [written] : options.outcome === 'sync' ? [live] : options.hybridOrder === 'meet-first' ? [live, written] : [written, live];
  const times = stepTimes(team, steps, options.urgency, memo);
  return schedule(team, { replyBy: times.find((t) => t.replyBy)?.replyBy ?? null, suggestedSlots: times.find((t) => t.slots)?.slots ?? [] }, memo);
}
