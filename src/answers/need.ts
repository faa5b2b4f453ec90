// The one reader for needs: raw answers (merged from flags, a file, stdin, a batch line, a rule
// file's example, --with) plus the rule set and the run's context in; a typed need, or every
// problem with it, out. `ask`, `ask --batch`, `rules test` and the tests all come through here,
// so every path accepts and refuses the same input in the same words. Pure.
import type { Pay } from '../core/cost.js';
import type { Need } from '../core/advise.js';
import type { Problem } from '../core/problem.js';
import type { Participant } from '../core/time/hours.js';
import type { HoursRange } from '../core/time/zones.js';
import type { Moment } from '../core/time/team.js';
import type { RuleSet } from '../core/types.js';
import { NO_MEMO } from '../core/memo.js';
import { type ValidateOptions, type ZoneEntry, validateAnswers } from './validate.js';

/** What every need of a run shares, parsed once by the edge (app/time-flags.ts): the moment, the zones, the hours. */
export interface NeedContext extends ValidateOptions, Moment {
  /** Everyone's working hours unless their entry gives its own: --working-hours, else the rule set's. */
  hours: HoursRange;
  /** Days off each week (0 = Sunday) by zone spec, for people a roster named (--with). */
  weekends?: ReadonlyMap<string, readonly number[]>;
  /** Dates off (YYYY-MM-DD) by zone spec, for people a roster named (--with). */
  datesOff?: ReadonlyMap<string, readonly string[]>;
  /** Pay per hour of the attendees, from the roster and --rate (answers never carry it). */
  pay?: Pay;
}

export type ReadNeed = { need: Need } | { problems: Problem[] };

export function readNeed(raw: Record<string, unknown>, ruleSet: RuleSet, ctx: NeedContext): ReadNeed {
  const checked = validateAnswers(raw, ruleSet.questions, ctx);
  if ('problems' in checked) return checked;
  const { answers } = checked;
  const entries = checked.zones.timezones ?? [];
  const people = Array.isArray(answers.timezones) ? answers.timezones.join('\n') : '';
  const participants = (ctx.memo ?? NO_MEMO).remember(`participants\n${people}`, () => participantsOf(entries, answers.timezones, ctx));
  return { need: { answers, participants, now: ctx.now, organizer: ctx.organizer, ...(ctx.pay ? { pay: ctx.pay } : {}) } };
}

/** Each distinct zone and hours once, in the order given; the organizer alone when nobody is. */
function participantsOf(entries: ZoneEntry[], specs: unknown, ctx: NeedContext): Participant[] {
  const seen = new Map<string, Participant>();
  entries.forEach((entry, i) => {
    const hours = entry.hours ?? ctx.hours;
    const spec = Array.isArray(specs) ? String(specs[i]) : '';
    const [weekend, daysOff] = [ctx.weekends?.get(spec), ctx.datesOff?.get(spec)];
    const key = `${entry.zone.name}@${hours.text}`;
    if (!seen.has(key)) seen.set(key, { zone: entry.zone, hours, ...(weekend ? { weekend } : {}), ...(daysOff ? { daysOff } : {}) });
  });
  if (seen.size === 0) seen.set('', { zone: ctx.organizer, hours: ctx.hours });
  return [...seen.values()];
}
