import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswersText } from '../../src/answers/parse.js';
import { parseSetFlags } from '../../src/answers/flags.js';
import { validateAnswers, validateGiven, validateOne } from '../../src/answers/validate.js';
import type { Problem } from '../../src/errors.js';
import { ids, questions } from './questions.js';
import { world } from '../world.js';

const opts = { organizerZone: 'Europe/Paris', world };
const minimal = { purpose: 'brainstorm', urgency: 'this-week', attendees: 5 };
const question = (id: string) => questions.find((q) => q.id === id)!;

function problems(raw: Record<string, unknown>): Problem[] {
  const result = validateAnswers(raw, questions, opts);
  if (!('problems' in result)) throw new Error(`expected problems, got ${JSON.stringify(result.answers)}`);
  return result.problems;
}
function answers(raw: Record<string, unknown>) {
  const result = validateAnswers(raw, questions, opts);
  if ('problems' in result) throw new Error(result.problems.map((p) => `${p.where}: ${p.message}`).join('\n'));
  return result.answers;
}

describe('validateAnswers', () => {
  it('applies defaults, in question order (zones default to the organizer zone)', () => {
    const result = answers({ attendees: 5, urgency: 'this-week', purpose: 'brainstorm' });
    expect(Object.entries(result)).toEqual([
      ['purpose', 'brainstorm'],
      ['urgency', 'this-week'],
      ['attendees', 5],
      ['timezones', ['Europe/Paris']],
      ['back_and_forth', 0],
      ['sensitive', false],
      ['reversible', true],
    ]);
    expect(Object.getPrototypeOf(result)).toBeNull();
  });

  it('gives the same answers from --set strings as from typed YAML', () => {
    const typed = parseAnswersText(
      'purpose: decision\nurgency: today\nattendees: 3\ntimezones: [Europe/London, Asia/Tokyo]\nback_and_forth: 4\nsensitive: true\nreversible: false\n',
      'answers.yaml',
    );
    const flags = parseSetFlags([
      'purpose=decision',
      'urgency=today',
      'attendees=3',
      'timezones=Europe/London, Asia/Tokyo',
      'back_and_forth=4',
      'sensitive=yes',
      'reversible=N',
    ]);
    expect(answers(flags)).toEqual(answers(typed));
    expect(answers(typed).timezones).toEqual(['Europe/London', 'Asia/Tokyo']);
  });

  it.each([
    ['attendees', 'a dozen', /"a dozen" is not a number/, /whole number of at least 2/],
    ['attendees', '5.5', /"5.5" is not a whole number/, /whole number/],
    ['attendees', 5.5, /5.5 is not a whole number/, /whole number/],
    ['attendees', 0, /0 is less than the minimum, 2/, /at least 2/],
    ['attendees', '1', /"1" is less than the minimum, 2/, /at least 2/],
    ['attendees', Number.NaN, /NaN is not a finite number/, /whole number/],
    ['attendees', Number.POSITIVE_INFINITY, /Infinity is not a finite number/, /whole number/],
    ['attendees', 'Infinity', /is not a number/, /whole number/],
    ['attendees', '0x10', /is not a number/, /whole number/],
    ['attendees', 1e21, /1e\+21 is too large/, /whole number/],
    ['attendees', '9007199254740993', /is too large/, /whole number/],
    ['attendees', [5], /\[5\] is not a number/, /whole number/],
    ['back_and_forth', -1, /-1 is less than the minimum, 0/, /at least 0/],
    ['sensitive', 'kind of', /"kind of" is not yes or no/, /yes or no/],
    ['sensitive', 1, /1 is not yes or no/, /true\/false/],
    ['purpose', 'brainstrom', /"brainstrom" is not one of the choices for purpose/, /Did you mean "brainstorm"\? Valid values: quick-question, share-info, decision, brainstorm\./],
    ['purpose', 'meeting', /"meeting" is not one of the choices/, /^Valid values: quick-question/],
    ['purpose', true, /true is not one of the choices/, /Valid values/],
    ['timezones', 42, /42 is not a list of time zones/, /IANA time zones/],
    ['timezones', ' , ', /no time zone was given/, /IANA time zones/],
  ])('%s: %j is refused, naming the value and what is valid', (id, value, message, hint) => {
    const [first, ...rest] = problems({ ...minimal, [id]: value });
    expect(rest).toEqual([]);
    expect(first!.where).toBe(id);
    expect(first!.message).toMatch(message);
    expect(first!.hint).toMatch(hint);
  });

  it.each([
    ['attendees', '  7 ', 7],
    ['attendees', '1e3', 1000],
    ['back_and_forth', '+0', 0],
    ['sensitive', 'YES', true],
    ['sensitive', 'y', true],
    ['sensitive', 'False', false],
    ['sensitive', 'no', false],
    ['purpose', 'Decision', 'decision'],
    ['purpose', ' share-info ', 'share-info'],
    ['timezones', 'Europe/London,', ['Europe/London']],
  ])('%s: %j is read as %j', (id, value, expected) => {
    expect(answers({ ...minimal, [id]: value })[id]).toEqual(expected);
  });

  it('reports a bad zone with a suggestion, keeping the good ones out of the way', () => {
    const [first, ...rest] = problems({ ...minimal, timezones: ['Europe/London', 'Europe/Berln'] });
    expect(rest).toEqual([]);
    expect(first!.where).toBe('timezones');
    expect(`${first!.message} ${first!.hint}`).toContain('Europe/Berln');
    expect(`${first!.message} ${first!.hint}`).toContain('Europe/Berlin');
  });

  it('reports an unknown id with a suggestion and the valid ids', () => {
    const [first] = problems({ ...minimal, atendees: 4 });
    expect(first!.where).toBe('atendees');
    expect(first!.message).toBe('"atendees" is not a question id.');
    expect(first!.hint).toBe(
      'Did you mean "attendees"? Valid ids: purpose, urgency, attendees, timezones, back_and_forth, sensitive, reversible (see `commtriage questions`).',
    );
  });

  it('names each missing required answer and how to give it', () => {
    const missing = problems({});
    expect(missing.map((p) => p.where)).toEqual(['purpose', 'urgency', 'attendees']);
    expect(missing[0]!.message).toBe('missing answer: What is this communication for?');
    expect(missing[0]!.hint).toContain('--set purpose=<value> or a `purpose:` line in the answers file');
    expect(missing[0]!.hint).toContain('one of: quick-question, share-info, decision, brainstorm');
    expect(missing[2]!.hint).toContain('--set attendees=<number>');
  });

  it('treats null as not given', () => {
    expect(problems({ ...minimal, attendees: null }).map((p) => p.message)).toEqual([
      'missing answer: How many people must take part?',
    ]);
  });

  it('reports every problem at once: bad values, unknown ids, then what is missing', () => {
    const all = problems({ purpose: 'meeting', attendees: 'many', sensitive: 'kind of', color: 'blue' });
    expect(all.map((p) => p.where)).toEqual(['purpose', 'attendees', 'sensitive', 'color', 'urgency']);
  });
});

describe('validateAnswers on any JSON', () => {
  it('returns answers or problems, never throws, and every problem names an answer', () => {
    const raw = fc.dictionary(fc.constantFrom(...ids, 'other', ''), fc.oneof(fc.jsonValue(), fc.string()));
    fc.assert(
      fc.property(raw, (record) => {
        const result = validateAnswers(record, questions, opts);
        return 'answers' in result || result.problems.every((p) => typeof p.where === 'string' && p.message.length > 0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('validateGiven', () => {
  it('checks only what was given, filling nothing in', () => {
    const result = validateGiven({ attendees: '4' }, questions, { world });
    expect(result).toEqual({ given: { attendees: 4 } });
  });
});

describe('validateOne', () => {
  it.each([
    ['attendees', '12', { value: 12 }],
    ['sensitive', 'n', { value: false }],
    ['timezones', 'UTC, Asia/Tokyo', { value: ['UTC', 'Asia/Tokyo'] }],
    ['timezones', ['Asia/Tokyo@08:00-16:00'], { value: ['Asia/Tokyo@08:00-16:00'] }],
  ])('%s: %j', (id, value, expected) => {
    expect(validateOne(question(id), value, { world })).toEqual(expected);
  });

  it('returns the first problem, the same one validateAnswers reports', () => {
    const one = validateOne(question('attendees'), 'a dozen', { world });
    expect(one).toEqual({ problem: problems({ ...minimal, attendees: 'a dozen' })[0] });
  });
});

describe('zones in their usual IANA names', () => {
  it.each([
    ['europe/london', 'Europe/London'],
    ['Asia/Calcutta@10:00-18:00', 'Asia/Kolkata@10:00-18:00'],
    ['Europe/Kiev', 'Europe/Kyiv'],
  ])('%s is kept as %s, so that JSON shows one name per zone', (typed, shown) => {
    expect(validateGiven({ timezones: typed }, [question("timezones")], { world })).toMatchObject({ given: { timezones: [shown] } });
  });
});
