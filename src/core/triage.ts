// Facts + rule set -> the plan, read like a flowchart. Rows are tried top to bottom and the first
// whose condition holds chooses the plan (DMN's hit policy FIRST); there are no weights and no
// sums. Adjustments then shape that plan (its checklist, its length, its notice) but never change
// its mode. Strong signals the plan does not follow are named, so nobody is overruled silently.
import { evaluate, holds } from './conditions.js';
import { fillTemplate } from './template.js';
import type { ChecklistEntry, Condition, Facts, Outcome, Plan, Row, RuleSet, RuleTrace, Triage } from './types.js';

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
export function triage(ruleSet: RuleSet, facts: Facts, options: { trace?: boolean } = {}): Triage {
  const withTrace = options.trace === true;
  const { row, rows } = firstRow(ruleSet, facts, withTrace);
  const plan = ruleSet.plans.find((p) => p.id === row.plan)!;
  // Adjustments and checklist conditions may also read which plan was chosen.
  const planFacts: Facts = { ...facts, plan: plan.id, mode: plan.mode };
  const adjustmentTrace: RuleTrace[] = [];
  const adjustments = ruleSet.adjustments.filter((adjustment) => {
    if (!withTrace) return holds(adjustment.when, planFacts);
    const condition = evaluate(adjustment.when, planFacts);
    adjustmentTrace.push({ rule: adjustment.id, fired: condition.passed, condition });
    return condition.passed;
  });
  let meetingMinutes = plan.meetingMinutes ?? ruleSet.settings.meetingMinutes;
  let noticeHours = plan.noticeHours ?? 0;
  for (const a of adjustments) {
    if (a.meetingMinutes !== undefined) meetingMinutes = a.meetingMinutes;
    if (a.noticeHours !== undefined) noticeHours = a.noticeHours;
  }
  return {
    recommendation: plan.mode,
    label: plan.label,
    ...(plan.mode === 'hybrid' ? { hybridOrder: plan.order ?? 'write-first' } : {}),
    channels: plan.channels,
    row: row.id,
    plan: plan.id,
    adjustments: adjustments.map((a) => a.id),
    reasons: [row, ...adjustments].map(({ id, reason, source }) => ({ rule: id, text: fillTemplate(reason, planFacts), source })),
    checklist: checklistFor(ruleSet, plan, adjustments.flatMap((a) => a.checklist ?? []), planFacts),
    overridden: ruleSet.signals
      .filter((s) => !follows(plan, s.suggests) && holds(s.when, planFacts))
      .map((s) => ({ signal: s.id, text: fillTemplate(s.text, planFacts) })),
    meetingMinutes,
    noticeHours,
    ...(withTrace ? { trace: { rows: rows!, adjustments: adjustmentTrace } } : {}),
  };
}

/** A hybrid both writes and meets, so it follows a signal for either. */
const follows = (plan: Plan, mode: Outcome): boolean => plan.mode === mode || plan.mode === 'hybrid';

/**
 * The plan's goal or deadline items first (what it is for), then what the adjustments add, then
 * the rest of the plan's own; each only where its condition holds and it fits the plan's mode,
 * each once, at most MAX_CHECKLIST.
 */
function checklistFor(ruleSet: RuleSet, plan: Plan, added: string[], facts: Facts): ChecklistEntry[] {
  const items = (ids: string[]) => ids.map((id) => ruleSet.checklist.find((c) => c.id === id)).filter((c) => c !== undefined);
  const own = items(plan.checklist);
  const ordered = [...own.filter((c) => c.kind), ...items(added), ...own.filter((c) => !c.kind)];
  const entries: ChecklistEntry[] = [];
  for (const item of new Set(ordered)) {
    if (item.modes && !item.modes.includes(plan.mode)) continue;
    if (item.when !== undefined && !holds(item.when, facts)) continue;
    entries.push({ id: item.id, text: fillTemplate(item.text, facts), source: item.source });
    if (entries.length === MAX_CHECKLIST) break;
  }
  return entries;
}
