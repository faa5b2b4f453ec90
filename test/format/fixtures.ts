// Advice for the formatter tests, made the way `ask` makes it (the shipped rules, readNeed,
// advise()) for situations a person meets, at 2026-03-16T12:00Z; and a hand-written decision trace
// and questions for the small pure functions that render them.
import type { Advice } from '../../src/core/advice.js';
import { advise } from '../../src/core/advise.js';
import type { RenderContext } from '../../src/format/registry.js';
import type { DecisionTrace, Question, RuleTrace } from '../../src/core/types.js';
import { loadDefaults } from '../ruleset/helpers.js';
import { needOf } from '../world.js';

export const context = (color = false): RenderContext => ({ color, channelLabels });

const NY = 'America/New_York';
const LONDON = 'Europe/London';
const KOLKATA = 'Asia/Kolkata';
/** New York is on summer time and London is not yet. */
const NOW = '2026-03-16T12:00:00Z';

// Advice as `ask` gives it: the shipped rules, the answers read by readNeed, advise().
const rules = await loadDefaults();
export const channelLabels = Object.fromEntries(rules.channels.map((c) => [c.id, c.label]));
const adviceFor = (answers: Record<string, unknown>, organizerZone = LONDON, explain = false): Advice =>
  advise(rules, needOf(answers, rules, { now: NOW, organizerZone }), { explain });

/** A quick question to three zones that share no hour: one written step with a reply-by in each zone. */
export const asyncAdvice = adviceFor({ purpose: 'quick-question', urgency: 'this-week', attendees: 3, timezones: [NY, LONDON, KOLKATA] });

/** A brainstorm between New York and London: shared windows, and slots inside them. */
export const syncAdvice = adviceFor({ purpose: 'brainstorm', urgency: 'this-week', attendees: 5, timezones: [NY, LONDON] }, NY);

/** Feedback that cannot be written, across three zones with no shared hour: written, live outside someone's hours, written. */
export const hybridNoWindowAdvice = adviceFor({ purpose: 'feedback', urgency: 'this-week', attendees: 4, writable: false, timezones: [NY, LONDON, KOLKATA] });

/** A thread gone back and forth, no shared hour: a call whose awkward hour moves between zones from slot to slot. */
export const rotatingAdvice = adviceFor({ purpose: 'quick-question', urgency: 'this-week', attendees: 4, back_and_forth: 6, timezones: [NY, LONDON, KOLKATA] });

/** The same call between zones whose names are too long for a table of three columns. */
export const wideAdvice = adviceFor({
  purpose: 'quick-question',
  urgency: 'this-week',
  attendees: 4,
  back_and_forth: 6,
  timezones: ['America/Argentina/Buenos_Aires', 'America/Indiana/Indianapolis', 'Australia/Lord_Howe'],
});

/** Feedback needed within the hour, in one zone: advice in writing that names the signal it did not follow. */
export const singleZoneAdvice = adviceFor({ purpose: 'feedback', urgency: 'immediate', attendees: 4, timezones: [LONDON] });

/** The quick question with --explain. */
export const tracedAdvice = adviceFor({ purpose: 'quick-question', urgency: 'this-week', attendees: 3, timezones: [NY, LONDON, KOLKATA] }, LONDON, true);

const rows: RuleTrace[] = [
  {
    rule: 'quick-question-async',
    fired: true,
    condition: { kind: 'fact', passed: true, fact: 'purpose', operator: 'equal', expected: 'quick-question', actual: 'quick-question' },
  },
  {
    rule: 'brainstorm-live',
    fired: false,
    condition: {
      kind: 'all',
      passed: false,
      children: [
        { kind: 'fact', passed: false, fact: 'purpose', operator: 'in', expected: ['brainstorm', 'kickoff'], actual: 'quick-question' },
        { kind: 'fact', passed: true, fact: 'urgency', operator: 'notEqual', expected: 'immediate', actual: 'this-week' },
      ],
    },
  },
  {
    rule: 'no-overlap',
    fired: true,
    condition: {
      kind: 'all',
      passed: true,
      children: [
        { kind: 'fact', passed: true, fact: 'zone_count', operator: 'greaterThan', expected: 1, actual: 3 },
        {
          kind: 'not',
          passed: true,
          child: { kind: 'fact', passed: false, fact: 'overlap_hours', operator: 'greaterThanInclusive', expected: 1, actual: 0 },
        },
      ],
    },
  },
  {
    rule: 'sensitive-not-in-writing',
    fired: false,
    condition: {
      kind: 'any',
      passed: false,
      children: [
        { kind: 'fact', passed: false, fact: 'sensitive', operator: 'equal', expected: true, actual: false },
        { kind: 'fact', passed: false, fact: 'decision_reversible', operator: 'equal', expected: false, actual: null },
      ],
    },
  },
];

/** A trace by hand, for explain.ts alone: the rows tried up to the one that matched (the last), and the adjustments. */
export const trace: DecisionTrace = {
  rows: [rows[1]!, rows[3]!, rows[0]!],
  adjustments: [rows[2]!, { ...rows[1]!, rule: 'big-group' }],
};

/** name -> advice, for tables of snapshot cases. */
export const ADVICE_CASES: [string, Advice][] = [
  ['async-three-zones', asyncAdvice],
  ['sync-slots-windows', syncAdvice],
  ['hybrid-no-window', hybridNoWindowAdvice],
  ['single-zone', singleZoneAdvice],
  ['with-trace', tracedAdvice],
];

export const questions: Question[] = [
  {
    id: 'purpose',
    prompt: 'What is this communication for?',
    type: 'choice',
    help: 'Pick the closest match.',
    choices: [
      { value: 'quick-question', label: 'A quick question' },
      { value: 'decision', label: 'A decision' },
    ],
  },
  { id: 'attendees', prompt: 'How many people must take part, you included?', type: 'number', min: 2, max: 500, integer: true },
  { id: 'timezones', prompt: 'Which time zones are the participants in?', type: 'zones' },
  {
    id: 'reversible',
    prompt: 'Is the decision easy to undo?',
    type: 'boolean',
    default: true,
    when: { all: [{ fact: 'purpose', operator: 'equal', value: 'decision' }, { not: { fact: 'attendees', operator: 'lessThan', value: 3 } }] },
  },
];
