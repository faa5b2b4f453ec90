// The `schedule` section of the advice: shared windows in the seven days from the reference date,
// a reply-by time for async and hybrid outcomes, meeting slots for sync and hybrid ones.
import type { HybridOrder, Outcome, Settings } from '../types.js';
import { isoUtc, localDay, localRange, localStamp, perZone } from './label.js';
import { replyByInstant } from './reply-by.js';
import { type SlotChoice, chooseSlots, withBearers } from './slots.js';
import { type Team, makeTeam, overlapHours, rangeWindows, toHours } from './team.js';
import type { Schedule, SuggestedSlot, TimeContext, TimeWindow } from './types.js';

export interface ScheduleOptions {
  outcome: Outcome;
  /** The urgency answer (a key of settings.replyBy; P1D when absent). */
  urgency: string;
  meetingMinutes: number;
  /** For a hybrid: write first (the default; the meeting comes after the reply-by time) or meet first. */
  hybridOrder?: HybridOrder;
}

/** Throws UserError for invalid zone specs, hours, settings or ctx.now. */
export function buildSchedule(
  zoneSpecs: string[],
  ctx: TimeContext,
  settings: Settings,
  options: ScheduleOptions,
): Schedule {
  const team = makeTeam(zoneSpecs, ctx, settings);
  const replyAt = replyByInstant(team, settings, options.urgency);
  const notBefore = slotsNotBefore(options.outcome, options.hybridOrder, replyAt);
  return assembleSchedule(
    scheduleBase(team),
    options.outcome === 'sync' ? null : replyBy(team, replyAt),
    options.outcome === 'async' ? [] : meetingSlots(team, options.meetingMinutes, notBefore),
  );
}

/** When meeting slots may start: a write-first hybrid meets once the writing is due; others from now. */
export const slotsNotBefore = (outcome: Outcome, hybridOrder: HybridOrder | undefined, replyAt: number): number | undefined =>
  outcome === 'hybrid' && hybridOrder !== 'meet-first' ? replyAt : undefined;

export type ScheduleBase = Omit<Schedule, 'replyBy' | 'suggestedSlots'>;

/** The parts that depend on the participants only (a batch reuses them across outcomes). */
export function scheduleBase(team: Team): ScheduleBase {
  const spans = rangeWindows(team);
  const { zones } = team;
  const windows: TimeWindow[] = spans.map((w) => ({
    start: isoUtc(w.start),
    end: isoUtc(w.end),
    local: perZone(zones, (zone) => localRange(w.start, w.end, zone)),
    days: perZone(zones, (zone) => localDay(w.start, zone)),
    hours: toHours(w.end - w.start),
  }));
  return {
    referenceDate: team.now.toISODate()!,
    overlapHours: overlapHours(spans),
    participants: team.participants.map((p) => ({ zone: p.zone, hours: p.hours.text })),
    windows,
    organizerZone: team.now.zoneName!,
    quietHours: team.quietHours,
  };
}

/** The schedule in the contract's key order. */
export const assembleSchedule = (
  base: ScheduleBase,
  replyBy: Schedule['replyBy'],
  suggestedSlots: SuggestedSlot[],
): Schedule => {
  const { referenceDate, overlapHours, participants, windows, organizerZone, quietHours } = base;
  return { referenceDate, overlapHours, participants, windows, replyBy, suggestedSlots, organizerZone, quietHours };
};

/** The reply-by instant (replyByInstant) in UTC and in each participant's zone. */
export function replyBy(team: Team, at: number): NonNullable<Schedule['replyBy']> {
  return { utc: isoUtc(at), local: perZone(team.zones, (zone) => localStamp(at, zone)) };
}

/** The slots, chosen here unless the caller already has the choice (a batch shares it: see chooseSlots). */
export function meetingSlots(
  team: Team,
  meetingMinutes: number,
  notBefore?: number,
  choice: SlotChoice = chooseSlots(team, meetingMinutes, notBefore),
): SuggestedSlot[] {
  return withBearers(team, choice).map((s) => ({
    start: isoUtc(s.start),
    end: isoUtc(s.end),
    local: perZone(team.zones, (zone) => `${localDay(s.start, zone)} ${localRange(s.start, s.end, zone)}`),
    ...(s.outside ? { outsideHours: s.outside } : {}),
  }));
}
