import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswersText } from '../../src/answers/parse.js';
import { parseSetFlags } from '../../src/answers/flags.js';
import { MAX_ANSWERS_BYTES } from '../../src/answers/json.js';
import { UserError } from '../../src/errors.js';
import type { Problem } from '../../src/errors.js';

function problemsOf(run: () => unknown): Problem[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as UserError).problems;
  }
  throw new Error('expected a UserError');
}
const parse = (text: string) => parseAnswersText(text, 'answers.yaml');

const bomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
  .concat(['b', 'c', 'd', 'e', 'f', 'g'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`))
  .join('\n');

describe('parseAnswersText', () => {
  it('reads YAML and JSON to the same record, typed as written', () => {
    const yaml = parse('purpose: decision\nattendees: 5\nsensitive: true\ntimezones: [Europe/London, Asia/Tokyo]\n');
    const json = parse('{"purpose": "decision", "attendees": 5, "sensitive": true, "timezones": ["Europe/London", "Asia/Tokyo"]}');
    expect(json).toEqual(yaml);
    expect({ ...yaml }).toEqual({
      purpose: 'decision',
      attendees: 5,
      sensitive: true,
      timezones: ['Europe/London', 'Asia/Tokyo'],
    });
    expect(Object.getPrototypeOf(yaml)).toBeNull();
  });

  it('accepts a few honest aliases', () => {
    expect(parse('timezones: &z [UTC]\nother: *z').timezones).toEqual(['UTC']);
  });

  it.each([
    ['malformed JSON (double comma)', '{"purpose": "decision",, "attendees": 5}', 'answers.yaml:1:24', /Unexpected , in flow map/],
    ['unclosed JSON', '{"purpose": "decision"', 'answers.yaml:1:23', /must end with a \}/],
    ['tab indentation', 'purpose: decision\n\turgency: today\n', 'answers.yaml:2:1', /Tabs are not allowed/],
    ['nested compact mapping', 'purpose: decision: now\n', 'answers.yaml:1:10', /Nested mappings/],
    ['two documents', 'purpose: decision\n---\nurgency: today\n', 'answers.yaml:2:1', /multiple documents/],
  ])('refuses %s with line:col', (_, text, where, message) => {
    const [first] = problemsOf(() => parse(text));
    expect(first!.where).toBe(where);
    expect(first!.message).toMatch(message);
    expect(first!.message).toContain('not valid YAML or JSON');
  });

  it.each([
    ['a YAML list', '- purpose\n- decision\n', 'answers.yaml:1:1', 'found a list'],
    ['a JSON list', '[{"purpose": "decision"}]', 'answers.yaml:1:1', 'found a list'],
    ['a single word', 'decision', 'answers.yaml:1:1', 'found a single value'],
    ['a number after a comment', '# answers\n42\n', 'answers.yaml:2:1', 'found a single value'],
  ])('refuses %s: a mapping is expected', (_, text, where, found) => {
    const [first] = problemsOf(() => parse(text));
    expect(first).toMatchObject({ where });
    expect(first!.message).toContain('expected a mapping like `purpose: decision`');
    expect(first!.message).toContain(found);
  });

  it.each([
    ['nothing', ''],
    ['blank lines', '  \n\n'],
    ['only comments', '# purpose: decision\n'],
  ])('refuses empty input (%s) and says how to give answers', (_, text) => {
    const [first] = problemsOf(() => parse(text));
    expect(first!.message).toMatch(/no answers were given/);
    expect(first!.hint).toMatch(/--set id=value.*--answers FILE.*standard input/);
  });

  it.each([
    ['a NUL byte', 'purpose: dec\u0000ision', 'answers.yaml:1:13'],
    ['invalid UTF-8 (decoded as U+FFFD)', 'purpose: decision\nurgency: \uFFFD\uFFFD', 'answers.yaml:2:10'],
  ])('refuses binary garbage: %s', (_, text, where) => {
    const [first] = problemsOf(() => parse(text));
    expect(first).toMatchObject({ where });
    expect(first!.message).toMatch(/binary data/);
  });

  it('refuses text over MAX_ANSWERS_BYTES, in bytes, naming the limit', () => {
    expect(MAX_ANSWERS_BYTES).toBe(64 * 1024);
    expect(parse(`a: ${'x'.repeat(MAX_ANSWERS_BYTES - 3)}`).a).toHaveLength(MAX_ANSWERS_BYTES - 3);
    // Fewer characters than the limit, more bytes: "é" is two bytes in UTF-8.
    const [first] = problemsOf(() => parse(`a: ${'é'.repeat(MAX_ANSWERS_BYTES / 2)}`));
    expect(first!.message).toContain('larger than the size limit, 64 KB');
  });

  it('refuses an alias bomb quickly', () => {
    const started = Date.now();
    const [first] = problemsOf(() => parse(bomb));
    expect(first!.message).toMatch(/Excessive alias count/);
    expect(first!.hint).toMatch(/at most 50 YAML aliases/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('refuses a key that is a list, without yaml printing warnings of its own', () => {
    const [first] = problemsOf(() => parse('purpose: decision\n? [a, b]\n: c\n'));
    expect(first).toMatchObject({ where: 'answers.yaml:2:3' });
    expect(first!.message).toMatch(/answer keys are plain names/);
  });

  it('refuses an alias without its anchor', () => {
    expect(problemsOf(() => parse('timezones: *zones'))[0]!.message).toMatch(/could not be read/);
  });

  it.each([
    ['__proto__ in YAML', '__proto__: {polluted: true}\n', 'answers.yaml:1:1'],
    ['__proto__ in JSON', '{"purpose": "decision", "__proto__": {"polluted": true}}', 'answers.yaml:1:25'],
    ['constructor', 'constructor: {prototype: {polluted: true}}', 'answers.yaml:1:1'],
    ['a nested __proto__', 'timezones: {__proto__: {polluted: true}}', 'answers.yaml:1:13'],
  ])('refuses %s and pollutes nothing', (_, text, where) => {
    const problems = problemsOf(() => parse(text));
    expect(problems[0]).toMatchObject({ where });
    expect(problems[0]!.message).toMatch(/is not allowed in answers/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('parseAnswersText on any text', () => {
  const returnsOrUserError = (text: string) => {
    try {
      return typeof parse(text) === 'object';
    } catch (error) {
      return error instanceof UserError && error.problems.length > 0;
    }
  };
  it('returns a record or throws UserError, never anything else', () => {
    const yamlish = fc.array(fc.constantFrom('a', ':', ' ', '\n', '-', '[', ']', '{', '}', ',', '"', "'", '&x', '*x', '!', '#', '?', '|', '\t', '__proto__'), { maxLength: 40 });
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary' }), yamlish.map((parts) => parts.join(''))), returnsOrUserError), { numRuns: 500 });
  });
});

describe('parseSetFlags', () => {
  it('keeps values as strings; a later flag overrides an earlier one', () => {
    const record = parseSetFlags(['purpose=brainstorm', 'attendees=5', 'timezones=Europe/London,Asia/Tokyo', 'purpose=decision']);
    expect({ ...record }).toEqual({ purpose: 'decision', attendees: '5', timezones: 'Europe/London,Asia/Tokyo' });
    expect(Object.getPrototypeOf(record)).toBeNull();
  });

  it('keeps everything after the first "=" and trims around it', () => {
    expect({ ...parseSetFlags([' note = a=b ', 'empty=']) }).toEqual({ note: 'a=b', empty: '' });
  });

  it('reports every bad flag at once, naming it and showing the right form', () => {
    const problems = problemsOf(() => parseSetFlags(['purpose', 'urgency=today', '=5']));
    expect(problems.map((p) => p.where)).toEqual(['--set purpose', '--set =5']);
    expect(problems[0]!.message).toMatch(/no "="/);
    expect(problems[1]!.message).toMatch(/id before "=" is empty/);
    expect(problems[0]!.hint).toContain('--set purpose=decision');
  });

  it('cannot pollute prototypes with __proto__=', () => {
    const record = parseSetFlags(['__proto__=polluted']);
    expect(Object.keys(record)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
