import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { checkFormat, loadFormatter } from '../../src/format/registry.js';
import { formatJson } from '../../src/format/json.js';
import { formatMarkdown } from '../../src/format/markdown.js';
import { formatText } from '../../src/format/text.js';
import { context, syncAdvice } from './fixtures.js';

describe('loadFormatter', () => {
  it.each([
    ['text', formatText],
    ['json', formatJson],
    ['markdown', formatMarkdown],
  ] as const)('finds %s', async (name, formatter) => {
    expect(checkFormat(name)).toBe(name);
    const found = await loadFormatter(name);
    expect(found).toBe(formatter);
    expect(typeof found(syncAdvice, context())).toBe('string');
  });

  it.each([
    ['markdwn', 'Did you mean "markdown"?'],
    ['jsno', 'Did you mean "json"?'],
  ])('suggests the near miss for %s', async (name, suggestion) => {
    expect(() => checkFormat(name)).toThrow(UserError);
    const error = await loadFormatter(name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const problem = (error as UserError).problems[0]!;
    expect(problem.message).toBe(`unknown format "${name}".`);
    expect(problem.hint).toContain('Use one of: text, json, markdown.');
    expect(problem.hint).toContain(suggestion);
  });

  it.each(['toString', 'constructor', 'yaml'])('rejects %s, which is not a format', (name) => {
    expect(() => checkFormat(name)).toThrow(/unknown format/);
  });
});
