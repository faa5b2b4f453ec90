import { describe, expect, it } from 'vitest';
import { explainMarkdown, explainText } from '../../src/format/explain.js';
import type { ConditionTrace, FactValue, OperatorName } from '../../src/core/types.js';
import { trace } from './fixtures.js';

const off = { color: false };
const oneRule = (condition: ConditionTrace) => explainText({ rows: [{ rule: 'r', fired: condition.passed, condition }], adjustments: [] }, off);
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
    expect(out).toContain('attendees is 9; it wants more than 7: yes');
    expect(out).toContain('r: matched');
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

  it('traces the path like a flowchart: each row tried, the one that matched, then the adjustments that applied', () => {
    expect(explainText(trace, off, 'quick-message')).toBe(
      [
        'How the advice was decided (row 3 of the table matched)',
        '  Rows tried, top to bottom (the first that matches chooses the plan)',
        '    brainstorm-live: no',
        '      all of: no',
        '        purpose is "quick-question"; wants one of brainstorm, kickoff: no',
        '        urgency is "this-week"; wants anything but "immediate": yes',
        '    sensitive-not-in-writing: no',
        '      any of: no',
        '        sensitive is no; wants yes: no',
        '        decision_reversible is not set; wants no: no',
        '    quick-question-async: matched: plan quick-message',
        '      purpose is "quick-question"; it wants "quick-question": yes',
        '  Adjustments to the plan (1 of 2 applied)',
        '    no-overlap: applied',
        '      all of: yes',
        '        zone_count is 3; wants more than 1: yes',
        '        not: yes',
        '          overlap_hours is 0; wants at least 1: no',
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
    const out = explainMarkdown(trace, 'quick-message');
    expect(out.startsWith('<details>\n<summary>How the advice was decided (row 3 of the table matched)</summary>\n\n')).toBe(true);
    expect(out).toContain('  - `quick-question-async`: **matched: plan quick-message**');
    expect(out).toContain('  - `no-overlap`: **applied**\n    - all of: yes\n      - zone_count is 3; wants more than 1: yes');
    expect(out.trimEnd().endsWith('</details>')).toBe(true);
  });
});
