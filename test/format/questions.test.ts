import { describe, expect, it } from 'vitest';
import { formatQuestions } from '../../src/format/questions.js';
import { questions } from './fixtures.js';

describe('formatQuestions', () => {
  it('gives scripts one object per question with every field, null where it does not apply', () => {
    const parsed = JSON.parse(formatQuestions(questions, 'json')).questions;
    expect(parsed.map((q: { id: string }) => q.id)).toEqual(['purpose', 'attendees', 'timezones', 'reversible']);
    expect(parsed[1]).toEqual({
      id: 'attendees',
      type: 'number',
      prompt: 'How many people must take part, you included?',
      help: null,
      required: true,
      choices: null,
      default: null,
      min: 2,
      max: 500,
      integer: true,
      askedWhen: null,
    });
    expect(parsed[0].choices).toEqual([
      { value: 'quick-question', label: 'A quick question' },
      { value: 'decision', label: 'A decision' },
    ]);
  });

  it.each([
    ['purpose', true],
    ['timezones', false],
    ['reversible', false],
  ])('marks %s required: %s (zones default to your own zone)', (id, required) => {
    const parsed = JSON.parse(formatQuestions(questions, 'json')).questions;
    expect(parsed.find((q: { id: string }) => q.id === id).required).toBe(required);
  });

  it('says when a conditional question is asked, in words and with JSON booleans', () => {
    const reversible = JSON.parse(formatQuestions(questions, 'json')).questions[3];
    expect(reversible.askedWhen).toBe('purpose is "decision" and not (attendees is less than 3)');
    expect(reversible.default).toBe(true);
  });

  it('lists everything a script author needs as text', async () => {
    await expect(formatQuestions(questions, 'text')).toMatchFileSnapshot('./__snapshots__/questions.txt');
  });

  it('shows choices as value — label and the default or "required"', () => {
    const out = formatQuestions(questions, 'text');
    expect(out).toContain('    quick-question  — A quick question');
    expect(out).toMatch(/attendees[^]*default: {2}none \(required\)/);
    expect(out).toContain('default:  your own zone');
  });
});
