// Hand-built advice for the formatter tests: realistic times (reference 2026-03-16T12:00Z, when
// New York is on summer time and London is not yet), so snapshots read like real output.
import type { Advice } from '../../src/core/advice.js';
import type { RenderContext } from '../../src/format/registry.js';
import type { Schedule } from '../../src/core/time/types.js';
import type { DecisionTrace, Question, RuleTrace } from '../../src/core/types.js';

export const context = (color = false): RenderContext => ({
  color,
  channelLabels: {
    email: 'Email',
    'direct-message': 'Direct message',
    'doc-comments': 'Comments in a shared doc',
    'video-meeting': 'Video meeting',
  },
});

const NY = 'America/New_York';
const LONDON = 'Europe/London';
const KOLKATA = 'Asia/Kolkata';

const hours = (...zones: string[]) => zones.map((zone) => ({ zone, hours: '09:00-17:00' }));

const noWindowSchedule: Schedule = {
  referenceDate: '2026-03-16',
  organizerZone: LONDON,
  quietHours: '22:00-07:00',
  overlapHours: 0,
  participants: hours(NY, LONDON, KOLKATA),
  windows: [],
  replyBy: {
    utc: '2026-03-19T16:00:00.000Z',
    local: { [NY]: 'Thu 19 Mar 12:00', [LONDON]: 'Thu 19 Mar 16:00', [KOLKATA]: 'Thu 19 Mar 21:30' },
  },
  suggestedSlots: [],
};

export const asyncAdvice: Advice = {
  schemaVersion: 3,
  steps: [],
  recommendation: 'async',
  label: 'Handle it in writing',
  channels: ['direct-message', 'email'],
  row: 'quick-question',
  plan: 'quick-message',
  adjustments: ['readers-across-zones'],
  answers: { purpose: 'quick-question', urgency: 'this-week', attendees: 3, timezones: [NY, LONDON, KOLKATA] },
  facts: { zone_count: 3, overlap_hours: 0, zone_spread_hours: 9.5 },
  reasons: [
    { rule: 'quick-question-async', text: 'A quick question is answered fastest in writing.', source: 'article' },
    { rule: 'no-overlap', text: 'Nobody shares working hours, so a message reaches everyone in their own day.', source: 'article' },
  ],
  checklist: [
    { id: 'bottom-line', text: 'Put the question in the first line.', source: 'article: async-3' },
    { id: 'set-deadline', text: 'Ask for a reply by Thu 19 Mar 12:00 America/New_York · Thu 19 Mar 16:00 Europe/London · Thu 19 Mar 21:30 Asia/Kolkata.', source: 'article: async-2' },
  ],
  schedule: noWindowSchedule,
};

export const syncAdvice: Advice = {
  schemaVersion: 3,
  steps: [],
  recommendation: 'sync',
  label: 'Meet live',
  channels: ['video-meeting'],
  row: 'brainstorm',
  plan: 'workshop',
  adjustments: [],
  answers: { purpose: 'brainstorm', urgency: 'this-week', attendees: 5, timezones: [NY, LONDON] },
  facts: { zone_count: 2, overlap_hours: 4 },
  reasons: [{ rule: 'brainstorm-live', text: 'Ideas grow faster when people build on each other live.', source: 'article' }],
  checklist: [
    { id: 'agenda', text: 'Share an agenda written as questions a day ahead.', source: 'article: sync-3' },
    { id: 'follow-up', text: 'Send the takeaways and owners in writing afterwards.', source: 'article: sync-5' },
  ],
  meetingMinutes: 25,
  schedule: {
    referenceDate: '2026-03-16',
    organizerZone: NY,
    quietHours: '22:00-07:00',
    overlapHours: 4,
    participants: hours(NY, LONDON),
    windows: [
      ['16', 'Mon'],
      ['17', 'Tue'],
      ['18', 'Wed'],
      ['19', 'Thu'],
      ['20', 'Fri'],
    ].map(([day, weekday]) => ({
      start: `2026-03-${day}T13:00:00.000Z`,
      end: `2026-03-${day}T17:00:00.000Z`,
      local: { [NY]: '09:00-13:00', [LONDON]: '13:00-17:00' },
      days: { [NY]: `${weekday} ${day} Mar`, [LONDON]: `${weekday} ${day} Mar` },
      hours: 4,
    })),
    replyBy: null,
    suggestedSlots: [
      { start: '2026-03-16T13:00:00.000Z', end: '2026-03-16T13:25:00.000Z', local: { [NY]: 'Mon 16 Mar 09:00-09:25', [LONDON]: 'Mon 16 Mar 13:00-13:25' } },
      { start: '2026-03-17T13:00:00.000Z', end: '2026-03-17T13:25:00.000Z', local: { [NY]: 'Tue 17 Mar 09:00-09:25', [LONDON]: 'Tue 17 Mar 13:00-13:25' } },
      { start: '2026-03-18T13:00:00.000Z', end: '2026-03-18T13:25:00.000Z', local: { [NY]: 'Wed 18 Mar 09:00-09:25', [LONDON]: 'Wed 18 Mar 13:00-13:25' } },
    ],
  },
};

export const hybridNoWindowAdvice: Advice = {
  schemaVersion: 3,
  steps: [],
  recommendation: 'hybrid',
  label: 'Write first, then meet briefly',
  hybridOrder: 'meet-first',
  channels: ['video-meeting', 'doc-comments'],
  row: 'first-contact',
  plan: 'meet-then-write',
  adjustments: ['no-shared-hours'],
  answers: { purpose: 'kickoff', urgency: 'this-week', attendees: 4, timezones: [NY, LONDON, KOLKATA] },
  facts: { zone_count: 3, overlap_hours: 0 },
  reasons: [
    { rule: 'kickoff-live', text: 'A launch goes better when people meet the plan and each other live.', source: 'article' },
    { rule: 'no-overlap', text: 'Nobody shares working hours, so keep the live part short.', source: 'article' },
  ],
  checklist: [{ id: 'record', text: 'Record the meeting for anyone who cannot join, and say so first.', source: 'article: sync-2' }],
  meetingMinutes: 50,
  schedule: {
    ...noWindowSchedule,
    suggestedSlots: [
      {
        start: '2026-03-17T12:30:00.000Z',
        end: '2026-03-17T13:20:00.000Z',
        local: { [NY]: 'Tue 17 Mar 08:30-09:20', [LONDON]: 'Tue 17 Mar 12:30-13:20', [KOLKATA]: 'Tue 17 Mar 18:00-18:50' },
        outsideHours: [
          { zone: NY, hours: 0.5 },
          { zone: KOLKATA, hours: 1.83 },
        ],
      },
      {
        start: '2026-03-18T13:00:00.000Z',
        end: '2026-03-18T13:50:00.000Z',
        local: { [NY]: 'Wed 18 Mar 09:00-09:50', [LONDON]: 'Wed 18 Mar 13:00-13:50', [KOLKATA]: 'Wed 18 Mar 18:30-19:20' },
        outsideHours: [{ zone: KOLKATA, hours: 2.33 }],
      },
    ],
  },
};

export const singleZoneAdvice: Advice = {
  schemaVersion: 3,
  steps: [],
  recommendation: 'hybrid',
  label: 'Write first, then meet briefly',
  hybridOrder: 'write-first',
  channels: ['doc-comments', 'video-meeting'],
  row: 'decision-needs-nuance',
  plan: 'write-then-decide',
  adjustments: ['short-notice'],
  overridden: [{ signal: 'nuance', text: 'what would lose its nuance in writing is usually better said live' }],
  answers: { purpose: 'feedback', urgency: 'today', attendees: 3, timezones: [LONDON] },
  facts: { zone_count: 1, overlap_hours: 8 },
  reasons: [{ rule: 'feedback-in-writing', text: 'Comments on a draft are clearest next to the text.', source: 'article' }],
  checklist: [{ id: 'set-deadline', text: 'Ask for comments by Mon 16 Mar 17:00 Europe/London.', source: 'article: async-2' }],
  meetingMinutes: 25,
  schedule: {
    referenceDate: '2026-03-16',
    organizerZone: LONDON,
    quietHours: '22:00-07:00',
    overlapHours: 8,
    participants: hours(LONDON),
    windows: [{ start: '2026-03-16T09:00:00.000Z', end: '2026-03-16T17:00:00.000Z', local: { [LONDON]: '09:00-17:00' }, days: { [LONDON]: 'Mon 16 Mar' }, hours: 8 }],
    replyBy: { utc: '2026-03-16T17:00:00.000Z', local: { [LONDON]: 'Mon 16 Mar 17:00' } },
    suggestedSlots: [
      { start: '2026-03-17T09:00:00.000Z', end: '2026-03-17T09:25:00.000Z', local: { [LONDON]: 'Tue 17 Mar 09:00-09:25' } },
    ],
  },
};

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

/** The rows tried up to the one that matched (the last), and the adjustments. */
export const trace: DecisionTrace = {
  rows: [rows[1]!, rows[3]!, rows[0]!],
  adjustments: [rows[2]!, { ...rows[1]!, rule: 'big-group' }],
};

export const tracedAdvice: Advice = { ...asyncAdvice, trace };

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
