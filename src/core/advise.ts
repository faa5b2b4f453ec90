// A need + rule set -> Advice: the one assembly that `ask`, `ask --batch`, `rules test` and the
// tests all run. Pure: the need holds parsed values only (the boundary, answers/need.ts, made
// it), and whatever is remembered between calls lives in the memo the caller passes (a batch
// passes one, a single `ask` none), never in this module.
import { type Advice, type StepAdvice, withTimeline } from './advice.js';
import { timelineOf } from './time/timeline.js';
import { allFacts, deriveFacts } from './facts.js';
import { type TeamTime, askerOnlyZone, readersOf, replyByLine, teamTime } from './time/facts.js';
import { stepTimes } from './time/step-times.js';
import { schedule } from './time/schedule.js';
import { type Moment, type Team, teamOf } from './time/team.js';
import type { Participant } from './time/hours.js';
import { fillTemplate } from './template.js';
import { checklistIndex, checklistOf, triage } from './triage.js';
import type { Answers, ChecklistEntry, RuleSet } from './types.js';
import { type Memo, NO_MEMO } from './memo.js';
import { type Pay, isFrequency, stepCost, yearCost } from './cost.js';
import { frequencyOf } from './time/recurring.js';
import { type Series, seriesOf } from './time/series.js';
import { quietHours } from './time/hours.js';

export type { Memo } from './memo.js';

/** A need as the core takes it: every value already parsed by the boundary (answers/need.ts). */
export interface Need extends Moment {
  /** The answers, checked, with defaults filled in: what the rules read and the output echoes. */
  answers: Answers;
  /** Who takes part (the `timezones` answer, or the organizer alone): each zone and hours once, in the order given. */
  participants: Participant[];
  /** Pay per hour of the attendees, when a roster or --rate gave it (the cost is in person-hours otherwise). */
  pay?: Pay;
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
  // The time-zone work is the expensive part, and a batch meets the same people again and again:
  // each person's spans and the team's times are remembered (a memo serves one moment, see memo.ts).
  const team = teamOf(need.participants, need, settings, memo);
  const teamTimes = memo.remember<TeamTime>(`time\n${team.key}\n${urgency}`, () => teamTime(team, settings, urgency, memo));
  const attendees = typeof answers.attendees === 'number' ? answers.attendees : 1;
  const derived = deriveFacts(answers, settings, teamTimes.facts);
  derived.reply_by = replyByLine(teamTimes.replyBy, askerOnlyZone(teamTimes.replyBy.local, team.now.zone.name, attendees));
  const facts = allFacts(ruleSet.questions, answers, derived);
  const { noticeHours: _notice, overridden, meetingMinutes, steps: chosen, ...decided } = triage(ruleSet, facts, { trace: options.explain === true, memo });
  const times = stepTimes(team, chosen, urgency, memo, frequencyOf(answers.recurring));
  const { byId } = checklistIndex(ruleSet, memo);
  const every = answers.recurring;
  // Each written step's checklist names its own deadline; the other steps keep the need's.
  const steps: StepAdvice[] = chosen.map((step, i) => {
    const time = times[i]!;
    const deadline = time.replyBy;
    let filled = false; // this step's deadline and step fields are set in `facts`
    const ownDeadline = (entry: ChecklistEntry): ChecklistEntry => {
      const template = byId.get(entry.id)?.text;
      if (!deadline || !template?.includes('{reply_by}')) return entry;
      if (!filled) {
        // `facts` is this call's own record and the triage is done with it: rather than a copy,
        // each step that names its deadline sets its fields on it in turn.
        const readers = readersOf(attendees, typeof facts.audience_size === 'number' ? facts.audience_size : attendees, step.audience);
        const reply_by = replyByLine(deadline, askerOnlyZone(deadline.local, team.now.zone.name, readers));
        Object.assign(facts, { reply_by, step: step.id, step_kind: step.kind, audience: step.audience });
        filled = true;
      }
      return { ...entry, text: fillTemplate(template, facts) };
    };
    const cost = step.kind === 'live' ? { cost: stepCost(step, attendees, need.pay, settings) } : {};
    return { ...step, checklist: deadline ? step.checklist.map(ownDeadline) : step.checklist, ...time, ...cost };
  });
  const firstWritten = steps.find((s) => s.replyBy);
  const firstLive = steps.find((s) => s.slots || s.sessions);
  const summary = { replyBy: firstWritten?.replyBy ?? null, suggestedSlots: firstLive?.slots ?? firstLive?.sessions ?? [] };
  const series = seriesFor(need, ruleSet, team, firstLive, memo);
  // The triage as it is, with what only the advice knows: the answers, the derived facts, each
  // step's times, the schedule.
  const advice: Advice = {
    schemaVersion: 3,
    ...decided,
    answers,
    facts: derived,
    steps,
    checklist: checklistOf(steps),
    overridden: overridden.length > 0 ? overridden : undefined,
    meetingMinutes: decided.recommendation === 'async' ? undefined : meetingMinutes,
    ...(isFrequency(every) ? { yearly: yearCost(every, firstLive?.meetingMinutes ?? meetingMinutes, attendees, need.pay, settings) } : {}),
    schedule: schedule(team, teamTimes, summary, memo),
    ...(series ? { series } : {}),
  };
  const slot = summary.suggestedSlots[0];
  return withTimeline(advice, timelineOf(team, teamTimes.windows, slot && { start: Date.parse(slot.start), end: Date.parse(slot.end) }));
}

/** A recurring need's live step over the next year (time/series.ts); none for a one-off or a written plan. */
function seriesFor(need: Need, ruleSet: RuleSet, team: Team, live: StepAdvice | undefined, memo: Memo): Series | undefined {
  const frequency = frequencyOf(need.answers.recurring);
  const slot = live?.slots?.[0] ?? live?.sessions?.[0];
  if (!frequency || !live || !slot) return undefined;
  const minutes = Math.round((Date.parse(slot.end) - Date.parse(slot.start)) / 60_000);
  const base = { frequency, step: live.n, slot, ...(live.sessions ? { sessions: live.sessions } : {}), minutes, organizer: need.organizer, quiet: quietHours(ruleSet.settings) };
  // A batch meets the same team and slot again and again; a year of meetings is worth remembering.
  const sessions = (live.sessions ?? []).map((x) => x.start).join(',');
  const key = `series\n${team.key}\n${frequency}\n${live.n}\n${slot.start}\n${minutes}\n${sessions}`;
  return memo.remember(key, () => seriesOf({ ...base, participants: need.participants, zones: team.zones }));
}
