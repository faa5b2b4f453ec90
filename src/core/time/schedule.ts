// The `schedule` section of the advice: shared windows in the seven days from the reference date,
// a reply-by time for async and hybrid outcomes, meeting slots for sync and hybrid ones.
import type { HybridOrder, Outcome } from '../types.js';
import { isoUtc, localDay, localRange, localStamp, perZone } from './label.js';
import { type SlotRange, chooseSlots, slotRange } from './slots.js';
import type { TeamTime } from './facts.js';
import { type Team, toHours } from './team.js';
import type { Schedule, SuggestedSlot } from './types.js';
import { type Memo, NO_MEMO } from '../memo.js';
import type { Span } from './hours.js';

export interface ScheduleOptions {
  outcome: Outcome;
  meetingMinutes: number;
  /** For a hybrid: write first (the default; the meeting comes after the reply-by time) or meet first. */
  hybridOrder?: HybridOrder;
  /** The urgency answer: "immediate" asks for one slot within the next two hours (see slots.ts). */
  urgency?: string;
  /** Notice the meeting needs, in minutes: 1440 when its checklist sends an agenda a day ahead. None by default. */
  minNoticeMinutes?: number;
}

/**
 * The schedule for a team whose reply-by deadline is known (see teamTime), in the contract's key
 * order. Its parts are remembered by what each depends on, so a batch shares them between needs:
 * the windows by the team, the reply-by time by its instant, the slots by length and range.
 */
export function schedule(team: Team, time: TeamTime, options: ScheduleOptions, memo: Memo = NO_MEMO): Schedule {
  const { replyAt } = time;
  const { outcome, hybridOrder, meetingMinutes, urgency, minNoticeMinutes } = options;
  const { zones, key } = team;
  // A write-first hybrid meets once the writing is due; every other meeting may start now.
  const notBefore = outcome === 'hybrid' && hybridOrder !== 'meet-first' ? replyAt : undefined;
  const { referenceDate, participants, windows } = memo.remember(`windows\n${key}`, () => windowsOf(team, time.windows));
  const slotsKey = `slots\n${key}\n${meetingMinutes}\n${notBefore}\n${minNoticeMinutes}\n${urgency === 'immediate'}`;
  return {
    referenceDate,
    // The same number as facts.overlap_hours, kept here for scripts that read it (schema version 2).
    overlapHours: time.facts.overlap_hours,
    participants,
    windows,
    replyBy: outcome === 'sync' ? null : memo.remember(`reply\n${key}\n${replyAt}`, () => ({ utc: isoUtc(replyAt), local: perZone(zones, (zone) => localStamp(replyAt, zone)) })),
    suggestedSlots:
      outcome === 'async' ? [] : memo.remember(slotsKey, () => slotsOf(team, meetingMinutes, slotRange(team, { notBefore, minNoticeMinutes, urgency }), memo)),
    organizerZone: team.now.zone.name,
    quietHours: team.quietHours,
  };
}

/** The reference date, the people, and their shared working windows of the seven days labelled in each zone. */
function windowsOf(team: Team, spans: Span[]): Pick<Schedule, 'referenceDate' | 'participants' | 'windows'> {
  return {
    referenceDate: team.now.toISODate()!,
    participants: team.participants.map((p) => ({ zone: p.zone.name, hours: p.hours.text })),
    windows: spans.map((w) => ({
      start: isoUtc(w.start),
      end: isoUtc(w.end),
      local: perZone(team.zones, (zone) => localRange(w.start, w.end, zone)),
      days: perZone(team.zones, (zone) => localDay(w.start, zone)),
      hours: toHours(w.end - w.start),
    })),
  };
}

const slotsOf = (team: Team, meetingMinutes: number, range: SlotRange, memo: Memo): SuggestedSlot[] =>
  chooseSlots(team, meetingMinutes, range, memo).map((s) => ({
    start: isoUtc(s.start),
    end: isoUtc(s.end),
    local: perZone(team.zones, (zone) => `${localDay(s.start, zone)} ${localRange(s.start, s.end, zone)}`),
    ...(s.outside ? { outsideHours: s.outside } : {}),
  }));
