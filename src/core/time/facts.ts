// Time-zone facts for the rules (names fixed by the rule format; see docs/rule-format.md).
import type { Settings } from '../types.js';
import { stepTimes } from './step-times.js';
import { parseWindow } from './window.js';
import { ProblemError } from '../problem.js';
import type { Span } from './hours.js';
import { type Team, offsetCount, overlapHours, rangeWindows, zoneSpreadHours } from './team.js';
import type { LocalTimes, ReplyBy } from './types.js';
import { type Memo, NO_MEMO } from '../memo.js';

// What each means: DERIVED_FACTS in core/facts-catalog.ts, which validation and the docs read too.
// A type alias, not an interface, so that it spreads into Record<string, FactValue>.
export type TimeFacts = { zone_count: number; overlap_hours: number; zone_spread_hours: number; reply_by: string };

/** What one urgency means for a team: its shared windows, and the facts the rules read. */
export interface TeamTime {
  /** The shared working windows that start within the seven days (the schedule shows them; overlap_hours is the longest). */
  windows: Span[];
  facts: TimeFacts;
  /** A written reply asked now with the urgency's window: what facts.reply_by says, as times. */
  replyBy: ReplyBy;
}

/**
 * The facts; reply_by is a written reply asked now with the urgency's window (a plan's own steps
 * may set other windows: advise() fills each step's deadline in). Throws ProblemError for an
 * invalid reply-by setting.
 */
export function teamTime(team: Team, settings: Settings, urgency: string, memo: Memo = NO_MEMO): TeamTime {
  const window = Object.hasOwn(settings.replyBy, urgency) ? settings.replyBy[urgency]! : 'P1D';
  const checked = parseWindow(window, `settings.replyBy.${urgency}`);
  if ('problem' in checked) throw new ProblemError(checked.problem);
  const [times] = stepTimes(team, [{ kind: 'written', replyWithin: window }], urgency, memo);
  const windows = rangeWindows(team);
  return {
    windows,
    replyBy: times!.replyBy!,
    facts: {
      zone_count: offsetCount(team),
      overlap_hours: overlapHours(windows),
      zone_spread_hours: zoneSpreadHours(team),
      reply_by: replyByLine(times!.replyBy!),
    },
  };
}

/**
 * "Tue 17 Mar 17:00 America/New_York · Tue 17 Mar 21:00 Europe/London": each reader's own deadline.
 * `skip` is a zone where nobody but the asker is (see askerOnlyZone): you do not reply to yourself,
 * and your own clock's time beside the readers' would read as a second deadline.
 */
export const replyByLine = (replyBy: ReplyBy, skip?: string): string =>
  Object.entries(shownDeadlines(replyBy))
    .filter(([zone]) => zone !== skip)
    .map(([zone, local]) => `${local} ${zone}`)
    .join(' · ');

/**
 * Each zone's deadline as people read it: where people in one zone keep different hours, each
 * set's own, e.g. "Fri 6 Mar 17:00 (hours 09:00-17:00) / Fri 6 Mar 07:00 (hours 22:00-07:00)".
 */
export function shownDeadlines(replyBy: ReplyBy): LocalTimes {
  if (!replyBy.byHours) return replyBy.local;
  const shown: LocalTimes = { ...replyBy.local };
  for (const [zone, byHours] of Object.entries(replyBy.byHours)) {
    shown[zone] = Object.entries(byHours).map(([hours, at]) => `${at} (hours ${hours})`).join(' / ');
  }
  return shown;
}

/**
 * The asker's zone when nobody else is in it, as far as the answers tell: as many zones as
 * readers means one reader in each. (With a roster, the drafts know each person by name.)
 */
export const askerOnlyZone = (local: Readonly<Record<string, string>>, asker: string | undefined, readers: number): string | undefined =>
  asker !== undefined && local[asker] !== undefined && Object.keys(local).length >= readers ? asker : undefined;

/** How many people a step is for, the asker included: those who only need to know count for a message to everyone. */
export function readersOf(attendees: number, audienceSize: number, audience: string | undefined): number {
  return audience === 'everyone' || audience === 'informed' ? audienceSize : attendees;
}
