// The JSON Schemas shipped in schema/ come from the same shapes the loader checks with; these tests
// keep the committed files in step (regenerate with `node scripts/gen-schema.mjs`) and check that an
// independent validator (Ajv) accepts every shipped rule file and rejects broken ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseRuleTexts } from '../../src/rules/parse.js';
import { answersSchema, rulesSchema, schemaText } from '../../src/rules/schema.js';
import { fixture, root, texts } from './helpers.js';

const REGENERATE = 'schema/ is out of step with src/rules: run `node scripts/gen-schema.mjs` and commit the result';
const shipped = texts(join(root, 'rules'));
const committed = (name: string): string => readFileSync(join(root, 'schema', name), 'utf8');
const ajv = new Ajv({ allErrors: true });
const validateRuleFile = ajv.compile(rulesSchema());

describe('schema/rules.schema.json', () => {
  it('is what the generator writes', () => {
    expect(committed('rules.schema.json'), REGENERATE).toBe(schemaText(rulesSchema()));
  });

  it.each([...shipped.map((t) => ({ ...t, dir: 'rules' })), ...texts(fixture('rules-valid')).map((t) => ({ ...t, dir: 'rules-valid' }))])(
    'accepts $dir/$file',
    ({ text }) => {
      expect(validateRuleFile(parse(text)), ajv.errorsText(validateRuleFile.errors)).toBe(true);
    },
  );

  it('is referenced from the top of every shipped rule file', () => {
    for (const { text } of shipped) expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/rules.schema.json');
  });

  it.each([
    ['an unknown key', 'table:\n  - { id: a, plan: p, reason: r, source: s, weight: 2 }\n'],
    ['a misspelt operator', 'table:\n  - { id: a, when: { fact: x, operator: greaterThen, value: 1 }, plan: p, reason: r, source: s }\n'],
    ['a condition with two kinds', 'table:\n  - { id: a, when: { all: [], any: [] }, plan: p, reason: r, source: s }\n'],
    ['a row without a plan', 'table:\n  - { id: a, reason: r, source: s }\n'],
    ['a row with the old effect', 'table:\n  - { id: a, plan: p, effect: { sync: 1 }, reason: r, source: s }\n'],
    ['a plan without channels', 'plans:\n  - { id: p, mode: sync, label: l, channels: [], checklist: [] }\n'],
    ['a plan with an unknown mode', 'plans:\n  - { id: p, mode: live, label: l, channels: [c], checklist: [] }\n'],
    ['a hybrid order that is neither write-first nor meet-first', 'plans:\n  - { id: p, mode: hybrid, order: both, label: l, channels: [c], checklist: [] }\n'],
    ['an adjustment without a condition', 'adjustments:\n  - { id: a, reason: r, source: s }\n'],
    ['the outcomes section, which is gone', 'outcomes:\n  sync: { label: Live, channels: [c] }\n'],
    ['a checklist item of an unknown kind', 'checklist:\n  - { id: a, text: t, kind: agenda, source: s }\n'],
    ['a bad practice', 'checklist:\n  - { id: a, text: t, practice: sync-6, source: s }\n'],
    ['an example expecting fired rules', 'examples:\n  - { name: n, answers: {}, expect: { recommendation: sync, fired: [a] } }\n'],
    ['a bad time range', 'settings: { workingHours: "9-17" }\n'],
    ['a reserved answers key', 'examples:\n  - { name: n, answers: { constructor: 1 }, expect: { recommendation: sync } }\n'],
  ])('rejects %s, as the loader does', (_, text) => {
    expect(validateRuleFile(parse(text))).toBe(false);
    expect('errors' in parseRuleTexts([{ file: 'x.yaml', text }])).toBe(true);
  });
});

describe('schema/answers.schema.json', () => {
  const source = shipped.length > 0 ? shipped : texts(fixture('rules-valid'));
  const parsed = parseRuleTexts(source);
  if ('errors' in parsed) throw new Error(parsed.errors.map((p) => `${p.where}: ${p.message}`).join('\n'));
  const validateAnswers = ajv.compile(answersSchema(parsed.ruleSet));

  it.runIf(shipped.length > 0)('is what the generator writes from the shipped rules', () => {
    expect(committed('answers.schema.json'), REGENERATE).toBe(schemaText(answersSchema(parsed.ruleSet)));
  });

  it.each([
    [{ purpose: 'brainstorm', urgency: 'this-week', attendees: 5 }, true],
    [{ purpose: 'quick-question', urgency: 'today', attendees: 2, timezones: ['Europe/London', 'America/New_York'] }, true],
    [{ purpose: 'brainstrom' }, false],
    [{ attendees: 0 }, false],
    [{ attendees: 2.5 }, false],
    [{ unknown_id: 1 }, false],
  ])('judges %j valid: %s', (answers, valid) => {
    expect(validateAnswers(answers)).toBe(valid);
  });
});
