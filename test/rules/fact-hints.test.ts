// An unknown fact name in a condition or a placeholder names the fact the author most likely meant,
// chosen among every question id (including the rule set's own) and every derived fact.
import { describe, expect, it } from 'vitest';
import { closestName } from '../../src/core/suggest.js';
import { parseRuleTexts } from '../../src/rules/parse.js';
import { fixture, root, texts, withFiles } from './helpers.js';
import { join } from 'node:path';

const shipped = texts(join(root, 'rules'));
const errorsOf = (extra: string): { where?: string; message: string }[] => {
  // extra.yaml is read before table.yaml, so its row stands above the built-in catch-all.
  const result = parseRuleTexts(withFiles(shipped, { file: 'extra.yaml', text: extra }));
  if (!('errors' in result)) throw new Error('expected errors');
  return result.errors.map(({ where, message }) => ({ where, message }));
};
const rule = (fact: string): string =>
  `table:\n  - id: extra\n    when: { fact: ${fact}, operator: greaterThan, value: 2 }\n    plan: call-now\n    reason: r\n    source: s\n`;

describe('unknown fact names', () => {
  it.each([
    ['atendees', 'attendees'],
    ['Attendees', 'attendees'],
    ['overlapHours', 'overlap_hours'],
    ['overlap', 'overlap_hours'],
    ['zone_spread', 'zone_spread_hours'],
    ['zone-count', 'zone_count'],
    ['personHours', 'person_hours'],
    ['back_and_forths', 'back_and_forth'],
  ])('"%s" in a rule condition suggests "%s", at the fact itself', (typo, meant) => {
    expect(errorsOf(rule(typo))).toEqual([{ where: 'extra.yaml:3:19', message: `unknown fact "${typo}"; did you mean "${meant}"?` }]);
  });

  it("suggests the rule set's own questions too", () => {
    const text = `questions:\n  - { id: budget_eur, prompt: p, type: number, default: 0 }\n${rule('budget')}`;
    expect(errorsOf(text)).toEqual([{ where: 'extra.yaml:5:19', message: 'unknown fact "budget"; did you mean "budget_eur"?' }]);
  });

  it('suggests nothing rather than a wild guess', () => {
    expect(errorsOf(rule('mood'))).toEqual([{ where: 'extra.yaml:3:19', message: 'unknown fact "mood"' }]);
  });

  it('hints in checklist conditions and placeholders, and lists every fact', () => {
    const text = 'checklist:\n  - id: x\n    text: "Meet in the {overlap} shared hours"\n    modes: [sync]\n    when: { fact: zonecount, operator: greaterThan, value: 1 }\n    source: s\n';
    const result = parseRuleTexts(withFiles(texts(fixture('rules-valid')), { file: 'zz.yaml', text }));
    if (!('errors' in result)) throw new Error('expected errors');
    expect(result.errors.map((e) => `${e.where}: ${e.message}`)).toEqual([
      'zz.yaml:3:11: unknown placeholder "{overlap}"; did you mean "overlap_hours"?',
      'zz.yaml:5:19: unknown fact "zonecount"; did you mean "zone_count"?',
    ]);
    // A checklist item may also read the plan chosen and its mode.
    expect(result.errors[1]!.hint).toMatch(/question id or a derived fact: .*zone_count, overlap_hours, zone_spread_hours, reply_by, audience_size, person_hours, plan, mode, step, step_kind, audience\.$/);
  });

  it('suggests plan and mode in an adjustment, and lists them for it but not for a row', () => {
    const adjustment = 'adjustments:\n  - id: extra\n    when: { fact: mdoe, operator: equal, value: sync }\n    reason: r\n    source: s\n';
    expect(errorsOf(adjustment)).toEqual([{ where: 'extra.yaml:3:19', message: 'unknown fact "mdoe"; did you mean "mode"?' }]);
    const hintFor = (text: string): string => {
      const result = parseRuleTexts(withFiles(shipped, { file: 'extra.yaml', text }));
      return 'errors' in result ? result.errors[0]!.hint ?? '' : '';
    };
    expect(hintFor(adjustment)).toMatch(/person_hours, plan, mode, step, step_kind, audience\.$/);
    expect(hintFor(rule('mood'))).toMatch(/person_hours\.$/);
  });
});

describe('closestName', () => {
  const names = ['zone_count', 'zone_spread_hours', 'overlap_hours', 'attendees'];
  it.each([
    ['zone', undefined], // two facts hold "zone": no guess
    ['hrs', undefined], // too short to match a part
    ['attendees_count', 'attendees'],
    ['spread', 'zone_spread_hours'],
  ])('%s -> %s', (word, meant) => {
    expect(closestName(word, names)).toBe(meant);
  });
});
