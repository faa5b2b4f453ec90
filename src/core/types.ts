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

export type HybridOrder = 'write-first' | 'meet-first';

/**
 * A row of the decision table. Rows are read top to bottom; the first whose condition holds
 * chooses the plan (DMN's hit policy FIRST). A row without `when` matches every need.
 */
export interface Row {
  id: string;
  when?: Condition;
  /** The plan this row chooses. */
  plan: string;
  /** One line in plain words: why this plan, shown first under "Why". */
  reason: string;
  source: string;
  /** In a set that extends another: put this row just above or below the named row. */
  above?: string;
  below?: string;
}

/** What to do: a mode, channels, timing and its own checklist. */
export interface Plan {
  id: string;
  mode: Outcome;
  /** For a hybrid: write first (the meeting comes after the reply-by time) or meet first. */
  order?: HybridOrder;
  /** What people see, e.g. "Write it up, then decide live with the deciders". */
  label: string;
  /** Channel ids, best first. */
  channels: string[];
  /** The meeting's length (live plans); settings.meetingMinutes when absent. */
  meetingMinutes?: number;
  /** Hours of notice before a meeting may start (an agenda a day ahead needs 24). */
  noticeHours?: number;
  /** Checklist item ids, most important first. */
  checklist: string[];
}

/**
 * A change to the shape of whichever plan was chosen (never to its mode): items added to its
 * checklist, a shorter meeting, less notice. Its `when` may read the facts and `plan`/`mode`.
 */
export interface Adjustment {
  id: string;
  when: Condition;
  reason: string;
  source: string;
  checklist?: string[];
  meetingMinutes?: number;
  noticeHours?: number;
}

/**
 * A strong signal: a situation that usually calls for one mode. When it holds and the chosen plan
 * does not follow it, the explanation says so ("... usually calls for a call, but ...").
 */
export interface Signal {
  id: string;
  when: Condition;
  suggests: Outcome;
  /** May hold {fact} placeholders. */
  text: string;
  source: string;
}

export interface ChecklistItem {
  id: string;
  /** May hold {fact_name} placeholders, filled from the facts. */
  text: string;
  /** The modes of plan it fits (all when absent): a checklist never contradicts its plan. */
  modes?: Outcome[];
  /** goal: states what a meeting is for (every live plan has one); deadline: a reply-by (every written plan has one). */
  kind?: 'goal' | 'deadline';
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

export interface Settings {
  /** Default meeting length in minutes when neither the plan nor an adjustment sets one (25 or 50, per the anchors). */
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
    /** The row that should match, and the plan it chooses. */
    row?: string;
    plan?: string;
    channels?: string[];
    adjustments?: string[];
    checklist?: string[];
    notChecklist?: string[];
  };
  /** Where the example stands, for `rules test` messages. */
  file?: string;
  line?: number;
}

export interface RuleSet {
  questions: Question[];
  /** The decision table, in order. */
  rules: Row[];
  plans: Plan[];
  adjustments: Adjustment[];
  signals: Signal[];
  checklist: ChecklistItem[];
  channels: Channel[];
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
  /** The row matched, or the adjustment applied (`fired` in the JSON trace that scripts read). */
  fired: boolean;
  condition: ConditionTrace;
}

export interface Reason {
  /** The row, or the adjustment, that gives this reason. */
  rule: string;
  text: string;
  source: string;
}

export interface ChecklistEntry {
  id: string;
  text: string;
  source: string;
}

/** A strong signal the chosen plan does not follow, and why. */
export interface Overridden {
  signal: string;
  text: string;
}

/** How the table was read: every row up to the one that matched, and every adjustment. */
export interface DecisionTrace {
  rows: RuleTrace[];
  adjustments: RuleTrace[];
}

export interface Triage {
  recommendation: Outcome;
  label: string;
  hybridOrder?: HybridOrder;
  channels: string[];
  /** The row that matched and the plan it chose. */
  row: string;
  plan: string;
  /** The adjustments applied, in order. */
  adjustments: string[];
  reasons: Reason[];
  checklist: ChecklistEntry[];
  overridden: Overridden[];
  meetingMinutes: number;
  noticeHours: number;
  trace?: DecisionTrace;
}
