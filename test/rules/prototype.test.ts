// Proof that rule files cannot reach Object.prototype: reserved keys anywhere in a rule file, in
// YAML or JSON (flow) style, are refused at file:line:col before any object is built; reserved
// words as ids or fact names are refused or stay plain data.
import { afterEach, describe, expect, it } from 'vitest';
import { type RuleText, parseRuleTexts } from '../../src/rules/parse.js';
import { fixture, texts, withFiles } from './helpers.js';

const objectKeys = Object.getOwnPropertyNames(Object.prototype).sort();
afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(objectKeys);
  expect({}.constructor).toBe(Object);
});

const valid = texts(fixture('rules-valid'));
const withFile = (text: string): RuleText[] => withFiles(valid, { file: 'z.yaml', text });
const errorsOf = (files: RuleText[]): [string | undefined, string][] => {
  const result = parseRuleTexts(files);
  return 'errors' in result ? result.errors.map((e) => [e.where, e.message]) : [];
};
const reserved = (key: string) => `"${key}" is a reserved name and cannot be a key`;

describe('a reserved key in a rule file is refused at file:line:col', () => {
  it.each([
    ['__proto__ at the top', '__proto__: { polluted: true }\n', [['z.yaml:1:1', '__proto__']]],
    ['__proto__ in settings', 'settings:\n  __proto__: { polluted: true }\n', [['z.yaml:2:3', '__proto__']]],
    ['constructor.prototype in a rule', 'table:\n  - id: x\n    constructor: { prototype: { polluted: true } }\n', [['z.yaml:3:5', 'constructor'], ['z.yaml:3:20', 'prototype']]],
    ['__proto__ deep in a condition', 'table:\n  - id: x\n    when: { all: [ { not: { __proto__: { polluted: true } } } ] }\n', [['z.yaml:3:29', '__proto__']]],
    ['JSON style: "__proto__" in a condition', '{"rules": [{"id": "x", "when": {"__proto__": {"polluted": true}}}]}\n', [['z.yaml:1:33', '__proto__']]],
    ['__proto__ in a plan', 'plans:\n  - id: x\n    __proto__: { polluted: true }\n', [['z.yaml:3:5', '__proto__']]],
    ['JSON style: "\\u005f_proto__" escaped', '{"settings": {"\\u005f_proto__": {"polluted": true}}}\n', [['z.yaml:1:15', '__proto__']]],
    ['__proto__ in an example\'s answers', 'examples:\n  - name: n\n    answers: { __proto__: { polluted: true } }\n    expect: { recommendation: sync }\n', [['z.yaml:3:16', '__proto__']]],
    ['prototype under an alias', 'x-base: &b { prototype: 1 }\nsettings: *b\n', [['z.yaml:1:14', 'prototype']]],
  ])('%s', (_, text, expected) => {
    expect(errorsOf(withFile(text))).toEqual(expected.map(([where, key]) => [where, reserved(key!)]));
    const result = parseRuleTexts(withFile(text));
    expect('errors' in result && result.errors[0]!.hint).toBe('Rename or remove it.');
  });

  it('refuses the key in every file at once', () => {
    const files = withFiles(valid, { file: 'a.yaml', text: '__proto__: 1\n' }, { file: 'b.yaml', text: 'constructor: 1\n' });
    expect(errorsOf(files)).toEqual([['a.yaml:1:1', reserved('__proto__')], ['b.yaml:1:1', reserved('constructor')]]);
  });
});

describe('reserved words as ids and fact names', () => {
  it.each([
    ['a row id', 'table:\n  - id: __proto__\n    when: { fact: attendees, operator: greaterThan, value: 7 }\n    plan: workshop\n    reason: r\n    source: s\n', 'z.yaml:2:9', '"__proto__" is not a valid row id'],
    ['a plan a row chooses', 'table:\n  - id: x\n    when: { fact: attendees, operator: greaterThan, value: 7 }\n    plan: constructor\n    reason: r\n    source: s\n', 'z.yaml:4:11', 'unknown plan "constructor"'],
    ['a question id', 'questions:\n  - id: constructor\n    prompt: p\n    type: boolean\n', 'z.yaml:2:9', 'constructor'],
    ['a fact name', 'table:\n  - id: x\n    when: { fact: constructor, operator: equal, value: 1 }\n    plan: workshop\n    reason: r\n    source: s\n', 'z.yaml:3:19', 'unknown fact "constructor"'],
    ['an inherited fact name', 'table:\n  - id: x\n    when: { fact: hasOwnProperty, operator: notEqual, value: 1 }\n    plan: workshop\n    reason: r\n    source: s\n', 'z.yaml:3:19', 'unknown fact "hasOwnProperty"'],
  ])('refuses %s', (_, text, where, message) => {
    const errors = errorsOf(withFile(text));
    expect(errors[0]![0]).toBe(where);
    expect(errors[0]![1]).toContain(message);
  });

  it('keeps "constructor" as a checklist id: plain data, no inherited lookups', () => {
    const result = parseRuleTexts(withFile('checklist:\n  - id: constructor\n    text: t\n    modes: [sync]\n    source: s\n'));
    expect('ruleSet' in result && result.ruleSet.checklist.map((c) => c.id)).toContain('constructor');
  });
});
