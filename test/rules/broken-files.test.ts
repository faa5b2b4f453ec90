// ESLint RuleTester style: each broken rule file, with the message a user sees and where.
// A case's files replace the valid fixture's files of the same name (or are added to them).
import { describe, expect, it } from 'vitest';
import { type RuleText, parseRuleTexts } from '../../src/rules/parse.js';
import { fixture, texts, withFiles as adding } from './helpers.js';

const valid = texts(fixture('rules-valid'));
const withFiles = (...files: RuleText[]): RuleText[] => adding(valid, ...files);
const errorsOf = (files: RuleText[]): { where?: string; message: string }[] => {
  const result = parseRuleTexts(files);
  return 'errors' in result ? result.errors.map(({ where, message }) => ({ where, message })) : [];
};

const rule = (when: string, plan = 'workshop'): string =>
  `table:\n  - id: extra\n    when: ${when}\n    plan: ${plan}\n    reason: r\n    source: s\n`;
const plan = (mode: string, checklist: string, more = ''): string =>
  `plans:\n  - id: extra\n    mode: ${mode}\n    label: l\n    channels: [chat]\n${more}    checklist: [${checklist}]\n`;

// [case, file text, expected errors, file name (default z.yaml: added; else replacing that file)]
const cases: [string, string, [where: string, message: string][], string?][] = [
  ['a YAML indentation error', 'table:\n  - id: a\n   when: x\n', [['z.yaml:3:4', 'this line is indented 3 spaces, which lines up with no line above it']]],
  ['an unquoted ": " in text', 'table:\n  - id: a\n    reason: Note: this\n', [['z.yaml:3:13', 'Nested mappings are not allowed in compact mappings']]],
  [
    'an unclosed "{" (the parser notices on the next line; the mistake is on this one)',
    'table:\n  - id: a\n    when: { fact: "a}", operator: equal, value: 1\n    plan: workshop\n',
    [['z.yaml:3:11', 'this "{" is never closed with "}"']],
  ],
  ['an unclosed "["', 'table:\n  - id: a # [not this]\n    when:\n      all: [ { fact: a, operator: equal, value: 1 }\n', [['z.yaml:4:12', 'this "[" is never closed with "]"']]],
  ['a key given twice', 'table:\n  - id: a\n    id: b\n', [['z.yaml:3:5', 'Map keys must be unique']]],
  [
    'an unknown key',
    'checklist:\n  - id: extra\n    text: t\n    modes: [sync]\n    practise: sync-1\n    source: s\n',
    [['z.yaml:5:5', 'unknown key "practise" in checklist item; did you mean "practice"?']],
  ],
  [
    'a misspelt operator',
    rule('{ fact: attendees, operator: greaterThen, value: 7 }'),
    [['z.yaml:3:40', 'unknown operator "greaterThen"; did you mean "greaterThan"?']],
  ],
  ['an unknown fact', rule('{ fact: atendees, operator: greaterThan, value: 7 }'), [['z.yaml:3:19', 'unknown fact "atendees"; did you mean "attendees"?']]],
  [
    'a misspelt fact and operator together',
    rule('{ fact: atendees, operator: greaterThen, value: 7 }'),
    [
      ['z.yaml:3:19', 'unknown fact "atendees"; did you mean "attendees"?'],
      ['z.yaml:3:39', 'unknown operator "greaterThen"; did you mean "greaterThan"?'],
    ],
  ],
  [
    'a duplicate rule id',
    rule('{ all: [] }').replace('id: extra', 'id: brainstorm-live'),
    [['z.yaml:2:9', 'duplicate row id "brainstorm-live" (first at rules.yaml:8:9)']],
  ],
  [
    'a value outside the choices',
    rule('{ fact: purpose, operator: equal, value: brainstrom }'),
    [['z.yaml:3:52', '"brainstrom" is not a choice of "purpose"; did you mean "brainstorm"?']],
  ],
  [
    'a value outside the choices in a list',
    rule('{ fact: purpose, operator: in, value: [brainstorm, kickof] }'),
    [['z.yaml:3:62', '"kickof" is not a choice of "purpose"']],
  ],
  ['a scalar for "in"', rule('{ fact: purpose, operator: in, value: brainstorm }'), [['z.yaml:3:49', 'operator "in" needs a list value, got "brainstorm"']]],
  [
    'a number operator on a choice',
    rule('{ fact: purpose, operator: lessThan, value: 3 }'),
    [['z.yaml:3:38', 'operator "lessThan" does not apply to "purpose", which is a choice']],
  ],
  ['a misspelt zone', rule('{ fact: timezones, operator: contains, value: Europe/Berln }'), [['z.yaml:3:57', '"Europe/Berln" is not a time zone; did you mean "Europe/Berlin"?']]],
  [
    'an unknown placeholder',
    'checklist:\n  - id: extra\n    text: Ask the {atendees} people.\n    modes: [sync]\n    source: s\n',
    [['z.yaml:3:11', 'unknown placeholder "{atendees}"; did you mean "attendees"?']],
  ],
  [
    "an unknown placeholder in a row's reason (it rendered as nothing)",
    rule('{ fact: purpose, operator: equal, value: brainstorm }').replace('reason: r', 'reason: For {atendees} people ({plan})'),
    [['z.yaml:5:13', 'unknown placeholder "{atendees}"; did you mean "attendees"?']],
  ],
  ['an unknown channel', plan('sync', 'state-goal').replace('[chat]', '[vidoe]'), [['z.yaml:5:16', 'unknown channel "vidoe"; did you mean "video"?']]],
  ['a row choosing an unknown plan', rule('{ fact: purpose, operator: equal, value: brainstorm }', 'worksop'), [['z.yaml:4:11', 'unknown plan "worksop"; did you mean "workshop"?']]],
  ['a row reading the plan it chooses', rule('{ fact: mode, operator: equal, value: sync }'), [['z.yaml:3:19', 'a row cannot read "mode": the plan is what the row chooses']]],
  [
    'a duplicate plan id',
    plan('sync', 'state-goal').replace('id: extra', 'id: workshop'),
    [['z.yaml:2:9', 'duplicate plan id "workshop" (first at rules.yaml:32:9)']],
  ],
  ['a plan naming an unknown checklist item', plan('async', 'set-deadline, name-rolls'), [['z.yaml:6:31', 'unknown checklist item "name-rolls"; did you mean "name-roles"?']]],
  ['a live plan without a goal item', plan('sync', 'name-roles'), [['z.yaml:6:5', 'plan "extra" meets live but names no goal item']]],
  ['a written plan without a deadline item', plan('async', ''), [['z.yaml:6:5', 'plan "extra" is written but names no deadline item']]],
  [
    'a hybrid plan with neither',
    plan('hybrid', 'name-roles'),
    [
      ['z.yaml:6:5', 'plan "extra" meets live but names no goal item'],
      ['z.yaml:6:5', 'plan "extra" is written but names no deadline item'],
    ],
  ],
  [
    'a checklist item whose modes contradict the plan',
    plan('async', 'set-deadline, state-goal'),
    [['z.yaml:6:31', 'checklist item "state-goal" is for sync/hybrid plans, and "extra" is async']],
  ],
  ['an order on a plan that is not hybrid', plan('sync', 'state-goal', '    order: meet-first\n'), [['z.yaml:6:5', '"order" applies only to a hybrid plan, and "extra" is sync']]],
  [
    'an adjustment naming an unknown checklist item',
    'adjustments:\n  - id: extra\n    when: { fact: mode, operator: equal, value: sync }\n    reason: r\n    source: s\n    checklist: [state-gaol]\n',
    [['z.yaml:6:17', 'unknown checklist item "state-gaol"; did you mean "state-goal"?']],
  ],
  [
    'an adjustment reading an unknown plan',
    'adjustments:\n  - id: extra\n    when: { fact: plan, operator: equal, value: worksop }\n    reason: r\n    source: s\n',
    [['z.yaml:3:49', '"worksop" is not a choice of "plan"; did you mean "workshop"?']],
  ],
  [
    'a table whose last row has a condition',
    rule('{ fact: purpose, operator: equal, value: brainstorm }').replace('extra', 'otherwise'),
    [['zz-otherwise.yaml:3:5', 'the last row, "otherwise", has a condition, so some needs would get no plan']],
    'zz-otherwise.yaml',
  ],
  ['a "when" reading a later question', 'questions:\n  - id: early\n    prompt: p\n    type: boolean\n    default: false\n    when: { fact: late, operator: equal, value: true }\n  - id: late\n    prompt: p\n    type: boolean\n    default: false\n', [['z.yaml:6:19', 'question "early" reads "late", which is asked at the same time or later']]],
  ['a "when" without a default', 'questions:\n  - id: extra\n    prompt: p\n    type: boolean\n    when: { fact: purpose, operator: equal, value: brainstorm }\n', [['z.yaml:5:5', 'question "extra" has a "when" but no default']]],
  ['a default outside min/max', 'questions:\n  - id: extra\n    prompt: p\n    type: number\n    min: 0\n    max: 10\n    default: 11\n', [['z.yaml:7:14', 'default 11 of "extra" is outside 0..10']]],
  ['a bad duration', 'settings:\n  replyBy: { today: eight hours }\n', [['settings.yaml:2:21', '"eight hours" is not a valid reply window']], 'settings.yaml'],
  ['a replyBy key that is no urgency', 'settings:\n  replyBy: { tomorow: PT8H }\n', [['settings.yaml:2:14', '"tomorow" is not a choice of "urgency"']], 'settings.yaml'],
  ['settings given twice', 'settings:\n  meetingMinutes: 30\n', [['z.yaml:2:3', 'settings.meetingMinutes is given twice (first at settings.yaml:3:3)']]],
  [
    'an example naming an unknown row, plan and adjustment',
    'examples:\n  - name: extra\n    answers: { purpose: brainstorm, atendees: 3 }\n    now: 2026-02-30T10:00:00Z\n    expect: { recommendation: sync, row: brainstorm-lve, plan: worksop, adjustments: [big-grop] }\n',
    [
      ['z.yaml:3:37', 'unknown question "atendees"; did you mean "attendees"?'],
      ['z.yaml:4:10', '"2026-02-30T10:00:00Z" is not an ISO 8601 date-time'],
      ['z.yaml:5:42', 'unknown row "brainstorm-lve"; did you mean "brainstorm-live"?'],
      ['z.yaml:5:64', 'unknown plan "worksop"; did you mean "workshop"?'],
      ['z.yaml:5:87', 'unknown adjustment "big-grop"; did you mean "big-group"?'],
    ],
  ],
  ['a __proto__ key', 'table:\n  - __proto__: { polluted: true }\n', [['z.yaml:2:5', '"__proto__" is a reserved name and cannot be a key']]],
  ['a constructor key', 'settings:\n  replyBy: { constructor: PT1H }\n', [['settings.yaml:2:14', '"constructor" is a reserved name and cannot be a key']], 'settings.yaml'],
  [
    'an alias bomb',
    ['a: &a [x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]', ''].join('\n'),
    [['z.yaml:2:8', 'Excessive alias count indicates a resource exhaustion attack']],
  ],
  ['a file that is a list', '- id: a\n', [['z.yaml:1:1', 'a rule file must be a mapping of sections']]],
];

describe('broken rule files', () => {
  it.each(cases)('reports %s at the right place', (_, text, expected, file = 'z.yaml') => {
    expect(errorsOf(withFiles({ file, text }))).toEqual(expected.map(([where, message]) => ({ where, message })));
  });

  it('reports a table left without its catch-all row at the row that is now last', () => {
    const errors = errorsOf(valid.filter((f) => f.file !== 'zz-otherwise.yaml'));
    expect(errors).toEqual([{ where: 'rules.yaml:22:5', message: 'the last row, "far-apart", has a condition, so some needs would get no plan' }]);
  });

  it('reports every problem in every file at once, in reading order', () => {
    const errors = errorsOf(
      withFiles(
        { file: 'y.yaml', text: rule('{ fact: atendees, operator: equal, value: 1 }') },
        {
          file: 'z.yaml',
          text: [
            'table:',
            '  - id: far-apart',
            '    when: { fact: purpose, operator: equal, value: kickof }',
            '    plan: workshop',
            '    reasn: r',
            '    source: s',
            'plans:',
            '  - { id: extra, mode: sync, lable: l, channels: [vidoe], checklist: [state-goal] }',
            '',
          ].join('\n'),
        },
      ),
    );
    // The row and the plan in z.yaml each have a shape problem (one mistake each: not also
    // "missing reason" or "missing label"); the row's id and condition and the plan's channels are
    // still checked.
    expect(errors.map((e) => `${e.where} ${e.message}`)).toEqual([
      'y.yaml:3:19 unknown fact "atendees"; did you mean "attendees"?',
      'z.yaml:2:9 duplicate row id "far-apart" (first at rules.yaml:21:9)',
      'z.yaml:3:52 "kickof" is not a choice of "purpose"',
      'z.yaml:5:5 unknown key "reasn" in row; did you mean "reason"?',
      'z.yaml:8:30 unknown key "lable" in plan; did you mean "label"?',
      'z.yaml:8:51 unknown channel "vidoe"; did you mean "video"?',
    ]);
  });
});

describe('the order problems are shown in', () => {
  it('puts problems in examples after the rest: a misspelt section first, its echoes in examples after', () => {
    const result = parseRuleTexts([
      ...withFiles({ file: 'a-examples.yaml', text: 'examples:\n  - name: e\n    answers: { purpose: quick }\n    expect: { recommendation: async, row: later-rule }\n' }),
      { file: 'z.yaml', text: 'rulez:\n  - id: later-rule\n' },
    ]);
    const errors = 'errors' in result ? result.errors : [];
    expect(errors[0]?.message).toMatch(/unknown key "rulez"/);
    expect(errors.at(-1)?.message).toMatch(/unknown row "later-rule"/);
  });
});
