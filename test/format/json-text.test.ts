import { describe, expect, it } from 'vitest';
import { jsonText } from '../../src/format/json-text.js';

describe('jsonText', () => {
  it('writes C1 controls, DEL and bidi formatting as \\u escapes that parse back to the same strings', () => {
    const value = { name: 'Ev\x1b[2J\u009b31m\u202egnp.exe\x7f', plain: 'São Paulo' };
    const text = jsonText(value);
    expect(text).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
    expect(text).toContain('\\u009b');
    expect(text).toContain('São Paulo');
    expect(JSON.parse(text)).toEqual(value);
  });
});
