import { describe, expect, it } from 'vitest';
import { formatJson, parseFields, JSON_KEY_ORDER } from '../../src/format/json.js';
import { ADVICE_CASES, context, syncAdvice } from './fixtures.js';

describe('formatJson', () => {
  it.each(ADVICE_CASES)('%s parses back to the same advice', (_name, advice) => {
    expect(JSON.parse(formatJson(advice, context()))).toEqual(advice);
  });

  it('puts keys in the contract order, leaving out absent optional fields', () => {
    const keys = Object.keys(JSON.parse(formatJson(syncAdvice, context())));
    expect(keys).toEqual([
      'schemaVersion',
      'recommendation',
      'label',
      'channels',
      'row',
      'plan',
      'adjustments',
      'answers',
      'facts',
      'reasons',
      'steps',
      'checklist',
      'meetingMinutes',
      'schedule',
    ]);
    expect(JSON_KEY_ORDER.at(-1)).toBe('trace');
  });

  it('keeps fields added to the advice later, after the known ones', () => {
    const advice = { extra: 1, ...syncAdvice } as typeof syncAdvice;
    expect(Object.keys(JSON.parse(formatJson(advice, context()))).at(-1)).toBe('extra');
  });

  it('keeps only the fields named by --fields, nested ones by dotted path, in contract order', () => {
    const out = JSON.parse(formatJson(syncAdvice, { ...context(), fields: parseFields('schedule.suggestedSlots, recommendation') }));
    expect(Object.keys(out)).toEqual(['recommendation', 'schedule']);
    expect(out.schedule).toEqual({ suggestedSlots: syncAdvice.schedule.suggestedSlots });
  });

  it('refuses an unknown field with the near miss and every valid name', () => {
    expect(() => parseFields('recommendation,chanels')).toThrow(/unknown field "chanels"[\s\S]*channels[\s\S]*schedule\.replyBy/);
    expect(() => parseFields(',')).toThrow(/no field named/);
  });

  it('is indented and ends with a newline, ignoring colour', () => {
    const out = formatJson(syncAdvice, context(true));
    expect(out.startsWith('{\n  "schemaVersion": 3,\n  "recommendation": "sync",')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
  });
});

describe('JSON a terminal can show', () => {
  it('writes DEL, C1 controls and bidi overrides from rule text as \\u escapes that parse back to the same text', () => {
    const advice = { ...syncAdvice, label: 'Meet \u009b2J now \u202e' };
    const out = formatJson(advice, context());
    expect(out).toContain('Meet \\u009b2J now \\u202e');
    expect(out).not.toMatch(/[\u009b\u202e]/);
    expect(JSON.parse(out).label).toBe(advice.label);
  });
});
