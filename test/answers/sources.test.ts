import { describe, expect, it } from 'vitest';
import { mergeAnswerSources } from '../../src/answers/flags.js';

describe('mergeAnswerSources', () => {
  it.each([
    ['--set beats the file and stdin', { set: { attendees: '9' }, file: { attendees: 5 }, stdin: { attendees: 3 } }, '9'],
    ['the file beats stdin', { file: { attendees: 5 }, stdin: { attendees: 3 } }, 5],
    ['stdin alone', { stdin: { attendees: 3 } }, 3],
    ['--set beats stdin without a file', { set: { attendees: '4' }, stdin: { attendees: 3 } }, '4'],
  ])('%s', (_, sources, expected) => {
    expect(mergeAnswerSources(sources).attendees).toBe(expected);
  });

  it('keeps answers each source gives alone', () => {
    const merged = mergeAnswerSources({ set: { purpose: 'decision' }, file: { urgency: 'today' }, stdin: { attendees: 3 } });
    expect({ ...merged }).toEqual({ purpose: 'decision', urgency: 'today', attendees: 3 });
  });

  it('gives an empty record when nothing was given', () => {
    expect(Object.keys(mergeAnswerSources({}))).toEqual([]);
  });

  it('copies a __proto__ key from JSON.parse as data, polluting nothing', () => {
    const merged = mergeAnswerSources({ stdin: JSON.parse('{"__proto__": {"polluted": true}}') });
    expect(Object.keys(merged)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(merged)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
