// For any text, the answers parser returns a prototype-free record or throws the project's
// UserError with at least one problem, never anything else; and the JSON fast path, whenever it
// accepts a text, gives exactly what the full YAML parser gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAnswersText, readJsonAnswers } from '../../src/answers/json.js';
import { parseAnswersText } from '../../src/answers/parse.js';
import { UserError } from '../../src/errors.js';
import { anyText, jsonish, yamlish } from './generators.js';

const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300), seed: Number(process.env.PROPERTY_SEED ?? 20260316) };
const anyInput = fc.oneof(anyText, yamlish, jsonish);

/** The JSON fast path's record, undefined when it hands over. */
const fastPath = (text: string) => {
  const read = readJsonAnswers(text, 'answers.yaml');
  return read && 'answers' in read ? read.answers : undefined;
};

async function expectRecordOrUserError(run: () => Record<string, unknown> | Promise<Record<string, unknown>>): Promise<void> {
  let record: Record<string, unknown>;
  try {
    record = await run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    const { problems } = error as UserError;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(typeof p.message === 'string' && p.message.length > 0).toBe(true);
    return;
  }
  expect(Object.getPrototypeOf(record)).toBeNull();
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('the answers parser, for any text', () => {
  it('returns a record or throws UserError (full parser)', () => {
    return fc.assert(fc.asyncProperty(anyInput, (text) => expectRecordOrUserError(() => parseAnswersText(text, 'answers.yaml'))), RUNS);
  });

  it('returns a record or throws UserError (the path ask takes: JSON first)', () => {
    return fc.assert(fc.asyncProperty(anyInput, (text) => expectRecordOrUserError(() => readAnswersText(text, 'answers.yaml'))), RUNS);
  });

  it('never throws from the JSON fast path: it accepts or hands over', () => {
    fc.assert(fc.property(fc.oneof(jsonish, anyText), (text) => {
      const value = fastPath(text);
      expect(value === undefined || Object.getPrototypeOf(value) === null).toBe(true);
    }), RUNS);
  });

  it('gives the same record from the JSON fast path and the YAML parser', () => {
    fc.assert(fc.property(jsonish, (text) => {
      const fast = fastPath(text);
      if (fast === undefined) return;
      expect(parseAnswersText(text, 'answers.yaml')).toStrictEqual(fast);
    }), RUNS);
  });
});
