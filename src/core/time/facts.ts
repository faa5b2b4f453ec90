// Time-zone facts for the rules (names fixed by the rule format; see docs/rule-format.md).
import type { Settings } from '../types.js';
import { stampLine } from './label.js';
import { replyByInstant } from './reply-by.js';
import type { Span } from './hours.js';
import { type Team, offsetCount, overlapHours, rangeWindows, zoneSpreadHours } from './team.js';
import { type Memo, NO_MEMO } from '../memo.js';

// What each means: DERIVED_FACTS in core/facts-catalog.ts, which validation and the docs read too.
// A type alias, not an interface, so that it spreads into Record<string, FactValue>.
export type TimeFacts = { zone_count: number; overlap_hours: number; zone_spread_hours: number; reply_by: string };

/** What one urgency means for a team: the reply-by deadline, and the facts the rules read. */
export interface TeamTime {
  /** The reply-by deadline in epoch ms (see reply-by.ts). */
  replyAt: number;
  /** The shared working windows that start within the seven days (the schedule shows them; overlap_hours is the longest). */
  windows: Span[];
  facts: TimeFacts;
}

/** Throws ProblemError for an invalid reply-by setting. */
export function teamTime(team: Team, settings: Settings, urgency: string, memo: Memo = NO_MEMO): TeamTime {
  const replyAt = replyByInstant(team, settings, urgency, memo);
  const windows = rangeWindows(team);
  return {
    replyAt,
    windows,
    facts: {
      zone_count: offsetCount(team),
      overlap_hours: overlapHours(windows),
      zone_spread_hours: zoneSpreadHours(team),
      reply_by: stampLine(replyAt, team.zones),
    },
  };
}
