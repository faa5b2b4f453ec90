import { describe, expect, it } from 'vitest';
import { explainMarkdown, explainText } from '../../src/format/explain.js';
import type { ConditionTrace, FactValue, OperatorName } from '../../src/core/types.js';
import { trace } from './fixtures.js';

const off = { color: false };
const oneRule = (condition: ConditionTrace) => explainText([{ rule: 'r', fired: condition.passed, condition }], off);
const fact = (operator: OperatorName, expected: FactValue, actual: FactValue, passed: boolean): ConditionTrace => ({
  kind: 'fact',
  fact: 'x',
  operator,
  expected,
  actual,
  passed,
});

describe('explainText', () => {
  it('reads like the issue asks: actual value, what the rule wants, verdict', () => {
    const out = oneRule(fact('greaterThan', 7, 9, true)).replace(/\bx\b/, 'attendees');
    expect(out).toContain('attendees is 9; this rule wants more than 7: yes');
    expect(out).toContain('r: fired');
  });

  it.each<[OperatorName, FactValue, FactValue, string]>([
    ['equal', 'decision', 'feedback', 'x is "feedback"; wants "decision"'],
    ['notEqual', 'immediate', 'today', 'x is "today"; wants anything but "immediate"'],
    ['in', ['brainstorm', 'kickoff'], 'decision', 'x is "decision"; wants one of brainstorm, kickoff'],
    ['notIn', ['brainstorm'], 'decision', 'x is "decision"; wants none of brainstorm'],
    ['lessThan', 3, 4, 'x is 4; wants less than 3'],
    ['lessThanInclusive', 1, 0, 'x is 0; wants at most 1'],
    ['greaterThan', 7, 9, 'x is 9; wants more than 7'],
    ['greaterThanInclusive', 3, 2, 'x is 2; wants at least 3'],
    ['contains', 'Asia/Kolkata', ['Europe/London'], 'x is [Europe/London]; wants it to include "Asia/Kolkata"'],
    ['doesNotContain', 'UTC', ['UTC'], 'x is [UTC]; wants it not to include "UTC"'],
    ['equal', true, false, 'x is no; wants yes'],
    ['equal', true, null, 'x is not set; wants yes'],
  ])('%s reads in plain words', (operator, expected, actual, line) => {
    const nested: ConditionTrace = { kind: 'all', passed: false, children: [fact(operator, expected, actual, false)] };
    expect(oneRule(nested)).toContain(`      ${line}: no`);
  });

  it('renders every rule, fired or not, with nested groups indented under their parent', () => {
    expect(explainText(trace, off)).toBe(
      [
        'How each rule was decided (2 of 4 fired)',
        '  quick-question-async: fired',
        '    purpose is "quick-question"; this rule wants "quick-question": yes',
        '  brainstorm-live: did not fire',
        '    all of: no',
        '      purpose is "quick-question"; wants one of brainstorm, kickoff: no',
        '      urgency is "this-week"; wants anything but "immediate": yes',
        '  no-overlap: fired',
        '    all of: yes',
        '      zone_count is 3; wants more than 1: yes',
        '      not: yes',
        '        overlap_hours is 0; wants at least 1: no',
        '  sensitive-not-in-writing: did not fire',
        '    any of: no',
        '      sensitive is no; wants yes: no',
        '      decision_reversible is not set; wants no: no',
        '',
      ].join('\n'),
    );
  });

  it('colours only when asked', () => {
    expect(explainText(trace, { color: true })).toMatch(/\x1b\[/);
    expect(explainText(trace, off)).not.toMatch(/\x1b\[/);
  });
});

describe('explainMarkdown', () => {
  it('is a collapsible block with a nested list', () => {
    const out = explainMarkdown(trace);
    expect(out.startsWith('<details>\n<summary>How each rule was decided (2 of 4 fired)</summary>\n\n')).toBe(true);
    expect(out).toContain('- `no-overlap`: **fired**\n  - all of: yes\n    - zone_count is 3; wants more than 1: yes\n    - not: yes\n      - overlap_hours is 0');
    expect(out.trimEnd().endsWith('</details>')).toBe(true);
  });
});

describe('scores', () => {
  const scores = { async: 3, sync: 1.5, hybrid: 0 };
  it('says how the fired rules added up, under the title, in text and markdown', () => {
    const text = explainText(trace, { color: false }, scores).split('\n');
    expect(text[1]).toBe('  Scores from the fired rules: async 3, sync 1.5, hybrid 0.');
    expect(explainMarkdown(trace, scores)).toContain('\nScores from the fired rules: async 3, sync 1.5, hybrid 0.\n');
  });
  it('is left out when not given', () => {
    expect(explainText(trace, { color: false })).not.toContain('Scores');
  });
});
