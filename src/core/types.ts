// The shapes that flow through the pure core. Rule files are validated into a RuleSet;
// answers are validated into Answers; Answers plus derived facts make Facts; the engine
// turns Facts and a RuleSet into a Triage, which the formatters render.

export const OUTCOMES = ['async', 'sync', 'hybrid'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export { OPERATORS, type OperatorName } from './operators.js';
import type { OperatorName } from './operators.js';

/** An answer after validation: choice ids and zone specs are strings, yes/no is boolean. */
export type AnswerValue = string | number | boolean | string[];
/** Keys are question ids. Built with Object.create(null) by the parsers: no prototype. */
export type Answers = Record<string, AnswerValue>;

export type FactValue = string | number | boolean | string[] | null;
/** Answers (after defaults) plus derived facts such as overlap_hours. */
export type Facts = Record<string, FactValue>;

export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | FactCondition;

export interface FactCondition {
  fact: string;
  operator: OperatorName;
  value: FactValue;
}

export interface Choice {
  value: string;
  label: string;
}

export const QUESTION_TYPES = ['choice', 'number', 'boolean', 'zones'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface Question {
  id: string;
  prompt: string;
  type: QuestionType;
  /** One line shown under the prompt and in `commtriage questions`. */
  help?: string;
  /** type choice only. */
  choices?: Choice[];
  /**
   * Absent means required, except for type zones, where absent means "the organizer's own
   * zone" (a list of one). A question with `when` must have a default (or be zones).
   */
  default?: AnswerValue;
  /** type number only. */
  min?: number;
  max?: number;
  integer?: boolean;
  /** Ask only when this holds over the answers given so far. */
  when?: Condition;
}

export interface Effect {
  /** Weights added to each outcome's score. */
  async?: number;
  sync?: number;
  hybrid?: number;
  /** A decisive outcome: the highest-priority decisive rule that fires wins outright. */
  decide?: Outcome;
  priority?: number;
  /** Outcomes this rule rules out when it fires (e.g. sensitive matters: never async). */
  exclude?: Outcome[];
  /** Channel ids suggested when this rule fires (kept only if they fit the outcome). */
  channels?: string[];
  /** For a hybrid outcome: write first (default) or meet first. */
  hybridOrder?: HybridOrder;
  /** Suggested meeting length; the longest among fired rules wins, else settings.meetingMinutes. */
  meetingMinutes?: number;
}

export type HybridOrder = 'write-first' | 'meet-first';

export interface Rule {
  id: string;
  when: Condition;
  effect: Effect;
  /** One line in plain words, shown as a reason when the rule fires. */
  reason: string;
  source: string;
}

export interface ChecklistItem {
  id: string;
  /** May hold {fact_name} placeholders, filled from the facts. */
  text: string;
  outcomes: Outcome[];
  when?: Condition;
  source: string;
  /** Which of the article's ten best practices this serves, e.g. async-2 or sync-5. */
  practice?: string;
}

export interface Channel {
  id: string;
  label: string;
  mode: 'async' | 'sync';
}

export interface OutcomeInfo {
  label: string;
  /** Channels suggested when no fired rule suggests one that fits. */
  channels: string[];
}

export interface Settings {
  /** When async and sync scores are this close (relative to the larger), the outcome is hybrid. */
  hybridMargin: number;
  /** Default meeting length in minutes when no fired rule sets one (25 or 50, per the anchors). */
  meetingMinutes: number;
  /** Everyone's working hours unless overridden: "HH:mm-HH:mm" in each participant's own zone. */
  workingHours: string;
  /** Hours when nobody should be expected to read or meet: "HH:mm-HH:mm", may wrap midnight. */
  quietHours: string;
  /** Urgency choice value -> ISO 8601 duration until the reply-by time (e.g. PT1H, P3D). */
  replyBy: Record<string, string>;
}

export interface Example {
  name: string;
  answers: Record<string, unknown>;
  now?: string;
  zone?: string;
  expect: {
    recommendation: Outcome;
    channels?: string[];
    fired?: string[];
    notFired?: string[];
    checklist?: string[];
  };
  /** Where the example stands, for `rules test` messages. */
  file?: string;
  line?: number;
}

export interface RuleSet {
  questions: Question[];
  rules: Rule[];
  checklist: ChecklistItem[];
  channels: Channel[];
  outcomes: Record<Outcome, OutcomeInfo>;
  settings: Settings;
  examples: Example[];
  /** Where the set was loaded from (a directory), or "built-in". */
  origin: string;
}

/** The record of one evaluated condition, json-rules-engine style. */
export type ConditionTrace =
  | { kind: 'all' | 'any'; passed: boolean; children: ConditionTrace[] }
  | { kind: 'not'; passed: boolean; child: ConditionTrace }
  | {
      kind: 'fact';
      passed: boolean;
      fact: string;
      operator: OperatorName;
      expected: FactValue;
      actual: FactValue;
    };

export interface RuleTrace {
  rule: string;
  fired: boolean;
  condition: ConditionTrace;
}

export interface Reason {
  rule: string;
  text: string;
  /** The rule's effect, for sorting and display: decisive rules first, then by weight. */
  weight: number;
  source: string;
}

export interface ChecklistEntry {
  id: string;
  text: string;
  source: string;
}

export interface Triage {
  recommendation: Outcome;
  label: string;
  hybridOrder?: HybridOrder;
  channels: string[];
  confidence: number;
  scores: Record<Outcome, number>;
  reasons: Reason[];
  checklist: ChecklistEntry[];
  /** Every rule, fired or not, with each comparison (absent when triage was asked not to record it). */
  trace?: RuleTrace[];
  meetingMinutes: number;
}
