// Answers + rule set + the moment -> Advice: the one assembly that `ask`, `ask --batch`,
// `rules test` and the tests all run. Pure: the time comes in as a parameter, and whatever is
// remembered between calls lives in the memo the caller passes (a batch passes one, a single
// `ask` none), never in this module.
import type { Advice } from './advice.js';
import { allFacts, deriveFacts, zoneList } from './facts.js';
import { type TeamTime, teamTime } from './time/facts.js';
import { schedule } from './time/schedule.js';
import type { Schedule, TimeContext } from './time/types.js';
import { triage } from './triage.js';
import type { Answers, RuleSet } from './types.js';

/**
 * Work that repeats between the needs of one run, remembered by key. A memo serves one rule set
 * and one time context: the keys name only what varies between needs.
 */
export interface Memo {
  remember<T>(key: string, compute: () => T): T;
}

export interface AdviseOptions {
  /** Record every rule's conditions and the scores (--explain). */
  explain?: boolean;
  memo?: Memo;
}

const NO_MEMO: Memo = { remember: (_key, compute) => compute() };

export function advise(ruleSet: RuleSet, answers: Answers, time: TimeContext, options: AdviseOptions = {}): Advice {
  const { settings } = ruleSet;
  const memo = options.memo ?? NO_MEMO;
  const zones = zoneList(answers.timezones, time.organizerZone);
  const urgency = typeof answers.urgency === 'string' ? answers.urgency : '';
  // The time-zone work is the expensive part, and a batch meets the same people again and again.
  const peopleKey = `${zones.join('\n')}\n${urgency}`;
  const people = memo.remember<TeamTime>(`time\n${peopleKey}`, () => teamTime(zones, time, settings, urgency));
  const derived = deriveFacts(answers, settings, people.facts);
  const facts = allFacts(ruleSet.questions, answers, derived);
  const v = triage(ruleSet, facts, { trace: options.explain === true });
  const { recommendation, hybridOrder, meetingMinutes } = v;
  const plan = { outcome: recommendation, hybridOrder, meetingMinutes };
  const times = memo.remember<Schedule>(`schedule\n${peopleKey}\n${recommendation}\n${hybridOrder}\n${meetingMinutes}`, () =>
    schedule(people, plan),
  );
  return {
    schemaVersion: 1,
    recommendation,
    label: v.label,
    ...(hybridOrder ? { hybridOrder } : {}),
    channels: v.channels,
    confidence: v.confidence,
    answers,
    facts: derived,
    reasons: v.reasons.map(({ rule, text, source }) => ({ rule, text, source })),
    checklist: v.checklist,
    ...(recommendation === 'async' ? {} : { meetingMinutes }),
    schedule: times,
    ...(v.trace ? { scores: v.scores, trace: v.trace } : {}),
  };
}
