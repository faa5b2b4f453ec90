// Warnings do not stop a rule set from loading, but `rules validate` shows them: rows that can
// never match (an impossible condition, or a row above that always matches first), adjustments
// that can never apply, checklist items that can never show, questions nothing reads.
import { describe, expect, it } from 'vitest';
import { parseRuleTexts } from '../../src/rules/parse.js';
import { fixture, texts, withFiles } from './helpers.js';

const valid = texts(fixture('rules-valid'));
const warningsOf = (text: string): { where?: string; message: string }[] => {
  const result = parseRuleTexts(withFiles(valid, { file: 'z.yaml', text }));
  if ('errors' in result) throw new Error(result.errors.map((e) => `${e.where}: ${e.message}`).join('\n'));
  return result.warnings.map(({ where, message }) => ({ where, message }));
};
const rule = (when: string): string => `table:\n  - id: extra\n    when: ${when}\n    plan: workshop\n    reason: r\n    source: s\n`;
const BRAINSTORM = '{ fact: purpose, operator: in, value: [brainstorm] }';
const SMALL = '{ fact: attendees, operator: lessThanInclusive, value: 7 }';

describe('warnings', () => {
  it('gives none for the valid fixture', () => {
    const result = parseRuleTexts(valid);
    expect(result.warnings).toEqual([]);
  });

  it.each([
    ['a comparison below the minimum', rule('{ fact: attendees, operator: lessThan, value: 2 }'), 'z.yaml:3:11', 'row "extra" can never match: "attendees" is always between 2 and 500, so "attendees lessThan 2" never holds'],
    ['a comparison above the maximum', rule('{ fact: attendees, operator: greaterThan, value: 500 }'), 'z.yaml:3:11', 'row "extra" can never match: "attendees" is always between 2 and 500, so "attendees greaterThan 500" never holds'],
    ['a derived fact out of its range', rule('{ fact: overlap_hours, operator: greaterThan, value: 48 }'), 'z.yaml:3:11', 'row "extra" can never match: "overlap_hours" is always between 0 and 48, so "overlap_hours greaterThan 48" never holds'],
    ['"in" an empty list', rule('{ fact: purpose, operator: in, value: [] }'), 'z.yaml:3:11', 'row "extra" can never match: "purpose" in an empty list never holds'],
    [
      'one fact equal to two values',
      rule('{ all: [{ fact: urgency, operator: equal, value: today }, { fact: urgency, operator: equal, value: whenever }] }'),
      'z.yaml:3:69',
      'row "extra" can never match: it asks "urgency" to be both "today" and "whenever"',
    ],
    ['an empty "any"', rule('{ any: [] }'), 'z.yaml:3:11', 'row "extra" can never match: an empty "any" never holds'],
    [
      'bounds on one fact that exclude each other, at the second of them',
      'table:\n  - id: extra\n    when:\n      all:\n        - { fact: attendees, operator: greaterThan, value: 10 }\n        - { fact: purpose, operator: equal, value: brainstorm }\n        - { fact: attendees, operator: lessThan, value: 5 }\n    plan: workshop\n    reason: r\n    source: s\n',
      'z.yaml:7:11',
      'row "extra" can never match: it asks "attendees" to be both more than 10 and less than 5',
    ],
    [
      'a checklist item whose "in" lists share nothing',
      'checklist:\n  - id: extra\n    text: t\n    when: { all: [{ fact: plan, operator: in, value: [workshop] }, { fact: plan, operator: notEqual, value: workshop }] }\n    source: s\n',
      'z.yaml:4:68',
      'checklist item "extra" can never be shown: it asks "plan" to be both one of ["workshop"] and anything but "workshop"',
    ],
    [
      'an impossible part deep inside',
      rule('{ all: [{ fact: sensitive, operator: equal, value: false }, { all: [{ fact: attendees, operator: lessThanInclusive, value: 1 }] }] }'),
      'z.yaml:3:79',
      'row "extra" can never match: "attendees" is always between 2 and 500, so "attendees lessThanInclusive 1" never holds',
    ],
    [
      'a checklist item that can never show',
      'checklist:\n  - id: extra\n    text: t\n    modes: [sync]\n    when: { fact: zone_count, operator: lessThan, value: 1 }\n    source: s\n',
      'z.yaml:5:11',
      'checklist item "extra" can never be shown: "zone_count" is always at least 1, so "zone_count lessThan 1" never holds',
    ],
    [
      'an adjustment that can never apply',
      'adjustments:\n  - id: extra\n    when: { all: [{ fact: mode, operator: equal, value: sync }, { fact: mode, operator: equal, value: async }] }\n    reason: r\n    source: s\n',
      'z.yaml:3:65',
      'adjustment "extra" can never apply: it asks "mode" to be both "sync" and "async"',
    ],
    [
      'a row that repeats every condition of a row above it',
      rule(`{ all: [${SMALL}, { fact: sensitive, operator: equal, value: false }, ${BRAINSTORM}] }`),
      'z.yaml:2:9',
      'row "extra" can never match: row "brainstorm-live" above it matches every need it matches (first at rules.yaml:8:9)',
    ],
    ['a row that repeats a row above it exactly', rule(BRAINSTORM.replace('in, value: [brainstorm]', 'equal, value: quick-question')), 'z.yaml:2:9', 'row "extra" can never match: row "quick-question-async" above it matches every need it matches (first at rules.yaml:3:9)'],
    [
      'a question whose "when" can never hold',
      'questions:\n  - id: budget\n    prompt: p\n    type: number\n    default: 0\n    when: { all: [{ fact: attendees, operator: lessThan, value: 3 }, { fact: attendees, operator: greaterThan, value: 3 }] }\nchecklist:\n  - { id: extra, text: "Budget {budget}", modes: [sync], source: s }\n',
      'z.yaml:6:70',
      'question "budget" is never asked: it asks "attendees" to be both less than 3 and more than 3',
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
    ['a question read only by a placeholder', 'questions:\n  - { id: budget, prompt: p, type: number, default: 0 }\nchecklist:\n  - { id: extra, text: "Budget {budget}", modes: [sync], source: s }\n'],
    ['a row with one condition of a row above it (it is broader, and matches what that one does not)', rule(BRAINSTORM)],
    ['a row whose condition is the same fact with another value', rule(`{ all: [${BRAINSTORM.replace('[brainstorm]', '[quick-question, brainstorm]')}, ${SMALL}] }`)],
  ])('does not flag %s', (_, text) => {
    expect(warningsOf(text)).toEqual([]);
  });
});

describe('the decision table\'s old section name', () => {
  const row = '  - id: extra\n    when: { fact: attendees, operator: greaterThan, value: 400 }\n    plan: workshop\n    reason: r\n    source: s\n';

  it('reads "rules:" as "table:", with a warning at the key that says to rename it', () => {
    const old = parseRuleTexts(withFiles(valid, { file: 'z.yaml', text: `rules:\n${row}` }));
    const now = parseRuleTexts(withFiles(valid, { file: 'z.yaml', text: `table:\n${row}` }));
    if (!('ruleSet' in old) || !('ruleSet' in now)) throw new Error('not loaded');
    expect(old.ruleSet.rules).toEqual(now.ruleSet.rules);
    expect(now.warnings).toEqual([]);
    expect(old.warnings).toEqual([expect.objectContaining({ where: 'z.yaml:1:1', message: expect.stringContaining('now called "table:"'), hint: expect.stringMatching(/Rename the key "rules:" to "table:"/), deprecated: true })]);
  });

  it('refuses a file with both names', () => {
    const result = parseRuleTexts(withFiles(valid, { file: 'z.yaml', text: `table:\n${row}rules:\n${row.replace('extra', 'other')}` }));
    expect('errors' in result && result.errors.map((e) => `${e.where}: ${e.message}`)).toContain('z.yaml:7:1: this file has both "table:" and "rules:" (the old name of table:)');
  });
});
