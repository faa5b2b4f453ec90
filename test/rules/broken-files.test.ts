// ESLint RuleTester style: each broken rule file, with the message a user sees and where.
// A case's files replace the valid fixture's files of the same name (or are added to them).
import { describe, expect, it } from 'vitest';
import { type RuleText, parseRuleTexts } from '../../src/rules/parse.js';
import { fixture, texts } from './helpers.js';

const valid = texts(fixture('rules-valid'));
const withFiles = (...files: RuleText[]): RuleText[] => [
  ...valid.filter((v) => !files.some((f) => f.file === v.file)),
  ...files,
];
const errorsOf = (files: RuleText[]): { where?: string; message: string }[] => {
  const result = parseRuleTexts(files);
  return 'errors' in result ? result.errors.map(({ where, message }) => ({ where, message })) : [];
};

const rule = (when: string, extra = ''): string =>
  `rules:\n  - id: extra\n    when: ${when}\n    effect: { sync: 1${extra} }\n    reason: r\n    source: s\n`;

// [case, file text, expected errors, file name (default z.yaml: added; else replacing that file)]
const cases: [string, string, [where: string, message: string][], string?][] = [
  ['a YAML indentation error', 'rules:\n  - id: a\n   when: x\n', [['z.yaml:3:4', 'this line is indented 3 spaces, which lines up with no line above it']]],
  ['an unquoted ": " in text', 'rules:\n  - id: a\n    reason: Note: this\n', [['z.yaml:3:13', 'Nested mappings are not allowed in compact mappings']]],
  [
    'an unclosed "{" (the parser notices on the next line; the mistake is on this one)',
    'rules:\n  - id: a\n    when: { fact: "a}", operator: equal, value: 1\n    effect: { sync: 1 }\n',
    [['z.yaml:3:11', 'this "{" is never closed with "}"']],
  ],
  ['an unclosed "["', 'rules:\n  - id: a # [not this]\n    when:\n      all: [ { fact: a, operator: equal, value: 1 }\n', [['z.yaml:4:12', 'this "[" is never closed with "]"']]],
  ['a key given twice', 'rules:\n  - id: a\n    id: b\n', [['z.yaml:3:5', 'Map keys must be unique']]],
  [
    'an unknown key',
    'checklist:\n  - id: extra\n    text: t\n    outcomes: [sync]\n    practise: sync-1\n    source: s\n',
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
    [['z.yaml:2:9', 'duplicate rule id "brainstorm-live" (first at rules.yaml:8:9)']],
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
    'checklist:\n  - id: extra\n    text: Ask the {atendees} people.\n    outcomes: [sync]\n    source: s\n',
    [['z.yaml:3:11', 'unknown placeholder "{atendees}"; did you mean "attendees"?']],
  ],
  ['an unknown channel', rule('{ all: [] }', ', channels: [vidoe]'), [['z.yaml:4:35', 'unknown channel "vidoe"; did you mean "video"?']]],
  ['a "when" reading a later question', 'questions:\n  - id: early\n    prompt: p\n    type: boolean\n    default: false\n    when: { fact: late, operator: equal, value: true }\n  - id: late\n    prompt: p\n    type: boolean\n    default: false\n', [['z.yaml:6:19', 'question "early" reads "late", which is asked at the same time or later']]],
  ['a "when" without a default', 'questions:\n  - id: extra\n    prompt: p\n    type: boolean\n    when: { fact: purpose, operator: equal, value: brainstorm }\n', [['z.yaml:5:5', 'question "extra" has a "when" but no default']]],
  ['a default outside min/max', 'questions:\n  - id: extra\n    prompt: p\n    type: number\n    min: 0\n    max: 10\n    default: 11\n', [['z.yaml:7:14', 'default 11 of "extra" is outside 0..10']]],
  ['a bad duration', 'settings:\n  replyBy: { today: 8 hours }\n', [['settings.yaml:2:21', '"8 hours" is not a valid duration']], 'settings.yaml'],
  ['a replyBy key that is no urgency', 'settings:\n  replyBy: { tomorow: PT8H }\n', [['settings.yaml:2:14', '"tomorow" is not a choice of "urgency"']], 'settings.yaml'],
  ['settings given twice', 'settings:\n  meetingMinutes: 30\n', [['z.yaml:2:3', 'settings.meetingMinutes is given twice (first at settings.yaml:3:3)']]],
  [
    'an example naming an unknown rule',
    'examples:\n  - name: extra\n    answers: { purpose: brainstorm, atendees: 3 }\n    now: 2026-02-30T10:00:00Z\n    expect: { recommendation: sync, fired: [brainstorm-lve] }\n',
    [
      ['z.yaml:3:37', 'unknown question "atendees"; did you mean "attendees"?'],
      ['z.yaml:4:10', '"2026-02-30T10:00:00Z" is not an ISO 8601 date-time'],
      ['z.yaml:5:45', 'unknown rule "brainstorm-lve"; did you mean "brainstorm-live"?'],
    ],
  ],
  ['a __proto__ key', 'rules:\n  - __proto__: { polluted: true }\n', [['z.yaml:2:5', '"__proto__" is a reserved name and cannot be a key']]],
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

  it('reports a missing outcome at the outcomes section', () => {
    const setup = valid.find((f) => f.file === 'setup.yaml')!;
    const text = setup.text.replace(/ {2}hybrid: .*\n/, '');
    expect(errorsOf(withFiles({ file: 'setup.yaml', text }))).toEqual([{ where: 'setup.yaml:6:3', message: 'outcomes.hybrid is missing' }]);
  });

  it('reports every problem in every file at once, in reading order', () => {
    const errors = errorsOf(
      withFiles(
        { file: 'y.yaml', text: rule('{ fact: atendees, operator: equal, value: 1 }') },
        {
          file: 'z.yaml',
          text: 'rules:\n  - id: far-apart\n    when: { fact: purpose, operator: equal, value: kickof }\n    effect: { sync: 1, channels: [vidoe] }\n    reasn: r\n    source: s\n',
        },
      ),
    );
    // The rule in z.yaml has a shape problem (reasn, one mistake: not also "missing reason"); its
    // id, condition and channels are still checked.
    expect(errors.map((e) => `${e.where} ${e.message}`)).toEqual([
      'y.yaml:3:19 unknown fact "atendees"; did you mean "attendees"?',
      'z.yaml:2:9 duplicate rule id "far-apart" (first at rules.yaml:21:9)',
      'z.yaml:3:52 "kickof" is not a choice of "purpose"',
      'z.yaml:4:35 unknown channel "vidoe"; did you mean "video"?',
      'z.yaml:5:5 unknown key "reasn" in rule; did you mean "reason"?',
    ]);
  });
});

describe('the order problems are shown in', () => {
  it('puts problems in examples after the rest: a misspelt section first, its echoes in examples after', () => {
    const result = parseRuleTexts([
      ...withFiles({ file: 'a-examples.yaml', text: 'examples:\n  - name: e\n    answers: { purpose: quick }\n    expect: { recommendation: async, fired: [later-rule] }\n' }),
      { file: 'z.yaml', text: 'rulez:\n  - id: later-rule\n' },
    ]);
    const errors = 'errors' in result ? result.errors : [];
    expect(errors[0]?.message).toMatch(/unknown key "rulez"/);
    expect(errors.at(-1)?.message).toMatch(/unknown rule "later-rule"/);
  });
});
