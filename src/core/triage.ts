// Facts + rule set -> the plan, read like a flowchart. Rows are tried top to bottom and the first
// whose condition holds chooses the plan (DMN's hit policy FIRST); there are no weights and no
// sums. Adjustments then shape that plan (its checklist, its length, its notice) but never change
// its mode. Strong signals the plan does not follow are named, so nobody is overruled silently.
import { evaluate, holds } from './conditions.js';
import { fillTemplate } from './template.js';
import { withFacts } from './facts.js';
import { itemFits, modeOfSteps } from './steps.js';
import { type Memo, NO_MEMO } from './memo.js';
import type { Adjustment, ChecklistEntry, ChecklistItem, Condition, Facts, Outcome, Plan, Row, RuleSet, RuleTrace, StepAdvice, Triage } from './types.js';

/** At most this many checklist items are shown, most important first. */
export const MAX_CHECKLIST = 8;

const ALWAYS: Condition = { all: [] };

/** The first row whose condition holds, and (when asked) the trail of every row tried. */
function firstRow(ruleSet: RuleSet, facts: Facts, withTrace: boolean): { row: Row; rows?: RuleTrace[] } {
  const rows: RuleTrace[] = [];
  for (const row of ruleSet.rules) {
    if (!withTrace) {
      if (row.when === undefined || holds(row.when, facts)) return { row };
      continue;
    }
    const condition = evaluate(row.when ?? ALWAYS, facts);
    rows.push({ rule: row.id, fired: condition.passed, condition });
    if (condition.passed) return { row, rows };
  }
  // Validation makes the last row match every need; this is only for a set built by hand.
  throw new Error('no row of the decision table matched: its last row must have no condition');
}

/** Facts + rule set -> the plan and its checklist. With `trace`, the record of how it was read. */
export function triage(ruleSet: RuleSet, facts: Facts, options: { trace?: boolean; memo?: Memo } = {}): Triage {
  const withTrace = options.trace === true;
  const { row, rows } = firstRow(ruleSet, facts, withTrace);
  const plan = ruleSet.plans.find((p) => p.id === row.plan)!;
  // Adjustments and checklist conditions may also read which plan was chosen.
  const planFacts: Facts = { ...facts, plan: plan.id, mode: plan.mode, ...personHours(facts, plan, ruleSet.settings.meetingMinutes) };
  const adjustmentTrace: RuleTrace[] = [];
  const adjustments = ruleSet.adjustments.filter((adjustment) => {
    if (!withTrace) return holds(adjustment.when, planFacts);
    const condition = evaluate(adjustment.when, planFacts);
    adjustmentTrace.push({ rule: adjustment.id, fired: condition.passed, condition });
    return condition.passed;
  });
  const added = adjustments.flatMap((a) => a.checklist ?? []);
  const steps = stepsFor(ruleSet, checklistIndex(ruleSet, options.memo ?? NO_MEMO), plan, row, adjustments, added, planFacts);
  // A plan whose steps all drop out (their `when`) keeps its own mode.
  const mode = steps.length > 0 ? modeOfSteps(plan.steps.filter((s) => steps.some((chosen) => chosen.id === s.id))) : plan.mode;
  const firstLive = steps.find((step) => step.kind === 'live');
  return {
    recommendation: mode,
    steps,
    label: plan.label,
    ...(mode === 'hybrid' ? { hybridOrder: steps[0]?.kind === 'live' ? 'meet-first' : 'write-first' } : {}),
    channels: [...new Set(steps.flatMap((step) => step.channels))],
    row: row.id,
    plan: plan.id,
    adjustments: adjustments.map((a) => a.id),
    reasons: [row, ...adjustments].map(({ id, reason, source }) => ({ rule: id, text: fillTemplate(reason, planFacts), source })),
    checklist: checklistOf(steps),
    overridden: ruleSet.signals
      .filter((s) => !follows(mode, s.suggests) && holds(s.when, planFacts))
      .map((s) => ({ signal: s.id, text: fillTemplate(s.text, planFacts) })),
    meetingMinutes: firstLive?.meetingMinutes ?? plan.meetingMinutes ?? ruleSet.settings.meetingMinutes,
    noticeHours: firstLive?.noticeHours ?? 0,
    ...(withTrace ? { trace: { rows: rows!, adjustments: adjustmentTrace } } : {}),
  };
}

/** Once the plan is chosen, person-hours count its own first live step's length (rows read the default). */
function personHours(facts: Facts, plan: Plan, fallback: number): Facts {
  const attendees = typeof facts.attendees === 'number' ? facts.attendees : undefined;
  const live = plan.steps.find((s) => s.kind === 'live');
  if (attendees === undefined || !live) return {};
  return { person_hours: Math.round((attendees * (live.meetingMinutes ?? plan.meetingMinutes ?? fallback)) / 6) / 10 };
}

/** A hybrid both writes and meets, so it follows a signal for either. */
const follows = (mode: Outcome, suggested: Outcome): boolean => mode === suggested || mode === 'hybrid';

/** The steps' checklists as one, each item once: where it first comes, with its last text (a step may fill in its own deadline). */
export function checklistOf(steps: readonly { checklist: readonly ChecklistEntry[] }[]): ChecklistEntry[] {
  const at = new Map<string, number>();
  const all: ChecklistEntry[] = [];
  for (const step of steps) {
    for (const entry of step.checklist) {
      const i = at.get(entry.id);
      if (i === undefined) at.set(entry.id, all.push(entry) - 1);
      else all[i] = entry;
    }
  }
  return all;
}

/**
 * The plan's steps that apply, each with its checklist: the step's goal or deadline item first,
 * then what the adjustments add (each in the first step it fits), then the items every step gets,
 * then the rest of the step's own; each only where its condition holds, at most MAX_CHECKLIST.
 */
/** The rule set's checklist by id, and the items every step gets: worked out once a run (a batch's memo). */
interface ChecklistIndex {
  byId: Map<string, ChecklistItem>;
  always: ChecklistItem[];
}

export const checklistIndex = (ruleSet: RuleSet, memo: Memo): ChecklistIndex =>
  memo.remember('checklist index', () => ({ byId: new Map(ruleSet.checklist.map((c) => [c.id, c])), always: ruleSet.checklist.filter((c) => c.always === true) }));

function stepsFor(ruleSet: RuleSet, { byId, always }: ChecklistIndex, plan: Plan, row: Row, adjustments: Adjustment[], added: string[], facts: Facts): StepAdvice[] {
  const items = (ids: string[]) => ids.map((id) => byId.get(id)).filter((c) => c !== undefined);
  const placed = new Set<string>();
  const chosen = plan.steps.filter((step) => step.when === undefined || holds(step.when, facts));
  const firstWritten = chosen.find((step) => step.kind === 'written');
  const firstLive = chosen.find((step) => step.kind === 'live');
  // One copy of the facts for every step, its step fields set in turn (nothing keeps a step's facts).
  const stepFacts = withFacts(facts, { step: null, step_kind: null, audience: null });
  return chosen.map((step, index): StepAdvice => {
    stepFacts.step = step.id;
    stepFacts.step_kind = step.kind;
    stepFacts.audience = step.audience;
    const own = items(step.checklist);
    const ordered = [...own.filter((c) => c.kind), ...items(added).filter((c) => !placed.has(c.id)), ...always, ...own.filter((c) => !c.kind)];
    const checklist: ChecklistEntry[] = [];
    for (const item of new Set(ordered)) {
      if (!itemFits(item, step.kind, plan.mode)) continue;
      if (item.when !== undefined && !holds(item.when, stepFacts)) continue;
      if (added.includes(item.id)) placed.add(item.id);
      checklist.push({ id: item.id, text: fillTemplate(item.text, stepFacts), source: item.source });
      if (checklist.length === MAX_CHECKLIST) break;
    }
    const live = step.kind === 'live';
    let meetingMinutes = step.meetingMinutes ?? plan.meetingMinutes ?? ruleSet.settings.meetingMinutes;
    let noticeHours = step.noticeHours ?? (step === firstLive ? plan.noticeHours : undefined) ?? 0;
    for (const a of adjustments) {
      if (a.meetingMinutes !== undefined) meetingMinutes = a.meetingMinutes;
      if (a.noticeHours !== undefined) noticeHours = a.noticeHours;
    }
    const urgency = typeof facts.urgency === 'string' ? facts.urgency : '';
    const replyWithin =
      step.replyWithin ?? (step === firstWritten ? (row.replyWithin ?? plan.replyWithin) : undefined) ?? ruleSet.settings.replyBy[urgency] ?? 'P1D';
    return {
      n: index + 1,
      id: step.id,
      kind: step.kind,
      label: fillTemplate(step.label, stepFacts),
      audience: step.audience,
      ...(step.who ? { who: fillTemplate(step.who, stepFacts) } : {}),
      channels: step.channels,
      checklist,
      ...(live ? { meetingMinutes, noticeHours, ...(step.startsNow ? { startsNow: true } : {}), ...(step.justBefore ? { justBefore: true } : {}), ...(step.sessions === 'per-region' || step.sessions === 'per-zone' ? { split: step.sessions } : {}) } : { replyWithin }),
    };
  });
}
