// Answers + rule set + the moment -> Advice: the one assembly that `ask`, `ask --batch`,
// `rules test` and the tests all run. Pure: the time comes in as a parameter, and whatever is
// remembered between calls lives in the memo the caller passes (a batch passes one, a single
// `ask` none), never in this module.
import type { Advice } from './advice.js';
import { allFacts, deriveFacts, zoneList } from './facts.js';
import { type TeamTime, replyByLine, teamTime } from './time/facts.js';
import { stepTimes } from './time/step-times.js';
import { fillTemplate } from './template.js';
import { schedule } from './time/schedule.js';
import { type Team, makeTeam } from './time/team.js';
import type { TimeContext } from './time/types.js';
import { triage } from './triage.js';
import type { Answers, ChecklistEntry, RuleSet } from './types.js';
import type { StepAdvice } from './advice.js';
import { type Memo, NO_MEMO } from './memo.js';

export type { Memo } from './memo.js';

export interface AdviseOptions {
  /** Record every row tried and every adjustment, condition by condition (--explain). */
  explain?: boolean;
  memo?: Memo;
}

export function advise(ruleSet: RuleSet, answers: Answers, time: TimeContext, options: AdviseOptions = {}): Advice {
  const { settings } = ruleSet;
  const memo = options.memo ?? NO_MEMO;
  const zones = zoneList(answers.timezones, time.organizerZone);
  const urgency = typeof answers.urgency === 'string' ? answers.urgency : '';
  // The time-zone work is the expensive part, and a batch meets the same people again and again.
  const people = zones.join('\n');
  const team = memo.remember<Team>(`team\n${people}`, () => makeTeam(zones, time, settings, memo));
  const teamTimes = memo.remember<TeamTime>(`time\n${team.key}\n${urgency}`, () => teamTime(team, settings, urgency, memo));
  const derived = deriveFacts(answers, settings, teamTimes.facts);
  const facts = allFacts(ruleSet.questions, answers, derived);
  const v = triage(ruleSet, facts, { trace: options.explain === true });
  const { recommendation, hybridOrder, meetingMinutes } = v;
  const times = stepTimes(team, v.steps, urgency, memo);
  const templates = new Map(ruleSet.checklist.map((c) => [c.id, c.text]));
  // Each written step's checklist names its own deadline; the other steps keep the need's.
  const steps: StepAdvice[] = v.steps.map((step, i) => {
    const time = times[i]!;
    const deadline = time.replyBy;
    const ownDeadline = (entry: ChecklistEntry): ChecklistEntry => {
      const template = templates.get(entry.id);
      if (!deadline || !template?.includes('{reply_by}')) return entry;
      return { ...entry, text: fillTemplate(template, { ...facts, reply_by: replyByLine(deadline), step: step.id, step_kind: step.kind, audience: step.audience }) };
    };
    const checklist = deadline ? step.checklist.map(ownDeadline) : step.checklist;
    return { ...step, checklist, ...time };
  });
  const firstWritten = steps.find((s) => s.replyBy);
  const firstLive = steps.find((s) => s.slots || s.sessions);
  const summary = { replyBy: firstWritten?.replyBy ?? null, suggestedSlots: firstLive?.slots ?? firstLive?.sessions ?? [] };
  // Every key is always there (undefined where it does not apply, which JSON leaves out), so
  // every advice has the same shape.
  return {
    schemaVersion: 3,
    recommendation,
    label: v.label,
    hybridOrder,
    channels: v.channels,
    row: v.row,
    plan: v.plan,
    adjustments: v.adjustments,
    answers,
    facts: derived,
    reasons: v.reasons,
    steps,
    checklist: uniqueEntries(steps.flatMap((s) => s.checklist)),
    overridden: v.overridden.length > 0 ? v.overridden : undefined,
    meetingMinutes: recommendation === 'async' ? undefined : meetingMinutes,
    schedule: schedule(team, summary, memo),
    trace: v.trace,
  };
}

const uniqueEntries = (entries: ChecklistEntry[]): ChecklistEntry[] => [...new Map(entries.map((e) => [e.id, e])).values()];
