// The reply-by deadline: now + settings.replyBy[urgency] (P1D when the urgency has none), then
// moved so that it falls inside everyone's working hours, deterministically:
//   1. the raw deadline is inside a shared working window (its end included): keep it;
//   2. else the nearest moment to it when everyone is at work: the end of the latest shared window
//      before it (only if that still leaves at least half of the time asked for) or the start of
//      the next shared window after it, the earlier one on a tie;
//   3. no shared window at all: the least-bad quarter hour between half the time and three days
//      past the raw deadline: fewest people on their weekend, then fewest in quiet hours, then
//      fewest outside working hours, then closest to the raw deadline (earlier on a tie). How far outside does not
//      count here, unlike for meetings: a deadline after someone's day has ended only means they
//      reply during their day.
// Quiet hours only count outside a person's own working hours: hours someone chose to work are
// not night for them. Steps 1 and 2 are always on a working day for everyone (shared windows
// hold only working days); step 3 avoids anyone's weekend whenever its range allows.
import { type DateTime, Duration } from 'luxon';
import { ProblemError } from '../problem.js';
import type { Settings } from '../types.js';
import { DAY, MINUTE } from './hours.js';
import { QUARTER, costsFor } from './cost.js';
import { type Memo, NO_MEMO } from '../memo.js';
import { checkDuration } from './instant.js';
import { type Team, sharedSpans } from './team.js';

const DEFAULT_DELAY = 'P1D';

/** settings.replyBy[urgency], or P1D; a ProblemError when the setting is not a duration. */
export function replyDelay(settings: Settings, urgency: string): Duration {
  const text = Object.hasOwn(settings.replyBy, urgency) ? settings.replyBy[urgency]! : DEFAULT_DELAY;
  const problem = checkDuration(text, `settings.replyBy.${urgency}`);
  if (problem) throw new ProblemError(problem);
  return Duration.fromISO(text);
}

/** The deadline in epoch ms (see the top of this file). */
export function replyByInstant(team: Team, settings: Settings, urgency: string, memo: Memo = NO_MEMO): number {
  const now = team.now.toMillis();
  const raw = rawDeadline(team.now, settings, urgency);
  const windows = sharedSpans(team).filter((w) => w.end > now);
  if (windows.some((w) => w.start <= raw && raw <= w.end)) return raw;
  const before = windows.filter((w) => w.end <= raw && w.end - now >= (raw - now) / 2).at(-1);
  const after = windows.find((w) => w.start >= raw);
  if (before && (!after || raw - before.end <= after.start - raw)) return before.end;
  if (after) return after.start;
  return leastBadInstant(team, now + (raw - now) / 2, raw, memo);
}

/** now + the urgency's delay, on the minute. */
const rawDeadline = (now: DateTime, settings: Settings, urgency: string): number =>
  Math.ceil(now.plus(replyDelay(settings, urgency)).toMillis() / MINUTE) * MINUTE;

/** Fewest people on their weekend, then in quiet hours, then outside working hours, then closest, then earliest. */
function leastBadInstant(team: Team, from: number, raw: number, memo: Memo): number {
  const last = Math.min(raw + 3 * DAY, team.horizonEnd - DAY);
  const costs = costsFor(team, 0, memo);
  let best = raw;
  let bestCost = costs(raw);
  for (let t = Math.ceil(from / QUARTER) * QUARTER; t <= last; t += QUARTER) {
    const cost = costs(t);
    const better =
      cost.weekend !== bestCost.weekend ? cost.weekend < bestCost.weekend
      : cost.quiet !== bestCost.quiet ? cost.quiet < bestCost.quiet
      : cost.outside !== bestCost.outside ? cost.outside < bestCost.outside
      : Math.abs(t - raw) !== Math.abs(best - raw) ? Math.abs(t - raw) < Math.abs(best - raw)
      : t < best;
    if (better) {
      best = t;
      bestCost = cost;
    }
  }
  return best;
}
