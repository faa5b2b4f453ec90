// The audit's two sections of a rule file (`audit:` title patterns -> answers, `verdicts:`) are
// checked like every other section, at file:line:col, and a team's set overrides them with
// `extends: builtin`.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleSet } from '../../src/core/types.js';
import { parseRuleTexts } from '../../src/rules/parse.js';
import { root, texts } from './helpers.js';

const base = texts(join(root, 'rules')).map((t) => ({ ...t, file: `builtin/${t.file}` }));
const team = (text: string) => parseRuleTexts([{ file: 'team.yaml', text: `extends: builtin\n${text}` }], { base });
const errorsOf = (text: string): string[] => {
  const result = team(text);
  return 'errors' in result ? result.errors.map((e) => `${e.where}: ${e.message}`) : [];
};
const loaded = (text: string): RuleSet => {
  const result = team(text);
  if ('errors' in result) throw new Error(result.errors.map((e) => `${e.where}: ${e.message}`).join('\n'));
  return result.ruleSet;
};

describe('audit entries', () => {
  it('the built-in set has them, and verdict rows ending in a catch-all', () => {
    const set = loaded('');
    expect(set.audit?.map((a) => a.id)).toEqual(expect.arrayContaining(['standup', 'status', 'one-to-one', 'retro', 'review', 'kickoff', 'all-hands']));
    expect(set.verdicts?.at(-1)?.when).toBeUndefined();
  });

  it('refuses a pattern that is not a regular expression, at its line', () => {
    expect(errorsOf('audit:\n  - id: broken\n    title: "stand(up"\n    answers: { purpose: share-info }\n    source: s\n')).toEqual([expect.stringMatching(/^team\.yaml:4:12: not a regular expression/)]);
  });

  it('refuses an unknown question, a choice the question does not have, and attendees (which the calendar gives)', () => {
    const errors = errorsOf('audit:\n  - id: x\n    title: x\n    answers: { purpos: share-info, urgency: soonish, attendees: 3 }\n    source: s\n');
    expect(errors).toEqual([
      expect.stringMatching(/unknown question "purpos" \(did you mean "purpose"\?\)|unknown question "purpos"/),
      expect.stringMatching(/"soonish" is not a choice of "urgency"/),
      expect.stringMatching(/"attendees" comes from the calendar's attendees/),
    ]);
  });

  it('refuses a verdict that reads a fact the audit does not have, or names an unknown placeholder', () => {
    const errors = errorsOf('verdicts:\n  - id: v\n    when: { fact: flag_too_lng, operator: equal, value: true }\n    verdict: shorten\n    reason: "{minuts} is long"\n    source: s\n');
    expect(errors.join('\n')).toMatch(/flag_too_lng/);
    expect(errors.join('\n')).toMatch(/unknown placeholder \{minuts\}/);
  });

  it('refuses a verdict that is not one of keep, shorten, make-written, merge, review', () => {
    expect(errorsOf('verdicts:\n  - id: v\n    verdict: cancel\n    reason: r\n    source: s\n').join('\n')).toMatch(/verdict/);
  });

  it("puts a team's entries first and replaces a built-in one with the same id", () => {
    const set = loaded('audit:\n  - id: falcon\n    title: falcon\n    answers: { purpose: decision, urgency: this-week }\n    source: the team\n  - id: standup\n    title: huddle\n    answers: { purpose: share-info, urgency: today }\n    source: the team\n');
    expect(set.audit?.[0]?.id).toBe('falcon');
    expect(set.audit?.find((a) => a.id === 'standup')?.title).toBe('huddle');
  });
});
