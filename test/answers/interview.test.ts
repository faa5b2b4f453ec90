import { describe, expect, it } from 'vitest';
import { interview } from '../../src/answers/interview.js';
import type { AskFn, PromptSpec } from '../../src/answers/interview.js';
import { validateOne } from '../../src/answers/validate.js';
import { UserError } from '../../src/errors.js';
import { questions } from './questions.js';
import { world } from '../world.js';

const opts = { organizerZone: 'Europe/Paris', world };

/** Types the queued values for each question in turn, as a person would, until one validates. */
function fakeAsk(typed: Record<string, unknown[]>) {
  const asked: PromptSpec[] = [];
  const errors: string[] = [];
  const ask: AskFn = async (spec) => {
    asked.push(spec);
    const queue = typed[spec.id] ?? [];
    while (queue.length > 0) {
      const value = queue.shift();
      const verdict = spec.validate(value);
      if (verdict === true) return value;
      errors.push(verdict);
    }
    throw new Error(`no valid answer queued for ${spec.id}`);
  };
  return { ask, asked, errors };
}

describe('interview', () => {
  it('asks only what is missing, in order, and defaults what is not asked', async () => {
    const { ask, asked } = fakeAsk({ urgency: ['today'], timezones: ['Europe/London, Asia/Tokyo'], back_and_forth: [2], sensitive: [true] });
    const answers = await interview(questions, { purpose: 'brainstorm', attendees: '4' }, ask, opts);
    expect(asked.map((s) => s.id)).toEqual(['urgency', 'timezones', 'back_and_forth', 'sensitive']);
    expect(Object.entries(answers)).toEqual([
      ['purpose', 'brainstorm'],
      ['urgency', 'today'],
      ['attendees', 4],
      ['timezones', ['Europe/Paris', 'Europe/London', 'Asia/Tokyo']], // yours counted in: you take part
      ['back_and_forth', 2],
      ['sensitive', true],
      ['reversible', true],
    ]);
  });

  it.each([
    ['Australia/Sydney', ['Europe/Paris', 'Australia/Sydney']],
    ['Australia/Sydney, europe/paris@08:00-16:00', ['Australia/Sydney', 'Europe/Paris@08:00-16:00']],
  ])("counts the organizer's zone in when %s is typed for the others", async (typed, expected) => {
    const { ask, asked } = fakeAsk({ urgency: ['today'], attendees: [2], timezones: [typed], back_and_forth: [0], sensitive: [false] });
    const answers = await interview(questions, { purpose: 'brainstorm' }, ask, opts);
    expect(answers.timezones).toEqual(expected);
    expect(asked.find((s) => s.id === 'timezones')?.help).toContain('Yours, Europe/Paris, is counted in.');
  });

  it.each([
    ['given', { purpose: 'decision' }, {}, true],
    ['asked', {}, { purpose: ['decision'] }, true],
    ['asked, not a decision', {}, { purpose: ['share-info'] }, false],
  ])('asks a `when` question only when it holds (purpose %s)', async (_, given, typed, expected) => {
    const { ask, asked } = fakeAsk({ urgency: ['today'], attendees: [3], timezones: ['UTC'], back_and_forth: [0], sensitive: [false], reversible: [false], ...typed });
    const answers = await interview(questions, given, ask, opts);
    expect(asked.some((s) => s.id === 'reversible')).toBe(expected);
    expect(answers.reversible).toBe(!expected); // asked: false was typed; skipped: the default, true
  });

  it('maps each question type to a prompt, with the default preselected', async () => {
    const { ask, asked } = fakeAsk({ purpose: ['decision'], urgency: ['today'], attendees: [3], timezones: ['UTC'], back_and_forth: [0], sensitive: [false], reversible: [true] });
    await interview(questions, {}, ask, opts);
    const spec = (id: string) => asked.find((s) => s.id === id)!;
    expect(spec('purpose')).toMatchObject({ kind: 'select', message: 'What is this communication for?' });
    expect(spec('purpose').choices?.[0]).toEqual({ value: 'quick-question', name: 'A quick question' });
    expect(spec('purpose').default).toBeUndefined();
    expect(spec('attendees')).toMatchObject({ kind: 'number' });
    expect(spec('timezones')).toMatchObject({ kind: 'input', default: 'Europe/Paris' });
    expect(spec('timezones').message).toContain('comma-separated');
    expect(spec('back_and_forth')).toMatchObject({ kind: 'number', default: 0 });
    expect(spec('sensitive')).toMatchObject({ kind: 'confirm', default: false });
    expect(spec('reversible')).toMatchObject({ kind: 'confirm', default: true });
  });

  it('asks again after an invalid value, with the words validateOne uses', async () => {
    const { ask, errors } = fakeAsk({ attendees: ['a dozen', 1, 2.5, 6], timezones: ['Europe/Berln', 'Europe/Berlin'] });
    const answers = await interview(questions, { purpose: 'brainstorm', urgency: 'today', back_and_forth: 0, sensitive: false }, ask, opts);
    expect(answers.attendees).toBe(6);
    expect(answers.timezones).toEqual(['Europe/Paris', 'Europe/Berlin']);
    const attendees = questions.find((q) => q.id === 'attendees')!;
    const expected = validateOne(attendees, 'a dozen', { world });
    if (!('problem' in expected)) throw new Error('"a dozen" should be refused');
    expect(errors[0]).toBe(`${expected.problem.message} ${expected.problem.hint}`);
    expect(errors.slice(0, 3)).toEqual([
      '"a dozen" is not a number. Give a whole number of at least 2.',
      '1 is less than the minimum, 2. Give a whole number of at least 2.',
      '2.5 is not a whole number. Give a whole number of at least 2.',
    ]);
    expect(errors[3]).toContain('Europe/Berlin'); // the suggestion for Europe/Berln
  });

  it('asks again when an ask returns an invalid value anyway, then gives up with the problem', async () => {
    let calls = 0;
    const stubborn: AskFn = async (spec) => (spec.id === 'attendees' ? (calls++, 'many') : undefined);
    const given = { purpose: 'share-info', urgency: 'today' };
    await expect(interview(questions.slice(0, 3), given, stubborn, opts)).rejects.toThrow(/"many" is not a number/);
    expect(calls).toBe(5);
  });

  it('refuses invalid given answers without asking anything', async () => {
    const { ask, asked } = fakeAsk({});
    const run = interview(questions, { attendees: 0, colour: 'blue' }, ask, opts);
    await expect(run).rejects.toBeInstanceOf(UserError);
    await expect(run).rejects.toMatchObject({ problems: [{ where: 'attendees' }, { where: 'colour' }] });
    expect(asked).toEqual([]);
  });
});
