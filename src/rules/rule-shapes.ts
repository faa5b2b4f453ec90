// The shape of one rule file, as described in docs/rule-format.md. Both the loader's checks and
// schema/rules.schema.json come from here. Cross-references (a fact a condition reads, a channel an
// effect names) are checked in validate.ts, where the whole set is known.
import { OPERATOR_TABLE, type Operator } from '../core/operators.js';
import { AUDIENCES, DRAFT_LISTS, OPERATORS, OUTCOMES, QUESTION_TYPES, STEP_KINDS, VERDICTS } from '../core/types.js';
import type { ArrayShape, ObjectShape, Shape, StringShape, VariantShape } from './shape.js';

const text = (description: string): StringShape => ({ kind: 'string', minLength: 1, description });
const listOf = (items: Shape, description: string, extra: Partial<ArrayShape> = {}): ArrayShape => ({
  kind: 'array',
  items,
  description,
  ...extra,
});

export const QUESTION_ID_PATTERN = '^[a-z][a-z0-9_]*$';
const questionId = (description: string): StringShape => ({
  kind: 'string',
  pattern: QUESTION_ID_PATTERN,
  patternHint: 'lower-case letters, digits and _, starting with a letter',
  noun: 'question id',
  description,
});
const slug = (noun: string, description: string): StringShape => ({
  kind: 'string',
  pattern: '^[a-z0-9][a-z0-9_-]*$',
  patternHint: 'lower-case letters, digits, - and _',
  noun,
  description,
});
/** Working time (window.ts checks it in full): an ISO 8601 duration without years or months, or words. */
const REPLY_WINDOW = '^(P(?!$)(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?)?|(a|an|one|\\d+(\\.\\d+)?) +((working|work|business) +)?(hours?|days?|weeks?))$';
const outcome = { kind: 'enum', values: OUTCOMES, noun: 'outcome' } as const;
const channelIds = listOf(slug('channel id', 'A channel id from `channels`.'), 'Channel ids from `channels`.', {
  unique: true,
});

const scalar: Shape[] = [{ kind: 'string' }, { kind: 'number' }, { kind: 'boolean' }];
/** A condition value or a question default: text, a number, true/false or a list of those. */
const value = (description: string): Shape => ({
  kind: 'union',
  description,
  of: [...scalar, { kind: 'array', items: { kind: 'union', of: scalar } }],
});

export const conditionRef: Shape = {
  kind: 'ref',
  name: 'condition',
  get: () => condition,
  description: 'A condition: exactly one of all, any, not, or fact + operator + value.',
};
const conditionList = listOf(conditionRef, 'Conditions.');

/** Symbols people write for operators, for the did-you-mean (and for `operator: >` in YAML): from the operator table. */
export const OPERATOR_SYMBOLS: Record<string, string> = Object.fromEntries(
  OPERATORS.flatMap((name) => ((OPERATOR_TABLE[name] as Operator).symbols ?? []).map((symbol) => [symbol, name])),
);

const condition: VariantShape = {
  kind: 'variant',
  noun: 'condition',
  description: 'A condition holds exactly one of: all, any, not, or fact with operator and value.',
  variants: {
    all: { kind: 'object', noun: 'condition', props: { all: { ...conditionList, description: 'Every one holds (an empty list holds).' } }, required: ['all'] },
    any: { kind: 'object', noun: 'condition', props: { any: { ...conditionList, description: 'At least one holds.' } }, required: ['any'] },
    not: { kind: 'object', noun: 'condition', props: { not: { ...conditionRef, description: 'Holds when the inner condition does not.' } }, required: ['not'] },
    fact: {
      kind: 'object',
      noun: 'condition',
      props: {
        fact: { kind: 'string', minLength: 1, description: 'A question id or a derived fact (zone_count, overlap_hours, ...).' },
        operator: { kind: 'enum', values: OPERATORS, noun: 'operator', aliases: OPERATOR_SYMBOLS, description: `How the fact is compared: ${OPERATORS.map((o) => `${o} (${OPERATOR_TABLE[o].states})`).join(', ')}.` },
        value: value('What the fact is compared with; a list for in/notIn.'),
      },
      required: ['fact', 'operator', 'value'],
    },
  },
};

const question: ObjectShape = {
  kind: 'object',
  noun: 'question',
  props: {
    id: questionId('Lower-case id; scripts send answers by this id.'),
    prompt: text('The question as asked, e.g. "What is this communication for?".'),
    type: { kind: 'enum', values: QUESTION_TYPES, noun: 'question type', description: 'choice, number, boolean or zones.' },
    help: text('One line shown under the prompt.'),
    choices: listOf(
      {
        kind: 'object',
        noun: 'choice',
        props: {
          value: slug('choice value', 'What scripts send, lower-case with -.'),
          label: text('What people see.'),
        },
        required: ['value', 'label'],
      },
      'type choice only: the values to pick from.',
      { minItems: 1 },
    ),
    default: value('The answer when none is given; absent means required (zones: your own zone).'),
    min: { kind: 'number', description: 'type number only: the least allowed answer.' },
    max: { kind: 'number', description: 'type number only: the most allowed answer.' },
    integer: { kind: 'boolean', description: 'type number only: whole numbers only (default false).' },
    when: { ...conditionRef, description: 'Ask only when this holds over earlier answers (needs a default).' },
    before: questionId('In a set that extends another: ask this just before the named question.'),
    after: questionId('In a set that extends another: ask this just after the named question.'),
  },
  required: ['id', 'prompt', 'type'],
};

const rowId = slug('row id', 'Unique across the rule set.');
const checklistIds = (description: string) => listOf(slug('checklist id', 'A checklist item id.'), description, { unique: true });
const hours = { kind: 'number', min: 0, max: 720, description: 'Hours of notice before a meeting may start (an agenda a day ahead needs 24).' } as const;
const minutes = { kind: 'number', integer: true, min: 5, max: 480, description: 'The meeting length in minutes.' } as const;

const replyWithin = (description: string): StringShape => ({
  kind: 'string',
  pattern: REPLY_WINDOW,
  patternHint: 'working time as an ISO 8601 duration (PT4H, P2D, P1W) or words ("2 working days", "a week")',
  noun: 'reply window',
  description,
});

const rule: ObjectShape = {
  kind: 'object',
  noun: 'row',
  description: 'A row of the decision table: rows are read top to bottom and the first that matches chooses the plan.',
  props: {
    id: rowId,
    when: { ...conditionRef, description: 'The row matches when this holds; a row without it matches every need (the last row).' },
    plan: slug('plan id', 'The plan this row chooses, from `plans`.'),
    reason: text('One line in plain words: why this plan. Shown first under "Why".'),
    source: text('Where the advice comes from, e.g. "article: ...".'),
    above: slug('row id', 'In a set that extends another: put this row just above the named row.'),
    below: slug('row id', 'In a set that extends another: put this row just below the named row.'),
    replyWithin: replyWithin("The reply window of the chosen plan's first written step when this row chooses it, e.g. P1W."),
  },
  required: ['id', 'plan', 'reason', 'source'],
};

const step: ObjectShape = {
  kind: 'object',
  noun: 'step',
  description: 'One step of a plan: written or live, for an audience, on its channels, with its own checklist.',
  props: {
    id: slug('step id', 'Unique within the plan.'),
    kind: { kind: 'enum', values: STEP_KINDS, noun: 'step kind', description: 'written (read and answered in one\'s own time) or live (everyone at once).' },
    label: text('What to do in this step, e.g. "Each interviewer writes an assessment alone".'),
    audience: { kind: 'enum', values: AUDIENCES, noun: 'audience', description: 'Who it is for: everyone (default), deciders, contributors, affected, informed (only need to know) or roles (name them in `who`).' },
    who: text('Named roles or people, e.g. "the incident lead and whoever can act".'),
    channels: { ...channelIds, minItems: 1 },
    checklist: checklistIds('Checklist item ids for this step, most important first.'),
    meetingMinutes: minutes,
    noticeHours: hours,
    justBefore: { kind: 'boolean', description: 'Live steps followed by a live one: held just before it, on the same day where the hours allow (private 1:1s before the group hears).' },
    startsNow: { kind: 'boolean', description: 'Live steps: starts at once with whoever is awake (an incident bridge); no slots to choose.' },
    replyWithin: replyWithin('Written steps: the working time each reader gets to reply (default: by the urgency, settings.replyBy).'),
    sessions: { kind: 'enum', values: ['one', 'per-region', 'per-zone'], noun: 'sessions', description: 'Live steps: one (default); per-region, one session per group of zones that share working hours when no hour suits everyone; per-zone, one for each zone with the organizer (private 1:1s).' },
    supporting: { kind: 'boolean', description: 'A written step that only prepares or reports the live step beside it (a brief, notes, a recap): the plan stays sync.' },
    when: { ...conditionRef, description: 'The step is part of the plan only when this holds.' },
  },
  required: ['id', 'kind', 'label', 'channels', 'checklist'],
};

const plan: ObjectShape = {
  kind: 'object',
  noun: 'plan',
  description: 'What to do: a short sequence of steps (or, the older form, a mode, channels and one checklist).',
  props: {
    id: slug('plan id', 'Unique; named by rows.'),
    label: text('What people see, e.g. "Write it up, then decide live".'),
    steps: listOf(step, 'The steps, in the order they happen; the mode (async, sync, hybrid) follows from them.', { minItems: 1 }),
    replyWithin: replyWithin('The reply window of the first written step, e.g. P1W for an RFC.'),
    mode: { ...outcome, description: 'Older form (without steps): async (write), sync (meet) or hybrid (both).' },
    order: { kind: 'enum', values: ['write-first', 'meet-first'], noun: 'hybrid order', description: 'Older form, hybrid only: write-first (default) or meet-first.' },
    channels: { ...channelIds, minItems: 1 },
    meetingMinutes: minutes,
    noticeHours: hours,
    checklist: checklistIds('Older form: checklist item ids, most important first.'),
  },
  required: ['id', 'label'],
};

const adjustment: ObjectShape = {
  kind: 'object',
  noun: 'adjustment',
  description: "A change to the chosen plan's shape, never to its mode. Its `when` may read `plan` and `mode` too.",
  props: {
    id: slug('adjustment id', 'Unique across the rule set.'),
    when: { ...conditionRef, description: 'Applies when this holds.' },
    reason: text('One line: what changes and why. Shown under "Why".'),
    source: text('Where the advice comes from.'),
    checklist: checklistIds('Items added to the checklist, after the plan\'s goal or deadline.'),
    meetingMinutes: minutes,
    noticeHours: hours,
  },
  required: ['id', 'when', 'reason', 'source'],
};

const signal: ObjectShape = {
  kind: 'object',
  noun: 'signal',
  description: 'A situation that usually calls for one mode; when the chosen plan does not follow it, the advice says so.',
  props: {
    id: slug('signal id', 'Unique across the rule set.'),
    when: { ...conditionRef, description: 'The signal is present when this holds.' },
    suggests: { ...outcome, description: 'The mode it usually calls for.' },
    text: text('What it usually means, e.g. "{back_and_forth} unanswered replies usually calls for a call".'),
    source: text('Where the advice comes from.'),
  },
  required: ['id', 'when', 'suggests', 'text', 'source'],
};

const checklistItem: ObjectShape = {
  kind: 'object',
  noun: 'checklist item',
  props: {
    id: slug('checklist id', 'Unique across the rule set.'),
    text: text('The advice; {fact} placeholders are filled in, e.g. {attendees}.'),
    step: { kind: 'enum', values: STEP_KINDS, noun: 'step kind', description: 'The kind of step it fits: written or live (both when absent).' },
    modes: listOf(outcome, 'Older form of `step`: the modes of plan it fits.', { minItems: 1, unique: true }),
    always: { kind: 'boolean', description: 'Add it to every step it fits, without a plan or an adjustment naming it.' },
    kind: { kind: 'enum', values: ['goal', 'deadline'], noun: 'item kind', description: 'goal: what a meeting is for; deadline: when a reply is due. Shown first.' },
    when: { ...conditionRef, description: 'Show only when this holds (may read `plan` and `mode`).' },
    practice: {
      kind: 'string',
      pattern: '^(async|sync)-[1-5]$',
      patternHint: 'async-1 to async-5 or sync-1 to sync-5',
      noun: 'practice',
      description: "Which of the article's ten best practices this serves: async-1..5, sync-1..5.",
    },
    source: text('Where the advice comes from.'),
  },
  required: ['id', 'text', 'source'],
};

const channel: ObjectShape = {
  kind: 'object',
  noun: 'channel',
  props: {
    id: slug('channel id', 'Unique; named by effects and outcomes.'),
    label: text('What people see, e.g. "Email".'),
    mode: { kind: 'enum', values: ['async', 'sync'], noun: 'channel mode', description: 'async or sync.' },
  },
  required: ['id', 'label', 'mode'],
};

const hoursRange = (description: string): StringShape => ({
  kind: 'string',
  pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$',
  patternHint: 'HH:mm-HH:mm with a 24-hour clock, e.g. "09:00-17:00"',
  noun: 'time range',
  description,
});


const settings: ObjectShape = {
  kind: 'object',
  noun: 'settings',
  props: {
    meetingMinutes: { kind: 'number', integer: true, min: 5, max: 480, description: 'Default meeting length (default 25).' },
    workingHours: hoursRange('Working hours in each participant\'s zone (default "09:00-17:00").'),
    quietHours: hoursRange('Hours nobody should be expected to read or meet (default "22:00-07:00").'),
    replyBy: {
      kind: 'map',
      noun: 'replyBy',
      description: 'Urgency choice value -> the working time each reader gets to reply, e.g. PT1H, P2D.',
      keys: slug('urgency value', 'A choice value of the urgency question.'),
      values: replyWithin('Working time: PT4H four working hours, P2D two working days, P1W a week.'),
    },
    costOverhead: { kind: 'number', min: 1, max: 5, description: "Pay times this is what an hour of someone's time costs (default 1.4); a roster's cost.overhead replaces it." },
    writtenMinutes: {
      kind: 'object',
      noun: 'writtenMinutes',
      description: 'A written update instead of a recurring meeting, for the cost per year: minutes to write it and for each reader to read it (default 30 and 5).',
      props: {
        write: { kind: 'number', integer: true, min: 0, max: 480, description: 'Minutes the author spends writing it.' },
        read: { kind: 'number', integer: true, min: 0, max: 120, description: 'Minutes each reader spends on it.' },
      },
    },
  },
};

const example: ObjectShape = {
  kind: 'object',
  noun: 'example',
  props: {
    name: text('What the example shows, e.g. "a quick question goes to a message".'),
    answers: {
      kind: 'map',
      noun: 'answers',
      description: 'Answers by question id.',
      keys: questionId('A question id.'),
      values: { kind: 'any' },
    },
    now: text('The reference instant, ISO 8601 (default 2026-01-05T12:00:00Z).'),
    zone: text("The organizer's IANA time zone (default UTC)."),
    expect: {
      kind: 'object',
      noun: 'expectation',
      props: {
        recommendation: outcome,
        row: slug('row id', 'The row that must match.'),
        plan: slug('plan id', 'The plan it must choose.'),
        channels: channelIds,
        adjustments: listOf(slug('adjustment id', 'An adjustment id.'), 'Adjustments that must apply.', { unique: true }),
        checklist: checklistIds('Checklist ids that must appear.'),
        notChecklist: checklistIds('Checklist ids that must not appear.'),
        steps: listOf(slug('step id', 'A step id of the plan.'), "The plan's steps that apply, by id, in order.", { unique: true }),
        draft: {
          kind: 'object',
          noun: 'draft expectation',
          description: 'The draft of one step (`ask --draft N`): text it must hold and text it must not.',
          props: {
            step: { kind: 'number', integer: true, min: 1, max: 20, description: 'The step number, 1 for the first.' },
            contains: listOf(text('Text the draft must hold (case-insensitive).'), 'Text the draft must hold.'),
            notContains: listOf(text('Text the draft must not hold (case-insensitive).'), 'Text the draft must not hold.'),
          },
          required: ['step'],
        },
      },
      required: ['recommendation'],
    },
  },
  required: ['name', 'answers', 'expect'],
};

const draftPart: ObjectShape = {
  kind: 'object',
  noun: 'draft part',
  description: 'One part of a draft: exactly one of text (a paragraph), items (bullets) or each (a line per reader, time or person).',
  props: {
    title: text('A line shown before the part, e.g. "Agenda".'),
    text: text('A paragraph; {fact} placeholders are filled in, [[...]] is left for the person to fill.'),
    items: listOf(text('One bullet.'), 'Bullets, in order.', { minItems: 1 }),
    each: { kind: 'enum', values: DRAFT_LISTS, noun: 'draft list', description: 'reply_by (each reader\'s deadline), times (each zone\'s time, or each session), people (each person named with --with).' },
    item: text('With each: the line for one entry; {name} and {time} are the entry\'s (default "{name}: {time}").'),
    when: { ...conditionRef, description: 'Show the part only when this holds (facts, plan, mode, step, step_kind, audience).' },
    with: checklistIds("Show the part only when the step's checklist has one of these items."),
    without: checklistIds("Leave the part out when the step's checklist has one of these items."),
  },
};

const draftTemplate: ObjectShape = {
  kind: 'object',
  noun: 'draft',
  description: 'The wording of `ask --draft` for a step: a subject and parts, in order.',
  props: {
    id: {
      kind: 'string',
      pattern: '^[a-z0-9][a-z0-9_-]*(/[a-z0-9][a-z0-9_-]*)?$',
      patternHint: 'written, live, a step id, or plan-id/step-id',
      noun: 'draft id',
      description: 'Which steps it serves: plan-id/step-id, a step id (in any plan), or written / live (the fallback for that kind).',
    },
    subject: text('The subject line (an invite\'s title for a live step).'),
    parts: listOf(draftPart, 'The parts of the message, in order.', { minItems: 1 }),
    source: text('Where the advice comes from.'),
  },
  required: ['id', 'subject', 'parts', 'source'],
};

const pattern = (description: string): StringShape => ({ kind: 'string', minLength: 1, noun: 'pattern', description });

const auditInference: ObjectShape = {
  kind: 'object',
  noun: 'audit entry',
  description: '`commtriage audit`: what a calendar entry tells about the need behind it. The first entry that matches gives its answers.',
  props: {
    id: slug('audit entry id', 'Unique across the rule set.'),
    title: pattern('A regular expression (case-insensitive) the meeting\'s title must match, e.g. "stand-?up|daily scrum".'),
    description: pattern("A regular expression (case-insensitive) the meeting's description must match."),
    maxPeople: { kind: 'number', integer: true, min: 1, max: 100000, description: 'Matches only meetings of at most this many people, the organizer included.' },
    minPeople: { kind: 'number', integer: true, min: 1, max: 100000, description: 'Matches only meetings of at least this many people.' },
    recurring: { kind: 'boolean', description: 'Matches only series (true) or only one-off meetings (false).' },
    answers: {
      kind: 'map',
      noun: 'answers',
      description: 'The answers it stands for, by question id (e.g. purpose: share-info).',
      keys: questionId('A question id.'),
      values: value('The answer.'),
    },
    source: text('Why the entry means this, e.g. "article: status meetings share information".'),
  },
  required: ['id', 'answers', 'source'],
};

const auditVerdict: ObjectShape = {
  kind: 'object',
  noun: 'verdict',
  description: '`commtriage audit`: what to do with a meeting. Rows are read top to bottom and the first that holds decides.',
  props: {
    id: slug('verdict id', 'Unique across the rule set.'),
    when: { ...conditionRef, description: "Holds over the audit's facts (mode, people, minutes, flag_* ...); a row without it matches every meeting." },
    verdict: { kind: 'enum', values: VERDICTS, noun: 'verdict', description: 'keep, shorten, make-written, merge or review.' },
    reason: text('One line in plain words; {placeholders} name audit facts, e.g. {people} or {suggested_minutes}.'),
    source: text('Where the advice comes from.'),
  },
  required: ['id', 'verdict', 'reason', 'source'],
};

/** One rule file: any of the sections, each optional (files are merged). */
export const ruleFileShape: ObjectShape = {
  kind: 'object',
  noun: 'rule file',
  description: 'A commtriage rule file (see docs/rule-format.md).',
  spelled: { rules: 'table' },
  props: {
    extends: {
      kind: 'enum',
      values: ['builtin'],
      noun: 'base rule set',
      description: "Start from the built-in rule set: items with a built-in id replace it, new ids are added.",
    },
    disable: listOf(slug('row id', 'A row id.'), 'Rows (or adjustments) switched off, e.g. built-in ones this team does not want.', { unique: true }),
    questions: listOf(question, 'Questions, asked in order.'),
    rules: listOf(rule, 'The decision table: rows read top to bottom; the first that matches chooses the plan.'),
    plans: listOf(plan, 'Plans the rows choose.'),
    adjustments: listOf(adjustment, "Changes to the chosen plan's shape (checklist, length, notice), never its mode."),
    signals: listOf(signal, 'Strong signals named when the chosen plan does not follow them.'),
    checklist: listOf(checklistItem, 'Checklist items that plans and adjustments name.'),
    channels: listOf(channel, 'Channels that plans name.'),
    settings,
    examples: listOf(example, 'Example answers and the advice they must give (`commtriage rules test`).'),
    drafts: listOf(draftTemplate, 'The wording of `ask --draft`: a template per step, or per kind of step.'),
    audit: listOf(auditInference, '`commtriage audit`: calendar entries (title, people, recurrence) -> answers; the first that matches applies.'),
    verdicts: listOf(auditVerdict, '`commtriage audit`: what to do with each meeting; the first row that holds decides.'),
  },
};
