// The reply-by deadline: now + settings.replyBy[urgency] (P1D when the urgency has none), then
// moved so that it falls inside everyone's working hours, deterministically:
//   1. the raw deadline is inside a shared working window (its end included): keep it;
//   2. else the nearest moment to it when everyone is at work: the end of the latest shared window
//      before it (only if that still leaves at least half of the time asked for) or the start of
//      the next shared window after it, the earlier one on a tie;
//   3. no shared window at all: the least-bad quarter hour between half the time and three days
//      past the raw deadline: fewest people in quiet hours, then fewest people outside working
//      hours, then closest to the raw deadline (earlier on a tie). How far outside does not
//      count here, unlike for meetings: a deadline after someone's day has ended only means they
//      reply during their day.
// Quiet hours only count outside a person's own working hours: hours someone chose to work are
// not night for them.
import { Duration } from 'luxon';
import { UserError } from '../../errors.js';
import type { Settings } from '../types.js';
import { MINUTE, type Span, clashesWithQuiet, stretch } from './hours.js';
import { checkDuration } from './instant.js';
import { type Team, sharedSpans } from './team.js';

const QUARTER = 15 * MINUTE;
const DEFAULT_DELAY = 'P1D';

/** settings.replyBy[urgency], or P1D; a UserError when the setting is not a duration. */
export function replyDelay(settings: Settings, urgency: string): Duration {
  const text = Object.hasOwn(settings.replyBy, urgency) ? settings.replyBy[urgency]! : DEFAULT_DELAY;
  const problem = checkDuration(text, `settings.replyBy.${urgency}`);
  if (problem) throw new UserError(problem);
  return Duration.fromISO(text);
}

/** The deadline in epoch ms (see the top of this file). */
export function replyByInstant(team: Team, settings: Settings, urgency: string): number {
  const now = team.now.toMillis();
  const raw = Math.ceil(team.now.plus(replyDelay(settings, urgency)).toMillis() / MINUTE) * MINUTE;
  const windows = sharedSpans(team).filter((w) => w.end > now);
  if (windows.some((w) => w.start <= raw && raw <= w.end)) return raw;
  const before = windows.filter((w) => w.end <= raw && w.end - now >= (raw - now) / 2).at(-1);
  const after = windows.find((w) => w.start >= raw);
  if (before && (!after || raw - before.end <= after.start - raw)) return before.end;
  if (after) return after.start;
  return leastBadInstant(team, now + (raw - now) / 2, raw);
}

function leastBadInstant(team: Team, from: number, raw: number): number {
  const last = Math.min(raw + 3 * 24 * 60 * MINUTE, team.horizonEnd - 24 * 60 * MINUTE);
  const candidates = [raw];
  for (let t = Math.ceil(from / QUARTER) * QUARTER; t <= last; t += QUARTER) candidates.push(t);
  let best = raw;
  let bestCost: number[] | undefined;
  for (const t of candidates) {
    const { quiet, outside } = costOf(team, { start: t, end: t });
    const cost = [quiet, outside, Math.abs(t - raw), t];
    if (!bestCost || lessThan(cost, bestCost)) {
      best = t;
      bestCost = cost;
    }
  }
  return best;
}

export interface Cost {
  /** People for whom it touches quiet hours (outside their own working hours). */
  quiet: number;
  /** People for whom it is not wholly inside working hours. */
  outside: number;
  /** Sum and maximum of how far it stretches each person's working day, in ms. */
  total: number;
  worst: number;
}

/** What a span (or an instant, start = end) asks of the participants. */
export function costOf(team: Team, span: Span): Cost {
  const cost: Cost = { quiet: 0, outside: 0, total: 0, worst: 0 };
  team.participants.forEach((_, i) => {
    const work = team.work[i]!;
    if (clashesWithQuiet(work, team.quiet[i]!, span.start, span.end)) cost.quiet++;
    const s = stretch(work, span.start, span.end);
    if (s > 0) cost.outside++;
    cost.total += s;
    cost.worst = Math.max(cost.worst, s);
  });
  return cost;
}

/** Lexicographic comparison of cost tuples. */
export function lessThan(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    if (a[i]! !== b[i]!) return a[i]! < b[i]!;
  }
  return false;
}
