// What a moment (or a meeting) asks of the participants: how many are in their quiet hours or
// outside their working hours, and how far it stretches their working days. The reply-by
// fallback and the least-bad meeting slots score quarter hours with it.
import { MINUTE, type Span, clashesWithQuiet, stretch } from './hours.js';
import type { Team } from './team.js';

export const QUARTER = 15 * MINUTE;

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
    const stretched = stretch(work, span.start, span.end);
    if (clashesWithQuiet(work, team.quiet[i]!, span.start, span.end)) cost.quiet++;
    if (stretched > 0) cost.outside++;
    cost.total += stretched;
    cost.worst = Math.max(cost.worst, stretched);
  });
  return cost;
}
