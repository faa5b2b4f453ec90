// Proof that answers text cannot reach Object.prototype: every way of writing __proto__,
// constructor or prototype as a key (YAML, JSON, nested, quoted, escaped) is refused with the key
// and its line:col named, and the prototypes are exactly as they were afterwards.
import { afterEach, describe, expect, it } from 'vitest';
import { readAnswersText, readJsonAnswers } from '../../src/answers/json.js';
import { mergeAnswerSources, parseSetFlags } from '../../src/answers/flags.js';
import { parseAnswersText } from '../../src/answers/parse.js';
import { validateAnswers } from '../../src/answers/validate.js';
import { UserError } from '../../src/errors.js';
import type { Problem } from '../../src/errors.js';
import { questions } from './questions.js';
import { world } from '../world.js';

const objectKeys = Object.getOwnPropertyNames(Object.prototype).sort();
const arrayKeys = Object.getOwnPropertyNames(Array.prototype).sort();

function expectPrototypesUntouched(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(([] as unknown as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(objectKeys);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayKeys);
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  expect({}.constructor).toBe(Object);
}
afterEach(expectPrototypesUntouched);

/** Both entry points `ask` uses: the JSON fast path, falling back to the full parser. */
async function problemsOf(text: string): Promise<Problem[]> {
  try {
    await readAnswersText(text, 'answers.yaml');
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).problems;
  }
  throw new Error(`expected a UserError for ${text}`);
}

const BASE_JSON = '"purpose": "decision", "urgency": "today", "attendees": 3';
const BASE_YAML = 'purpose: decision\nurgency: today\nattendees: 3\n';

describe('a reserved key in answers is refused, naming the key and where it is', () => {
  it.each([
    ['JSON __proto__', `{${BASE_JSON}, "__proto__": {"polluted": true}}`, [['answers.yaml:1:61', '__proto__']]],
    ['JSON constructor.prototype', `{${BASE_JSON}, "constructor": {"prototype": {"polluted": true}}}`, [['answers.yaml:1:61', 'constructor'], ['answers.yaml:1:77', 'prototype']]],
    ['JSON __proto__ written with a \\u escape', `{${BASE_JSON}, "\\u005f_proto__": {"polluted": true}}`, [['answers.yaml:1:61', '__proto__']]],
    ['JSON __proto__ nested in a list', `{${BASE_JSON}, "timezones": [{"__proto__": {"polluted": true}}]}`, [['answers.yaml:1:76', '__proto__']]],
    ['JSON prototype deep down', `{${BASE_JSON}, "x": {"y": {"z": {"prototype": 1}}}}`, [['answers.yaml:1:79', 'prototype']]],
    ['YAML __proto__', `${BASE_YAML}__proto__:\n  polluted: true\n`, [['answers.yaml:4:1', '__proto__']]],
    ['YAML quoted "__proto__"', `${BASE_YAML}"__proto__": {polluted: true}\n`, [['answers.yaml:4:1', '__proto__']]],
    ['YAML explicit key ? __proto__', `${BASE_YAML}? __proto__\n: {polluted: true}\n`, [['answers.yaml:4:3', '__proto__']]],
    ['YAML tagged key !!str constructor', `${BASE_YAML}!!str constructor: {prototype: {polluted: true}}\n`, [['answers.yaml:4:7', 'constructor'], ['answers.yaml:4:21', 'prototype']]],
    ['YAML nested under an answer', `${BASE_YAML}timezones:\n  - __proto__: {polluted: true}\n`, [['answers.yaml:5:5', '__proto__']]],
    ['YAML __proto__ reached through an alias', `${BASE_YAML}base: &b {__proto__: {polluted: true}}\nother: *b\n`, [['answers.yaml:4:11', '__proto__']]],
  ])('%s', async (_, text, expected) => {
    const problems = await problemsOf(text);
    expect(problems.map((p) => [p.where, p.message])).toEqual(expected.map(([where, key]) => [where, `the key "${key}" is not allowed in answers.`]));
    expect(problems[0]!.hint).toMatch(/question ids; run `commtriage questions`/);
  });
});

describe('reserved words elsewhere are ordinary data', () => {
  it('keeps __proto__ as a value, and validation says it is not a valid choice', () => {
    const raw = parseAnswersText('purpose: __proto__\nurgency: constructor\nattendees: 3\n', 'answers.yaml');
    expect({ ...raw }).toEqual({ purpose: '__proto__', urgency: 'constructor', attendees: 3 });
    const result = validateAnswers(raw, questions, { organizerZone: 'UTC', world });
    expect('problems' in result && result.problems.map((p) => [p.where, p.message])).toEqual([
      ['purpose', '"__proto__" is not one of the choices for purpose.'],
      ['urgency', '"constructor" is not one of the choices for urgency.'],
    ]);
  });

  it('takes --set __proto__=... as an unknown question id, through the merge and validation', () => {
    const set = parseSetFlags(['__proto__=polluted', 'constructor=x', 'purpose=decision', 'urgency=today', 'attendees=3']);
    const merged = mergeAnswerSources({ set, stdin: parseAnswersText(BASE_YAML, 'stdin') });
    expect(Object.getPrototypeOf(merged)).toBeNull();
    const result = validateAnswers(merged, questions, { organizerZone: 'UTC', world });
    expect('problems' in result && result.problems.map((p) => [p.where, p.message])).toEqual([
      ['__proto__', '"__proto__" is not a question id.'],
      ['constructor', '"constructor" is not a question id.'],
    ]);
  });

  it('returns prototype-free records from both parsers, so a missing id never finds an inherited one', () => {
    for (const record of [(readJsonAnswers(`{${BASE_JSON}}`, 'x') as { answers: Record<string, unknown> }).answers, parseAnswersText(BASE_YAML, 'x')]) {
      expect(Object.getPrototypeOf(record)).toBeNull();
      expect(record.constructor).toBeUndefined();
      expect(record.toString).toBeUndefined();
    }
  });
});

describe('a key given twice is refused the same way by every reader, with the line and the key', () => {
  it.each([
    ['JSON', '{"purpose":"decision","purpose":"quick-question","urgency":"today"}', 'answers.yaml:1:23'],
    ['JSON on its third line', '{\n"urgency": "today",\n "purpose":"decision", "purpose": "x"}', 'answers.yaml:3:24'],
    ['YAML', 'purpose: decision\nurgency: today\npurpose: brainstorm\n', 'answers.yaml:3:1'],
    ['YAML flow mapping', '{purpose: decision, purpose: brainstorm}', 'answers.yaml:1:21'],
  ])('%s', async (_, text, where) => {
    expect(await problemsOf(text)).toEqual([{ where, message: 'the answer "purpose" is given twice.', hint: expect.stringMatching(/^Give each answer once/) }]);
  });
});
