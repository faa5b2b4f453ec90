// The `schedule` section of the advice: shared windows in the seven days from the reference date,
// a reply-by time for async and hybrid outcomes, meeting slots for sync and hybrid ones.
import type { HybridOrder, Outcome, Settings } from '../types.js';
import { isoUtc, localDay, localRange, localStamp, perZone } from './label.js';
import { chooseSlots } from './slots.js';
import { type TeamTime, teamTime } from './facts.js';
import { overlapHours, rangeWindows, toHours } from './team.js';
import type { Schedule, SuggestedSlot, TimeContext, TimeWindow } from './types.js';

export interface ScheduleOptions {
  outcome: Outcome;
  meetingMinutes: number;
  /** For a hybrid: write first (the default; the meeting comes after the reply-by time) or meet first. */
  hybridOrder?: HybridOrder;
}

/** The schedule for people whose time facts are known (see teamTime), in the contract's key order. */
export function schedule({ team, replyAt }: TeamTime, options: ScheduleOptions): Schedule {
  const { outcome, hybridOrder, meetingMinutes } = options;
  const spans = rangeWindows(team);
  const { zones } = team;
  const windows: TimeWindow[] = spans.map((w) => ({
    start: isoUtc(w.start),
    end: isoUtc(w.end),
    local: perZone(zones, (zone) => localRange(w.start, w.end, zone)),
    days: perZone(zones, (zone) => localDay(w.start, zone)),
    hours: toHours(w.end - w.start),
  }));
  // A write-first hybrid meets once the writing is due; every other meeting may start now.
  const notBefore = outcome === 'hybrid' && hybridOrder !== 'meet-first' ? replyAt : undefined;
  const suggestedSlots: SuggestedSlot[] =
    outcome === 'async'
      ? []
      : chooseSlots(team, meetingMinutes, notBefore).map((s) => ({
          start: isoUtc(s.start),
          end: isoUtc(s.end),
          local: perZone(zones, (zone) => `${localDay(s.start, zone)} ${localRange(s.start, s.end, zone)}`),
          ...(s.outside ? { outsideHours: s.outside } : {}),
        }));
  return {
    referenceDate: team.now.toISODate()!,
    overlapHours: overlapHours(spans),
    participants: team.participants.map((p) => ({ zone: p.zone, hours: p.hours.text })),
    windows,
    replyBy: outcome === 'sync' ? null : { utc: isoUtc(replyAt), local: perZone(zones, (zone) => localStamp(replyAt, zone)) },
    suggestedSlots,
    organizerZone: team.now.zoneName!,
    quietHours: team.quietHours,
  };
}

/** The schedule straight from zone specs (teamTime, then schedule): what advise() does for one need. */
export const buildSchedule = (
  zoneSpecs: string[],
  ctx: TimeContext,
  settings: Settings,
  options: ScheduleOptions & { urgency: string },
): Schedule => schedule(teamTime(zoneSpecs, ctx, settings, options.urgency), options);
