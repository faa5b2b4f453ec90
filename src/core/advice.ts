// The result of `ask`: the JSON contract for scripts (schemaVersion 3) and the input of every
// formatter. Fields listed in the README keep their meaning; new fields may be added.
import type { Answers, ChecklistEntry, DecisionTrace, FactValue, HybridOrder, Outcome, Overridden, StepAdvice as ChosenStep } from './types.js';
import type { Schedule, StepTime } from './time/types.js';

/** A step of the plan with its checklist and its times (a reply-by, slots, or a session per region). */
export type StepAdvice = ChosenStep & StepTime;

export interface Advice {
  schemaVersion: 3;
  recommendation: Outcome;
  /** The plan's label from the rule set, e.g. "Write it up, then decide live". */
  label: string;
  hybridOrder?: HybridOrder;
  /** Channel ids, best first. */
  channels: string[];
  /** The decision-table row that matched, and the plan it chose. */
  row: string;
  plan: string;
  /** The adjustments that shaped the plan, in order. */
  adjustments: string[];
  answers: Answers;
  /** Derived facts (overlap_hours, zone_spread_hours, ...). */
  facts: Record<string, FactValue>;
  /** The matched row's reason first, then each adjustment's. */
  reasons: { rule: string; text: string; source: string }[];
  /** The plan as steps, in order: what to do, for whom, on which channel, when. */
  steps: StepAdvice[];
  /** Every step's checklist together, each item once (schemaVersion 2's field). */
  checklist: ChecklistEntry[];
  /** Strong signals the plan does not follow, each with why (absent when none). */
  overridden?: Overridden[];
  /** Suggested meeting length, for sync and hybrid. */
  meetingMinutes?: number;
  schedule: Schedule;
  /** With --explain: every row tried, up to the one that matched, and every adjustment. */
  trace?: DecisionTrace;
}
