import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { formatters, getFormatter } from '../../src/format/registry.js';
import { context, syncAdvice } from './fixtures.js';

describe('getFormatter', () => {
  it.each(['text', 'json', 'markdown'] as const)('finds %s', (name) => {
    expect(getFormatter(name)).toBe(formatters[name]);
    expect(typeof getFormatter(name)(syncAdvice, context())).toBe('string');
  });

  it.each([
    ['markdwn', 'Did you mean "markdown"?'],
    ['jsno', 'Did you mean "json"?'],
  ])('suggests the near miss for %s', (name, suggestion) => {
    expect(() => getFormatter(name)).toThrow(UserError);
    try {
      getFormatter(name);
    } catch (e) {
      const problem = (e as UserError).problems[0]!;
      expect(problem.message).toBe(`unknown format "${name}".`);
      expect(problem.hint).toContain('Use one of: text, json, markdown.');
      expect(problem.hint).toContain(suggestion);
    }
  });

  it.each(['toString', 'constructor', 'yaml'])('rejects %s, which is not a format', (name) => {
    expect(() => getFormatter(name)).toThrow(/unknown format/);
  });
});
