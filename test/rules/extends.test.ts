// A team rule set that says `extends: builtin` starts from the built-in files: items with a built-in
// id replace them in place, new ids are added, `disable:` switches rules off, and every problem
// still points into the team's own file.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleSet } from '../../src/core/types.js';
import { parseRuleTexts } from '../../src/rules/parse.js';
import { root, texts } from './helpers.js';

const base = texts(join(root, 'rules')).map((t) => ({ ...t, file: `builtin/${t.file}` }));
const builtIn = (): RuleSet => {
  const result = parseRuleTexts(base);
  if ('errors' in result) throw new Error('the shipped set should load');
  return result.ruleSet;
};
const team = (text: string) => parseRuleTexts([{ file: 'team.yaml', text: `extends: builtin\n${text}` }], { base });
const loaded = (text: string): RuleSet => {
  const result = team(text);
  if ('errors' in result) throw new Error(result.errors.map((e) => `${e.where}: ${e.message}`).join('\n'));
  return result.ruleSet;
};
const errorsOf = (text: string): string[] => {
  const result = team(text);
  return 'errors' in result ? result.errors.map((e) => `${e.where}: ${e.message}`) : [];
};
const RULE = '    when: { fact: attendees, operator: greaterThan, value: 6 }\n    effect: { sync: -4, hybrid: 2 }\n    reason: r\n    source: s\n';

describe('extends: builtin', () => {
  it('alone gives the built-in set', () => {
    const set = loaded('');
    const shipped = builtIn();
    expect(set.rules.map((r) => r.id)).toEqual(shipped.rules.map((r) => r.id));
    expect(set.questions).toEqual(shipped.questions);
    expect(set.examples).toHaveLength(shipped.examples.length);
  });

  it('replaces a built-in rule by id, where it stood, and adds new ids at the end', () => {
    const shipped = builtIn().rules.map((r) => r.id);
    const set = loaded(`rules:\n  - id: large-decision-group\n${RULE}  - id: small-meetings-only\n${RULE}`);
    expect(set.rules.map((r) => r.id)).toEqual([...shipped, 'small-meetings-only']);
    expect(set.rules.find((r) => r.id === 'large-decision-group')!.effect).toEqual({ sync: -4, hybrid: 2 });
  });

  it('replaces checklist items, questions and settings keys, keeping the rest', () => {
    const set = loaded(
      'checklist:\n  - { id: agenda-ahead, text: Our agenda, outcomes: [sync], source: team }\nsettings:\n  hybridMargin: 0.3\n',
    );
    expect(set.checklist.find((c) => c.id === 'agenda-ahead')?.text).toBe('Our agenda');
    expect(set.checklist).toHaveLength(builtIn().checklist.length);
    expect(set.settings.hybridMargin).toBe(0.3);
    expect(set.settings.meetingMinutes).toBe(builtIn().settings.meetingMinutes);
  });

  it('switches rules off with disable:', () => {
    const set = loaded('disable: [large-decision-group, brainstorm-live]\n');
    expect(set.rules.map((r) => r.id)).not.toContain('large-decision-group');
    expect(set.rules).toHaveLength(builtIn().rules.length - 2);
  });

  it("points every problem into the team's file", () => {
    expect(errorsOf('disable: [large-decison-group]\n')).toEqual(['team.yaml:2:11: unknown rule "large-decison-group"; did you mean "large-decision-group"?']);
    expect(errorsOf(`rules:\n  - id: brainstorm-live\n${RULE.replace('greaterThan', 'greaterThen')}`)).toEqual([
      'team.yaml:4:40: unknown operator "greaterThen"; did you mean "greaterThan"?',
    ]);
    expect(errorsOf(`rules:\n  - id: mine\n${RULE}  - id: mine\n${RULE}`)).toEqual(['team.yaml:8:9: duplicate rule id "mine" (first at team.yaml:3:9)']);
  });

  it('refuses an unknown base, and says so when extends could not be read', () => {
    const result = parseRuleTexts([{ file: 'team.yaml', text: 'extends: builtn\n' }], { base });
    expect('errors' in result && result.errors.map((e) => `${e.where}: ${e.message}`)).toEqual([
      'team.yaml:1:10: unknown base rule set "builtn"; did you mean "builtin"?',
    ]);
    const unread = parseRuleTexts([...base.map((t) => ({ ...t, file: t.file.replace('builtin/', '') })), { file: 'team.yaml', text: 'extends: builtin\n' }]);
    expect('errors' in unread && unread.errors.map((e) => `${e.where}: ${e.message}`)).toEqual(['team.yaml:1:1: "extends" was not read here']);
  });
});
