import { describe, expect, it } from 'vitest';
import { wrapWords } from '../../src/text/wrap.js';

describe('wrapWords', () => {
  it('breaks a long line at spaces, continuation indented two more than the line', () => {
    const text = '    Did you mean "London" (London, Westminster, United Kingdom, Europe/London)?';
    const lines = wrapWords(text, 60).split('\n');
    expect(lines).toEqual(['    Did you mean "London" (London, Westminster, United', '      Kingdom, Europe/London)?']);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(60);
  });

  it('never cuts a word, even one longer than the width, and leaves short lines and no width alone', () => {
    const path = `/home/${'x'.repeat(80)}/config.yaml`;
    expect(wrapWords(`cannot read ${path}: denied`, 40).split('\n')).toEqual(['cannot read', `  ${path}:`, '  denied']);
    expect(wrapWords('short\nlines', 40)).toBe('short\nlines');
    expect(wrapWords('a '.repeat(100), undefined)).toBe('a '.repeat(100));
  });
});
