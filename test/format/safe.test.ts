// Text from files commtriage did not write reaches people only escaped: a rule's reason that holds
// an escape sequence must not retitle the window or clear the screen; a right-to-left override must
// not reorder what is shown.
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/errors.js';
import { formatMarkdown } from '../../src/format/markdown.js';
import { formatQuestions } from '../../src/format/questions.js';
import { formatRuleList } from '../../src/format/rules-report.js';
import { describeUnsafe, visible, visibleDeep } from '../../src/text/safe.js';
import { formatText } from '../../src/format/text.js';
import { withTimeline } from '../../src/core/advice.js';
import { parseRuleTexts } from '../../src/rules/parse.js';
import { fixture, texts } from '../rules/helpers.js';
import { asyncAdvice, context, tracedAdvice } from './fixtures.js';

const EVIL = 'Title \x1b]0;pwned\x07 clear \x1b[2J cr\r del\x7f csi\x9b rlo\u202egnp.exe lri\u2066 pdi\u2069 rlm\u200f';
/** Nothing a terminal would act on: no C0 but tab and newline, no DEL or C1, no bidi formatting. */
const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('visible', () => {
  it('escapes controls and bidi formatting, and keeps newlines, tabs and other text', () => {
    expect(visible(EVIL)).toBe(
      'Title \\x1b]0;pwned\\x07 clear \\x1b[2J cr\\x0d del\\x7f csi\\x9b rlo\\u202egnp.exe lri\\u2066 pdi\\u2069 rlm\\u200f',
    );
    expect(visible('a\tb\nc — é 東京 \u{1f600}')).toBe('a\tb\nc — é 東京 \u{1f600}');
  });

  it('escapes keys and values of plain data, and keeps numbers and booleans', () => {
    expect(visibleDeep({ ['k\x1b']: ['v\u202e', 3, true, null] })).toEqual({ 'k\\x1b': ['v\\u202e', 3, true, null] });
  });

  it('names the first unsafe character for a warning', () => {
    expect(describeUnsafe('ok \x1b[2J')).toEqual({ index: 3, shown: 'an escape character (\\x1b)' });
    expect(describeUnsafe('plain')).toBeUndefined();
  });
});

describe('every human-readable output escapes rule text and answers', () => {
  const evil = {
    ...tracedAdvice,
    label: `Label ${EVIL}`,
    channels: ['evil'],
    reasons: [{ rule: 'r', text: `Reason ${EVIL}`, source: 's' }],
    checklist: [{ id: 'c', text: `Item ${EVIL}`, source: 's' }],
    // Each step shows its own label, channels and checklist, all from rule text.
    steps: tracedAdvice.steps.map((step) => ({ ...step, label: `Step ${EVIL}`, channels: ['evil'], checklist: [{ id: 'c', text: `Item ${EVIL}`, source: 's' }] })),
  };
  const ctx = { ...context(), channelLabels: { evil: `Channel ${EVIL}` } };

  it.each([
    ['text', () => formatText(evil, ctx)],
    ['text with colour', () => formatText(evil, { ...ctx, color: true })],
    ['markdown', () => formatMarkdown(evil, ctx)],
  ])('%s', (_, render) => {
    const out = render().replace(/\x1b\[[0-9;]*m/g, ''); // chalk's own colours are fine
    expect(out).not.toMatch(RAW);
    expect(out).toContain('Reason Title \\x1b]0;pwned\\x07');
    expect(out).toContain('Channel Title');
    expect(out).toContain('rlo\\u202egnp.exe');
    expect(out).toContain('Step Title \\x1b]0;pwned\\x07');
    expect(out).toContain('Item Title \\x1b]0;pwned\\x07');
  });

  it('leaves plain advice as it was', () => {
    // The copy keeps the timeline (no text in it), as formatText does.
    expect(formatText(asyncAdvice, context())).toBe(formatText(withTimeline(visibleDeep(asyncAdvice), asyncAdvice.timeline!), context()));
  });

  it('questions and rules list', () => {
    const result = parseRuleTexts(texts(fixture('rules-valid')));
    if (!('ruleSet' in result)) throw new Error('fixture');
    const { ruleSet } = result;
    ruleSet.questions[0]!.prompt = `Prompt ${EVIL}`;
    ruleSet.rules[0]!.reason = `Reason ${EVIL}`;
    expect(formatQuestions(ruleSet.questions, 'text')).not.toMatch(RAW);
    expect(formatQuestions(ruleSet.questions, 'text')).toContain('Prompt Title \\x1b]0;');
    expect(formatRuleList(ruleSet, { dir: 'd', via: '--rules', json: false })).not.toMatch(RAW);
    // JSON stays JSON: the reader decodes it to the same text.
    expect(JSON.parse(formatQuestions(ruleSet.questions, 'json')).questions[0].prompt).toBe(`Prompt ${EVIL}`);
  });

  it('error messages', () => {
    const shown = formatProblem({ where: `zone \x1b[31m`, message: `"\u202eEurope" is not a zone`, hint: 'Use one.' });
    expect(shown).toBe('zone \\x1b[31m: "\\u202eEurope" is not a zone\n  Use one.');
  });
});

describe('rules validate', () => {
  it('warns about unsafe characters at file:line:col, written raw or as a YAML escape', () => {
    const valid = texts(fixture('rules-valid'));
    const result = parseRuleTexts([
      ...valid,
      { file: 'z.yaml', text: 'channels:\n  - id: evil\n    label: "Evil \\e[2J"\n  - id: evil2\n    label: Evil2 \u202e here\n' },
    ]);
    const warnings = result.warnings.filter((w) => /terminal would act on/.test(w.message));
    expect(warnings.map((w) => [w.where, w.message])).toEqual([
      ['z.yaml:3:12', 'this text holds an escape character (\\x1b), which a terminal would act on instead of showing'],
      ['z.yaml:5:18', 'this text holds a right-to-left override (\\u202e), which a terminal would act on instead of showing'],
    ]);
  });
});
