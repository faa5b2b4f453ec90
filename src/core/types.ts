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
  /** In a set that extends another: ask this just before or after the named question. */
  before?: string;
  after?: string;
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
  /** The reply window of the plan's first written step when this row chooses it (e.g. P5D for an RFC). */
  replyWithin?: string;
}

export const STEP_KINDS = ['written', 'live'] as const;
export type StepKind = (typeof STEP_KINDS)[number];

/** Who a step is for. */
export const AUDIENCES = ['everyone', 'deciders', 'contributors', 'affected', 'informed', 'roles'] as const;
export type Audience = (typeof AUDIENCES)[number];

/**
 * How a live step meets: one session for everyone; per region, one session per group of zones
 * that share working hours when no hour suits everyone; per zone, one session for each zone with
 * the organizer (private conversations).
 */
export type Sessions = 'one' | 'per-region' | 'per-zone';

/** One step of a plan: written or live, for an audience, on a channel, with its own checklist. */
export interface Step {
  /** Unique within its plan. */
  id: string;
  kind: StepKind;
  /** What to do, e.g. "Each interviewer writes an assessment alone". */
  label: string;
  audience: Audience;
  /** Named roles or people, e.g. "the incident lead and whoever can act". */
  who?: string;
  /** Channel ids, best first. */
  channels: string[];
  /** Checklist item ids, most important first. */
  checklist: string[];
  /** Live steps: the length in minutes (settings.meetingMinutes when absent). */
  meetingMinutes?: number;
  /** Live steps: hours of notice before it may start. */
  noticeHours?: number;
  /** Live steps: starts at once, whoever is awake (an incident bridge); no slots to choose. */
  startsNow?: boolean;
  /** Live steps followed by a live one: held just before it, the same day (private 1:1s before the group hears). */
  justBefore?: boolean;
  /** Written steps: the working time readers get to reply (ISO 8601, working hours and days). */
  replyWithin?: string;
  /** Live steps: per-region runs one session per group of zones that share working hours. */
  sessions?: Sessions;
  /**
   * Written steps next to a live one that only prepare or report it (a brief, notes, a recap: the
   * article's agenda and follow-up practices): they belong to the meeting, so the plan stays sync.
   */
  supporting?: boolean;
  /** The step is part of the plan only when this holds (e.g. a broadcast only for a large audience). */
  when?: Condition;
}

/**
 * What to do: a short sequence of steps. `mode`, `order`, `channels` and `checklist` are derived
 * from the steps when a rule file gives steps (a plan written the older way, with a mode and one
 * checklist, is read as one or two steps).
 */
export interface Plan {
  id: string;
  steps: Step[];
  /** The reply window of the first written step (a step's own replyWithin wins). */
  replyWithin?: string;
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

/** A step as a rule file writes it: the audience defaults to everyone. */
export type StepSpec = Omit<Step, 'audience'> & { audience?: Audience };

/** A plan as a rule file writes it: steps, or (the older form) a mode, channels and one checklist. */
export type PlanSpec = Omit<Plan, 'steps' | 'mode' | 'channels' | 'checklist'> & {
  steps?: StepSpec[];
  mode?: Outcome;
  channels?: string[];
  checklist?: string[];
};

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
  /** The kind of step it fits (both when absent): a checklist never contradicts its step. */
  step?: StepKind;
  /** Older form of `step`: the modes of plan it fits. */
  modes?: Outcome[];
  /** Added to every step it fits, without a plan or an adjustment naming it. */
  always?: boolean;
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
  /** Pay times this is what an hour of someone's time costs (1.4 per HBR's calculator); a roster's cost.overhead replaces it. */
  costOverhead: number;
  /** A written update instead of a recurring meeting: minutes to write it, and for each reader to read it. */
  writtenMinutes: { write: number; read: number };
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
    /** The plan's steps that apply, by id, in order. */
    steps?: string[];
    /** The draft of a step (`ask --draft N`): text it must and must not hold. */
    draft?: { step: number; contains?: string[]; notContains?: string[] };
  };
  /** Where the example stands, for `rules test` messages. */
  file?: string;
  line?: number;
}

export const VERDICTS = ['keep', 'shorten', 'make-written', 'merge', 'review'] as const;
export type VerdictKind = (typeof VERDICTS)[number];

/**
 * `commtriage audit`: what a calendar entry tells about the need behind it. The first entry whose
 * patterns match a meeting gives its answers; what no entry gives stays unknown.
 */
export interface AuditInference {
  id: string;
  /** A regular expression (case-insensitive) the title must match. */
  title?: string;
  /** A regular expression (case-insensitive) the description must match. */
  description?: string;
  /** Matches only meetings of at most / at least this many people (the organizer included). */
  maxPeople?: number;
  minPeople?: number;
  /** Matches only series (true) or one-off meetings (false). */
  recurring?: boolean;
  /** Answers by question id. */
  answers: Record<string, AnswerValue>;
  source: string;
}

/** `commtriage audit`: what to do with a series. Rows are read top to bottom; the first that holds decides. */
export interface AuditVerdict {
  id: string;
  when?: Condition;
  verdict: VerdictKind;
  /** May hold {placeholders} of the audit's facts (docs/rule-format.md). */
  reason: string;
  source: string;
}

export interface RuleSet {
  /** `commtriage audit`: calendar entries -> answers (absent in sets made by hand in tests). */
  audit?: AuditInference[];
  /** `commtriage audit`: the verdict table. */
  verdicts?: AuditVerdict[];
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
  /** Draft templates (rules/drafts.yaml): the wording of `ask --draft`. */
  drafts?: DraftTemplate[];
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

/** A step as advised: numbered, its checklist chosen and filled in, its timing resolved. */
export interface StepAdvice extends Pick<Step, 'id' | 'kind' | 'label' | 'audience' | 'who' | 'channels' | 'meetingMinutes' | 'noticeHours' | 'replyWithin' | 'startsNow' | 'justBefore'> {
  /** 1, 2, ...: the order to do them in. */
  n: number;
  checklist: ChecklistEntry[];
  /** Live steps: one session per region when no hour suits everyone, or one per zone. */
  split?: 'per-region' | 'per-zone';
}

export interface Triage {
  recommendation: Outcome;
  steps: StepAdvice[];
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

/** The lists a draft's part may repeat one line for (`each:`): see docs/rule-format.md, "drafts". */
export const DRAFT_LISTS = ['reply_by', 'times', 'people'] as const;
export type DraftList = (typeof DRAFT_LISTS)[number];

/**
 * One part of a draft: a paragraph (`text`), a bulleted list (`items`), or one line for each
 * entry of a list (`each`, written as `item`). Shown only where `when` holds over the facts and
 * the step's checklist has an item of `with` and none of `without`.
 */
export interface DraftPart {
  /** A line shown before the part, e.g. "Agenda". */
  title?: string;
  text?: string;
  items?: string[];
  each?: DraftList;
  /** With `each`: one line per entry; {name} and {time} are the entry's (default "{name}: {time}"). */
  item?: string;
  when?: Condition;
  /** Checklist item ids: the part is shown only when the step's checklist has one of them. */
  with?: string[];
  /** Checklist item ids: the part is left out when the step's checklist has one of them. */
  without?: string[];
}

/**
 * The wording of a ready-to-send draft for a step. Its id says which steps it serves: a plan's
 * step (`plan-id/step-id`), any step of that id, or a kind (`written`, `live`) as the fallback.
 */
export interface DraftTemplate {
  id: string;
  subject: string;
  parts: DraftPart[];
  source: string;
}
