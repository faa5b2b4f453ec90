// What a person sees, pinned per situation: colour off, one file per case so a reviewer can read
// the snapshot as the terminal would show it.
import { describe, expect, it } from 'vitest';
import { formatMarkdown } from '../../src/format/markdown.js';
import { formatText } from '../../src/format/text.js';
import { ADVICE_CASES, context, tracedAdvice } from './fixtures.js';

const ANSI = /\x1b\[/;

describe('text and markdown snapshots (colour off)', () => {
  it.each(ADVICE_CASES)('%s as text', async (name, advice) => {
    await expect(formatText(advice, context())).toMatchFileSnapshot(`./__snapshots__/${name}.txt`);
  });

  it.each(ADVICE_CASES)('%s as markdown', async (name, advice) => {
    await expect(formatMarkdown(advice, context())).toMatchFileSnapshot(`./__snapshots__/${name}.md`);
  });
});

describe('colour', () => {
  it.each(ADVICE_CASES)('%s as text has ANSI codes only when colour is on', (_name, advice) => {
    expect(formatText(advice, context(true))).toMatch(ANSI);
    expect(formatText(advice, context(false))).not.toMatch(ANSI);
  });

  it('markdown never carries ANSI codes, even with colour on', () => {
    expect(formatMarkdown(tracedAdvice, context(true))).not.toMatch(ANSI);
  });
});
