// The world the tests read zone names with (Intl's zones: no table when running from src/; the
// city table made from the city-timezones package as the build makes it), and needs read the way
// `ask` reads them: the time flags through app/time-flags.ts, the answers through readNeed.
import type { RuleSet } from '../src/core/types.js';
import type { Need } from '../src/core/advise.js';
import type { Memo } from '../src/core/memo.js';
import { type NeedContext, readNeed } from '../src/answers/need.js';
import { needContext } from '../src/app/time-flags.js';
import { UserError } from '../src/errors.js';
import { makeWorld } from '../src/zone-data/world.js';
import { makePlaceTable } from '../scripts/tables.js';
import cityMap from 'city-timezones/data/cityMap.json' with { type: 'json' };

/** The city table's text, as the build writes it to dist/cities.tsv. */
export const placeText = (): string => makePlaceTable(cityMap);

export const world = makeWorld({ places: placeText });

/** When and where a need is read: the reference instant (--now), the organizer's zone (--zone), --working-hours. */
export interface When {
  now: string;
  organizerZone?: string;
  workingHours?: string;
}

/** What `ask` makes of the time flags; a UserError for bad ones, as `ask` throws. */
export function contextFor(when: When, settings: Pick<RuleSet['settings'], 'workingHours'>, memo?: Memo): NeedContext {
  const time = needContext({ world, systemZone: 'UTC', now: () => new Date(0) }, { now: when.now, zone: when.organizerZone ?? 'UTC', ...(when.workingHours ? { workingHours: when.workingHours } : {}) }, settings);
  return memo ? { ...time, memo } : time;
}

/** The need `ask` reads from these answers; a UserError listing the problems otherwise. */
export function needOf(raw: Record<string, unknown>, ruleSet: Pick<RuleSet, 'questions' | 'settings'>, when: When, memo?: Memo): Need {
  const read = readNeed(raw, ruleSet as RuleSet, contextFor(when, ruleSet.settings, memo));
  if ('problems' in read) throw new UserError(read.problems);
  return read.need;
}
