// The result of `ask`: the JSON contract for scripts (schemaVersion 1) and the input of every
// formatter. Fields listed in the README keep their meaning; new fields may be added.
import type { Answers, ChecklistEntry, FactValue, HybridOrder, Outcome, RuleTrace } from './types.js';
import type { Schedule } from './time/types.js';

export interface Advice {
  schemaVersion: 1;
  recommendation: Outcome;
  /** The outcome's label from the rule set, e.g. "Handle it in writing". */
  label: string;
  hybridOrder?: HybridOrder;
  /** Channel ids, best first. */
  channels: string[];
  confidence: number;
  answers: Answers;
  /** Derived facts (overlap_hours, zone_spread_hours, ...). */
  facts: Record<string, FactValue>;
  reasons: { rule: string; text: string; source: string }[];
  checklist: ChecklistEntry[];
  /** Suggested meeting length, for sync and hybrid. */
  meetingMinutes?: number;
  schedule: Schedule;
  /** With --explain: each outcome's score from the fired rules' weights. */
  scores?: Record<Outcome, number>;
  /** With --explain: every rule, fired or not, with each condition's actual vs wanted value. */
  trace?: RuleTrace[];
}
