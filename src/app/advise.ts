// Validated answers + rule set + the moment -> Advice (the JSON contract). No I/O here:
// the clock and the zone come from the context, so the same inputs give the same advice.
import type { Advice } from '../core/advice.js';
import { deriveFacts, zoneList } from '../core/facts.js';
import { buildSchedule } from '../core/time/schedule.js';
import type { TimeContext } from '../core/time/types.js';
import { triage } from '../core/triage.js';
import type { Answers, Facts, RuleSet } from '../core/types.js';
import type { Context } from '../context.js';

export interface AdviseOptions {
  now?: string;
  zone?: string;
  workingHours?: string;
  explain?: boolean;
}

export function timeContext(ctx: Context, opts: AdviseOptions): TimeContext {
  return {
    now: opts.now ?? ctx.now().toISOString(),
    organizerZone: opts.zone ?? ctx.systemZone,
    ...(opts.workingHours ? { workingHours: opts.workingHours } : {}),
  };
}

export function advise(ruleSet: RuleSet, answers: Answers, ctx: Context, opts: AdviseOptions): Advice {
  return adviseAt(ruleSet, answers, timeContext(ctx, opts), opts.explain ?? false);
}

export function adviseAt(ruleSet: RuleSet, answers: Answers, time: TimeContext, explain: boolean): Advice {
  const facts = deriveFacts(answers, ruleSet.settings, time);
  const result = triage(ruleSet, facts);
  const meets = result.recommendation !== 'async';
  const schedule = buildSchedule(zoneList(answers.timezones, time.organizerZone), time, ruleSet.settings, {
    outcome: result.recommendation,
    urgency: typeof answers.urgency === 'string' ? answers.urgency : '',
    meetingMinutes: result.meetingMinutes,
  });
  return {
    schemaVersion: 1,
    recommendation: result.recommendation,
    label: result.label,
    ...(result.hybridOrder ? { hybridOrder: result.hybridOrder } : {}),
    channels: result.channels,
    confidence: result.confidence,
    answers,
    facts: derivedOnly(facts, answers),
    reasons: result.reasons.map(({ rule, text, source }) => ({ rule, text, source })),
    checklist: result.checklist,
    ...(meets ? { meetingMinutes: result.meetingMinutes } : {}),
    schedule,
    ...(explain ? { trace: result.trace } : {}),
  };
}

function derivedOnly(facts: Facts, answers: Answers): Facts {
  return Object.fromEntries(Object.entries(facts).filter(([key]) => !Object.hasOwn(answers, key)));
}
