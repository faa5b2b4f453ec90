// What a moment (or a meeting) asks of the participants: how many are on their weekend, in their
// quiet hours or outside their working hours, and how far it stretches their working days. The
// meeting slots score every quarter hour of several days with it: its level alone first (which
// allocates nothing), then the full cost of the starts they keep.
// Each person's part depends only on their own zone and hours, so it is worked out once per
// quarter hour of the horizon (their grid), and a team's cost is a few additions. A batch's memo
// shares each person's grid between all the teams they belong to.
import type { Memo } from '../memo.js';
import { NO_MEMO } from '../memo.js';
import { MINUTE, type Span, clashesWithQuiet, personKey, stretch, touches } from './hours.js';
import type { Team } from './team.js';

export const QUARTER = 15 * MINUTE;

export interface Cost {
  /** People for whom it touches one of their weekend days. */
  weekend: number;
  /** People for whom it touches quiet hours (outside their own working hours). */
  quiet: number;
  /** Which they are (participant indexes, ascending). */
  night: number[];
  /** People for whom it is not wholly inside working hours. */
  outside: number;
  /** Sum and maximum of how far it stretches each person's working day, in ms. */
  total: number;
  worst: number;
  /** How far it stretches each person's day (participant order), in ms. */
  each: number[];
}

interface Grid {
  /** 1 where a span of the length starting at that quarter hour touches a weekend day. */
  weekend: Uint8Array;
  /** 1 where it touches quiet hours. */
  quiet: Uint8Array;
  /** How far it stretches the working day, in ms. */
  stretch: Float64Array;
}

/** A team's costs for spans of one length: the full cost, and its level alone (cheap, allocates nothing). */
export interface Costs {
  at(start: number): Cost;
  /** Fewest people on their weekend, then in their night, as one number: lower asks less. */
  level(start: number): number;
}

/**
 * The cost of a span of `length` starting at any quarter hour of the team's horizon (or an
 * instant, length 0). Other starts fall back to working it out from the spans.
 */
export function costsFor(team: Team, length: number, memo: Memo = NO_MEMO): Costs {
  const origin = Math.ceil(team.horizonStart / QUARTER) * QUARTER;
  const count = Math.max(0, Math.floor((team.horizonEnd - length - origin) / QUARTER) + 1);
  const grids = team.participants.map((p, i) =>
    memo.remember(`grid\n${personKey(p)}\n${team.quietHours}\n${origin}\n${count}\n${length}`, () =>
      gridOf(team.work[i]!, team.quiet[i]!, team.weekends[i]!, origin, count, length),
    ),
  );
  const indexOf = (start: number): number => {
    const index = (start - origin) / QUARTER;
    return Number.isInteger(index) && index >= 0 && index < count ? index : -1;
  };
  const onWeekend = (i: number, index: number, start: number): boolean =>
    index >= 0 ? grids[i]!.weekend[index] === 1 : touches(team.weekends[i]!, start, start + length);
  const inQuiet = (i: number, index: number, start: number): boolean =>
    index >= 0 ? grids[i]!.quiet[index] === 1 : clashesWithQuiet(team.work[i]!, team.quiet[i]!, start, start + length);
  const people = team.participants.length;
  return {
    at(start) {
      const cost: Cost = { weekend: 0, quiet: 0, night: [], outside: 0, total: 0, worst: 0, each: [] };
      const index = indexOf(start);
      for (let i = 0; i < people; i++) {
        const stretched = index >= 0 ? grids[i]!.stretch[index]! : stretch(team.work[i]!, start, start + length);
        if (onWeekend(i, index, start)) cost.weekend++;
        if (inQuiet(i, index, start)) {
          cost.quiet++;
          cost.night.push(i);
        }
        if (stretched > 0) cost.outside++;
        cost.each.push(stretched);
        cost.total += stretched;
        cost.worst = Math.max(cost.worst, stretched);
      }
      return cost;
    },
    level(start) {
      const index = indexOf(start);
      let weekend = 0;
      let quiet = 0;
      for (let i = 0; i < people; i++) {
        if (onWeekend(i, index, start)) weekend++;
        if (inQuiet(i, index, start)) quiet++;
      }
      return weekend * (people + 1) + quiet;
    },
  };
}

function gridOf(work: Span[], quiet: Span[], weekend: Span[], origin: number, count: number, length: number): Grid {
  const grid = { weekend: new Uint8Array(count), quiet: new Uint8Array(count), stretch: new Float64Array(count) };
  for (let i = 0; i < count; i++) {
    const start = origin + i * QUARTER;
    grid.weekend[i] = touches(weekend, start, start + length) ? 1 : 0;
    grid.quiet[i] = clashesWithQuiet(work, quiet, start, start + length) ? 1 : 0;
    grid.stretch[i] = stretch(work, start, start + length);
  }
  return grid;
}
