// Warnings do not stop a rule set from loading, but `rules validate` shows them: rules that can
// never fire, checklist items that can never show, questions nothing reads.
import { describe, expect, it } from 'vitest';
import { parseRuleTexts } from '../../src/rules/parse.js';
import { fixture, texts } from './helpers.js';

const valid = texts(fixture('rules-valid'));
const warningsOf = (text: string): { where?: string; message: string }[] => {
  const result = parseRuleTexts([...valid, { file: 'z.yaml', text }]);
  if ('errors' in result) throw new Error(result.errors.map((e) => `${e.where}: ${e.message}`).join('\n'));
  return result.warnings.map(({ where, message }) => ({ where, message }));
};
const rule = (when: string): string => `rules:\n  - id: extra\n    when: ${when}\n    effect: { sync: 1 }\n    reason: r\n    source: s\n`;

describe('warnings', () => {
  it('gives none for the valid fixture', () => {
    const result = parseRuleTexts(valid);
    expect(result.warnings).toEqual([]);
  });

  it.each([
    ['a comparison below the minimum', rule('{ fact: attendees, operator: lessThan, value: 2 }'), 'z.yaml:3:11', 'rule "extra" can never fire: "attendees" is always between 2 and 500, so "attendees lessThan 2" never holds'],
    ['a comparison above the maximum', rule('{ fact: attendees, operator: greaterThan, value: 500 }'), 'z.yaml:3:11', 'rule "extra" can never fire: "attendees" is always between 2 and 500, so "attendees greaterThan 500" never holds'],
    ['a derived fact out of its range', rule('{ fact: overlap_hours, operator: greaterThan, value: 48 }'), 'z.yaml:3:11', 'rule "extra" can never fire: "overlap_hours" is always between 0 and 48, so "overlap_hours greaterThan 48" never holds'],
    ['"in" an empty list', rule('{ fact: purpose, operator: in, value: [] }'), 'z.yaml:3:11', 'rule "extra" can never fire: "purpose" in an empty list never holds'],
    [
      'one fact equal to two values',
      rule('{ all: [{ fact: purpose, operator: equal, value: brainstorm }, { fact: purpose, operator: equal, value: quick-question }] }'),
      'z.yaml:3:11',
      'rule "extra" can never fire: it asks "purpose" to equal both "brainstorm" and "quick-question"',
    ],
    ['an empty "any"', rule('{ any: [] }'), 'z.yaml:3:11', 'rule "extra" can never fire: an empty "any" never holds'],
    [
      'an impossible part deep inside',
      rule('{ all: [{ fact: sensitive, operator: equal, value: true }, { all: [{ fact: attendees, operator: lessThanInclusive, value: 1 }] }] }'),
      'z.yaml:3:78',
      'rule "extra" can never fire: "attendees" is always between 2 and 500, so "attendees lessThanInclusive 1" never holds',
    ],
    [
      'a checklist item that can never show',
      'checklist:\n  - id: extra\n    text: t\n    outcomes: [sync]\n    when: { fact: zone_count, operator: lessThan, value: 1 }\n    source: s\n',
      'z.yaml:5:11',
      'checklist item "extra" can never be shown: "zone_count" is always at least 1, so "zone_count lessThan 1" never holds',
    ],
    ['a question nothing reads', 'questions:\n  - id: budget\n    prompt: p\n    type: number\n    default: 0\n', 'z.yaml:2:9', 'question "budget" is asked but nothing reads it'],
  ])('flags %s', (_, text, where, message) => {
    expect(warningsOf(text)).toEqual([{ where, message }]);
  });

  it.each([
    ['a comparison within range', rule('{ fact: attendees, operator: lessThan, value: 3 }')],
    ['a window longer than 24 hours (a day the clocks go back)', rule('{ fact: overlap_hours, operator: greaterThan, value: 24 }')],
    ['"not" around an impossible part', rule('{ not: { fact: purpose, operator: in, value: [] } }')],
    ['an "any" with one possible part', rule('{ any: [{ fact: purpose, operator: in, value: [] }, { fact: attendees, operator: equal, value: 4 }] }')],
    ['a question read only by a placeholder', 'questions:\n  - { id: budget, prompt: p, type: number, default: 0 }\nchecklist:\n  - { id: extra, text: "Budget {budget}", outcomes: [sync], source: s }\n'],
  ])('does not flag %s', (_, text) => {
    expect(warningsOf(text)).toEqual([]);
  });
});
