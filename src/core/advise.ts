// A need + rule set -> Advice: the one assembly that `ask`, `ask --batch`, `rules test` and the
// tests all run. Pure: the need holds parsed values only (the boundary, answers/need.ts, made
// it), and whatever is remembered between calls lives in the memo the caller passes (a batch
// passes one, a single `ask` none), never in this module.
import type { Advice } from './advice.js';
import { allFacts, deriveFacts } from './facts.js';
import { type TeamTime, teamTime } from './time/facts.js';
import { schedule } from './time/schedule.js';
import { type Moment, type Team, teamOf } from './time/team.js';
import { type Participant, personKey } from './time/hours.js';
import { triage } from './triage.js';
import type { Answers, RuleSet } from './types.js';
import { type Memo, NO_MEMO } from './memo.js';

export type { Memo } from './memo.js';

/** A need as the core takes it: every value already parsed by the boundary (answers/need.ts). */
export interface Need extends Moment {
  /** The answers, checked, with defaults filled in: what the rules read and the output echoes. */
  answers: Answers;
  /** Who takes part (the `timezones` answer, or the organizer alone): each zone and hours once, in the order given. */
  participants: Participant[];
}

export interface AdviseOptions {
  /** Record every row tried and every adjustment, condition by condition (--explain). */
  explain?: boolean;
  memo?: Memo;
}

export function advise(ruleSet: RuleSet, need: Need, options: AdviseOptions = {}): Advice {
  const { settings } = ruleSet;
  const { answers } = need;
  const memo = options.memo ?? NO_MEMO;
  const urgency = typeof answers.urgency === 'string' ? answers.urgency : '';
  // The time-zone work is the expensive part, and a batch meets the same people again and again.
  // A memo serves one moment (see memo.ts), so the people name a team.
  const people = need.participants.map(personKey).join('\n');
  const team = memo.remember<Team>(`team\n${people}`, () => teamOf(need.participants, need, settings, memo));
  const teamTimes = memo.remember<TeamTime>(`time\n${team.key}\n${urgency}`, () => teamTime(team, settings, urgency, memo));
  const derived = deriveFacts(answers, settings, teamTimes.facts);
  const facts = allFacts(ruleSet.questions, answers, derived);
  const { noticeHours, overridden, meetingMinutes, ...decided } = triage(ruleSet, facts, { trace: options.explain === true });
  const { recommendation, hybridOrder } = decided;
  // The plan's notice (an agenda a day ahead means a slot at least a day out) and the urgency
  // ("immediate" is within two hours) shape the slots.
  const plan = { outcome: recommendation, hybridOrder, meetingMinutes, urgency, minNoticeMinutes: noticeHours * 60 };
  // The triage as it is, with what only the advice knows: the answers, the derived facts, the schedule.
  return {
    schemaVersion: 2,
    ...decided,
    answers,
    facts: derived,
    overridden: overridden.length > 0 ? overridden : undefined,
    meetingMinutes: recommendation === 'async' ? undefined : meetingMinutes,
    schedule: schedule(team, teamTimes, plan, memo),
  };
}
