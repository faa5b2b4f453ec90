// Time-zone facts for the rules (names fixed by the rule format; see docs/rule-format.md).
import type { Settings } from '../types.js';
import { stampLine } from './label.js';
import { replyByInstant } from './reply-by.js';
import { type Team, makeTeam, overlapHours, rangeWindows, zoneSpreadHours } from './team.js';
import type { TimeContext } from './types.js';

// A type alias, not an interface, so that it spreads into Record<string, FactValue>.
export type TimeFacts = {
  /** Distinct zones among the participants. */
  zone_count: number;
  /** Longest shared working window starting in the seven days, in hours (0.01), 0 when none. */
  overlap_hours: number;
  /** Largest difference between the participants' UTC offsets at the reference instant, in hours. */
  zone_spread_hours: number;
  /** "Tue 17 Mar 17:00 America/New_York · Tue 17 Mar 21:00 Europe/London": the same instant as schedule.replyBy. */
  reply_by: string;
};

/** The time-zone work for one set of people and one urgency: the rules read its facts, the schedule builds on it. */
export interface TeamTime {
  team: Team;
  /** The reply-by deadline in epoch ms (see reply-by.ts). */
  replyAt: number;
  facts: TimeFacts;
}

/** Throws ProblemError for invalid zone specs, hours, settings or ctx.now. */
export function teamTime(zoneSpecs: string[], ctx: TimeContext, settings: Settings, urgency: string): TeamTime {
  const team = makeTeam(zoneSpecs, ctx, settings);
  const replyAt = replyByInstant(team, settings, urgency);
  return {
    team,
    replyAt,
    facts: {
      zone_count: team.zones.length,
      overlap_hours: overlapHours(rangeWindows(team)),
      zone_spread_hours: zoneSpreadHours(team),
      reply_by: stampLine(replyAt, team.zones),
    },
  };
}

export const timeFacts = (zoneSpecs: string[], ctx: TimeContext, settings: Settings, urgency: string): TimeFacts =>
  teamTime(zoneSpecs, ctx, settings, urgency).facts;
