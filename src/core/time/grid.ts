// What a moment asks of each participant, worked out once per quarter hour of the horizon.
// The reply-by fallback and the least-bad meeting slots score every quarter hour of several days
// for a team; the score is a sum over the participants, and each participant's part depends only
// on their own zone, hours and the horizon. A batch meets the same people in many teams, so each
// participant's part is computed once (per meeting length) and the team's is a few additions.
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
    add(cost, clashesWithQuiet(work, team.quiet[i]!, span.start, span.end), stretch(work, span.start, span.end));
  });
  return cost;
}

/**
 * A scorer for spans of `length` starting at any instant: from the participants' grids when the
 * start is on a quarter hour of the horizon, through costOf otherwise. Fetch it once per team;
 * it fills `into` (scoring thousands of starts should not allocate thousands of objects).
 */
export function costsFor(team: Team, length: number): (start: number, into: Cost) => Cost {
  const origin = Math.ceil(team.horizonStart / QUARTER) * QUARTER;
  const mine = team.participants.map((p, i) => {
    const key = `${p.zone}@${p.hours.text}|${team.quietHours}|${team.horizonStart}|${team.horizonEnd}|${length}`;
    let grid = grids.get(key);
    if (grid === undefined) {
      grid = makeGrid(team.work[i]!, team.quiet[i]!, origin, team.horizonEnd, length);
      if (grids.size >= 1000) grids.clear();
      grids.set(key, grid);
    }
    return grid;
  });
  return (start, into) => {
    const index = (start - origin) / QUARTER;
    if (!Number.isInteger(index) || index < 0 || index >= (mine[0]?.stretch.length ?? 0)) {
      return Object.assign(into, costOf(team, { start, end: start + length }));
    }
    into.quiet = into.outside = into.total = into.worst = 0;
    for (const grid of mine) add(into, grid.quiet[index] === 1, grid.stretch[index]!);
    return into;
  };
}

interface Grid {
  quiet: Uint8Array;
  stretch: Float64Array;
}

const grids = new Map<string, Grid>();

function makeGrid(work: Span[], quiet: Span[], origin: number, end: number, length: number): Grid {
  const count = Math.max(0, Math.floor((end - length - origin) / QUARTER) + 1);
  const grid = { quiet: new Uint8Array(count), stretch: new Float64Array(count) };
  for (let i = 0; i < count; i++) {
    const start = origin + i * QUARTER;
    grid.quiet[i] = clashesWithQuiet(work, quiet, start, start + length) ? 1 : 0;
    grid.stretch[i] = stretch(work, start, start + length);
  }
  return grid;
}

function add(cost: Cost, quiet: boolean, stretched: number): void {
  if (quiet) cost.quiet++;
  if (stretched > 0) cost.outside++;
  cost.total += stretched;
  cost.worst = Math.max(cost.worst, stretched);
}

export const noCost = (): Cost => ({ quiet: 0, outside: 0, total: 0, worst: 0 });
