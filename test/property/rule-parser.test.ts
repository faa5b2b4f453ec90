// For any text as a rule file, alone or beside a valid rule set, parseRuleTexts returns a rule set
// or a list of problems (each with a message and, for YAML errors, file:line:col), and never
// throws. Rule-shaped YAML built from the format's own words reaches the validator's deeper checks.
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { type RuleText, parseRuleTexts } from '../../src/rules/parse.js';
import { fixture, texts } from '../rules/helpers.js';
import { anyText, jsonish, yamlish } from './generators.js';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 150), seed: Number(process.env.PROPERTY_SEED ?? 20260316) };
const valid = texts(fixture('rules-valid'));

const WORDS = [
  'questions', 'rules', 'checklist', 'channels', 'outcomes', 'settings', 'examples', 'id', 'when', 'all', 'any', 'not', 'fact', 'operator', 'value',
  'effect', 'async', 'sync', 'hybrid', 'decide', 'exclude', 'priority', 'channels', 'reason', 'source', 'text', 'practice', 'type', 'choices', 'prompt',
  'default', 'min', 'max', 'integer', 'label', 'mode', 'hybridMargin', 'replyBy', 'workingHours', 'answers', 'expect', 'recommendation', 'fired', 'name',
  'attendees', 'purpose', 'overlap_hours', 'equal', 'greaterThan', 'in', 'contains', 'choice', 'number', 'boolean', 'zones', '__proto__', 'constructor',
];
/** Rule-file-like data: mappings keyed by the format's words, holding scalars, lists and more mappings. */
const ruleish = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', maxDepth: 5 },
    fc.constantFrom(...WORDS),
    fc.oneof(fc.integer({ min: -5, max: 600 }), fc.double({ noNaN: false }), fc.boolean(), fc.constant(null), fc.string({ maxLength: 10 })),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...WORDS), tie('node'), { maxKeys: 5 }),
  ),
})).node;
const ruleishText = fc.dictionary(fc.constantFrom('rules', 'checklist', 'questions', 'channels', 'outcomes', 'settings', 'examples'), ruleish, { minKeys: 1, maxKeys: 3 }).map((data) => stringify(data));

function expectRuleSetOrProblems(files: RuleText[]): void {
  const result = parseRuleTexts(files); // must not throw
  if ('ruleSet' in result) {
    expect(Array.isArray(result.ruleSet.rules) && Array.isArray(result.warnings)).toBe(true);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const e of result.errors) {
    expect(typeof e.message === 'string' && e.message.length > 0, JSON.stringify(e)).toBe(true);
    if (e.where !== undefined) expect(e.where).toMatch(/^[\w.-]+\.yaml(:\d+:\d+)?$/);
  }
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('the rule loader, for any text', () => {
  it('returns a rule set or problems for any text as the only file', () => {
    fc.assert(fc.property(fc.oneof(anyText, yamlish, jsonish), (text) => expectRuleSetOrProblems([{ file: 'r.yaml', text }])), RUNS);
  });

  it('returns a rule set or problems for any text beside a valid rule set', () => {
    fc.assert(fc.property(fc.oneof(anyText, yamlish, jsonish), (text) => expectRuleSetOrProblems([...valid, { file: 'zz.yaml', text }])), RUNS);
  });

  it('returns a rule set or problems for rule-shaped YAML beside a valid rule set', () => {
    fc.assert(fc.property(ruleishText, (text) => expectRuleSetOrProblems([...valid, { file: 'zz.yaml', text }])), RUNS);
  });
});
