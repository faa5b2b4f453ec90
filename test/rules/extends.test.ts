// A team rule set that says `extends: builtin` starts from the built-in files: items with a built-in
// id replace them in place, a team's new row goes above every built-in row unless it names its
// place with `above:` or `below:`, `disable:` switches rows and adjustments off, and every problem
// still points into the team's own file.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { needOf } from '../world.js';
import { advise } from '../../src/core/advise.js';
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
const warningsOf = (text: string): string[] => team(text).warnings.map((w) => `${w.where}: ${w.message}`);
const ids = (set: RuleSet): string[] => set.rules.map((r) => r.id);

/** The row that matches, and the plan, for answers given as in `--set`. */
function decide(set: RuleSet, answers: Record<string, unknown>): { row: string; plan: string; recommendation: string } {
  const { row, plan, recommendation } = advise(set, needOf(answers, set, { now: '2026-01-05T12:00:00Z', organizerZone: 'UTC' }));
  return { row, plan, recommendation };
}

/** A team row: every one-way door (a decision hard to undo) is made live, now. */
const ONE_WAY_DOORS_MEET = (place = ''): string =>
  [
    'table:',
    '  - id: one-way-doors-meet',
    '    when:',
    '      all:',
    '        - { fact: purpose, operator: equal, value: decision }',
    '        - { fact: reversible, operator: equal, value: false }',
    '    plan: decide-live-now',
    '    reason: We decide every one-way door live.',
    '    source: team agreement',
    ...(place ? [`    ${place}`] : []),
    '',
  ].join('\n');
const ONE_WAY_DOOR = { purpose: 'decision', urgency: 'this-week', attendees: 5, reversible: false };
const ONE_WAY_DOOR_NOW = { ...ONE_WAY_DOOR, urgency: 'immediate' };
const ROW = (id: string, when = '{ fact: attendees, operator: greaterThan, value: 6 }') =>
  `  - id: ${id}\n    when: ${when}\n    plan: workshop\n    reason: r\n    source: s\n`;

describe('extends: builtin', () => {
  it('alone gives the built-in set', () => {
    const set = loaded('');
    const shipped = builtIn();
    expect(ids(set)).toEqual(ids(shipped));
    expect(set.plans).toEqual(shipped.plans);
    expect(set.adjustments).toEqual(shipped.adjustments);
    expect(set.questions).toEqual(shipped.questions);
    expect(set.examples).toHaveLength(shipped.examples.length);
  });

  it('replaces a built-in row by id, where it stood', () => {
    const shipped = ids(builtIn());
    const set = loaded(`table:\n${ROW('large-brainstorm', '{ all: [{ fact: purpose, operator: equal, value: brainstorm }, { fact: attendees, operator: greaterThan, value: 5 }] }')}`);
    expect(ids(set)).toEqual(shipped);
    expect(set.rules.find((r) => r.id === 'large-brainstorm')!.plan).toBe('workshop');
    expect(decide(set, { purpose: 'brainstorm', urgency: 'this-week', attendees: 6 })).toMatchObject({ row: 'large-brainstorm', plan: 'workshop' });
  });

  it('puts a new row above every built-in row, in the order the team wrote its rows', () => {
    const shipped = ids(builtIn());
    const set = loaded(`table:\n${ROW('first-mine')}${ROW('second-mine', '{ fact: attendees, operator: greaterThan, value: 3 }')}`);
    expect(ids(set)).toEqual(['first-mine', 'second-mine', ...shipped]);
  });

  it('so a team row making every one-way door a meeting wins over the built-in rows', () => {
    expect(decide(builtIn(), ONE_WAY_DOOR)).toEqual({ row: 'one-way-door', plan: 'write-then-decide', recommendation: 'hybrid' });
    const set = loaded(ONE_WAY_DOORS_MEET());
    expect(ids(set)[0]).toBe('one-way-doors-meet');
    expect(decide(set, ONE_WAY_DOOR)).toEqual({ row: 'one-way-doors-meet', plan: 'decide-live-now', recommendation: 'sync' });
    // It comes first, above even the crisis row: for a reversible decision nothing changes.
    expect(decide(set, { ...ONE_WAY_DOOR, reversible: true })).toMatchObject({ row: 'reversible-decision' });
  });

  it('puts a row just above the row named by above:, so the rows above that still come first', () => {
    const set = loaded(ONE_WAY_DOORS_MEET('above: one-way-door'));
    const order = ids(set);
    expect(order.indexOf('one-way-doors-meet')).toBe(order.indexOf('one-way-door') - 1);
    expect(order.indexOf('one-way-door-now')).toBeLessThan(order.indexOf('one-way-doors-meet'));
    expect(decide(set, ONE_WAY_DOOR)).toMatchObject({ row: 'one-way-doors-meet', plan: 'decide-live-now' });
    expect(decide(set, ONE_WAY_DOOR_NOW)).toMatchObject({ row: 'one-way-door-now' });
  });

  it('puts a row just below the row named by below:, where a row repeating its conditions can never match', () => {
    const text = ONE_WAY_DOORS_MEET('below: one-way-door');
    const set = loaded(text);
    const order = ids(set);
    expect(order.indexOf('one-way-doors-meet')).toBe(order.indexOf('one-way-door') + 1);
    expect(decide(set, ONE_WAY_DOOR)).toMatchObject({ row: 'one-way-door' });
    expect(warningsOf(text)).toEqual([
      expect.stringMatching(/^team\.yaml:3:9: row "one-way-doors-meet" can never match: row "one-way-door" above it matches every need it matches/),
    ]);
  });

  it('moves a replaced built-in row to the place its above: or below: names', () => {
    const set = loaded(`table:\n${ROW('quick-question', '{ fact: purpose, operator: equal, value: quick-question }')}    above: incident\n`);
    expect(ids(set).slice(0, 2)).toEqual(['quick-question', 'incident']);
    expect(ids(set).filter((id) => id === 'quick-question')).toHaveLength(1);
  });

  it('refuses a row placed below the catch-all, which leaves a condition on the last row', () => {
    expect(errorsOf(`table:\n${ROW('mine')}    below: otherwise-write\n`)).toEqual([
      'team.yaml:4:5: the last row, "mine", has a condition, so some needs would get no plan',
    ]);
  });

  it('warns that every built-in row can never match when a team row without a condition goes first', () => {
    const warnings = warningsOf('table:\n  - { id: always-meet, plan: workshop, reason: r, source: s }\n');
    expect(warnings).toHaveLength(builtIn().rules.length);
    expect(warnings[0]).toMatch(/row "incident" can never match: row "always-meet" above it/);
  });

  it('replaces checklist items, plans, questions and settings keys, keeping the rest', () => {
    const set = loaded(
      [
        'checklist:',
        '  - { id: agenda-ahead, kind: goal, modes: [sync, hybrid], text: Our agenda, source: team }',
        'plans:',
        '  - { id: workshop, mode: sync, label: Our workshop, channels: [in-person], meetingMinutes: 90, checklist: [agenda-ahead] }',
        'settings:',
        '  meetingMinutes: 30',
        '',
      ].join('\n'),
    );
    expect(set.checklist.find((c) => c.id === 'agenda-ahead')?.text).toBe('Our agenda');
    expect(set.checklist).toHaveLength(builtIn().checklist.length);
    expect(set.plans.map((p) => p.id)).toEqual(builtIn().plans.map((p) => p.id));
    expect(set.plans.find((p) => p.id === 'workshop')).toMatchObject({ label: 'Our workshop', channels: ['in-person'], meetingMinutes: 90 });
    expect(set.settings.meetingMinutes).toBe(30);
    expect(set.settings.replyBy).toEqual(builtIn().settings.replyBy);
  });

  it('switches rows and adjustments off with disable:', () => {
    const set = loaded('disable: [large-brainstorm, one-way-door-now, big-group]\n');
    expect(ids(set)).not.toContain('large-brainstorm');
    expect(set.rules).toHaveLength(builtIn().rules.length - 2);
    expect(set.adjustments.map((a) => a.id)).not.toContain('big-group');
    expect(set.adjustments).toHaveLength(builtIn().adjustments.length - 1);
    expect(decide(set, { purpose: 'brainstorm', urgency: 'this-week', attendees: 12 })).toMatchObject({ row: 'brainstorm', plan: 'workshop' });
    expect(decide(set, ONE_WAY_DOOR_NOW)).toMatchObject({ row: 'one-way-door' });
  });

  it('refuses to switch off the catch-all row, which leaves a condition on the last row', () => {
    // Loaded anyway, this set would find no row for a quick question.
    const text = 'disable: [quick-question, otherwise-write]\n';
    expect(errorsOf(text)).toEqual([expect.stringMatching(/: the last row, "written-update", has a condition, so some needs would get no plan$/)]);
  });

  it("points every problem into the team's file", () => {
    expect(errorsOf('disable: [large-brainstrom]\n')).toEqual(['team.yaml:2:11: unknown row or adjustment "large-brainstrom"; did you mean "large-brainstorm"?']);
    expect(errorsOf(`table:\n${ROW('brainstorm').replace('greaterThan', 'greaterThen')}`)).toEqual([
      'team.yaml:4:40: unknown operator "greaterThen"; did you mean "greaterThan"?',
    ]);
    expect(errorsOf(`table:\n${ROW('mine')}${ROW('mine')}`)).toEqual(['team.yaml:8:9: duplicate row id "mine" (first at team.yaml:3:9)']);
    expect(errorsOf(`table:\n${ROW('mine')}    above: one-way-dor\n`)).toContain('team.yaml:8:12: unknown row "one-way-dor"; did you mean "one-way-door"?');
    expect(errorsOf(`table:\n${ROW('mine').replace('plan: workshop', 'plan: worksop')}`)).toEqual(['team.yaml:5:11: unknown plan "worksop"; did you mean "workshop"?']);
  });

  it('refuses an unknown base, and says so when extends could not be read', () => {
    const result = parseRuleTexts([{ file: 'team.yaml', text: 'extends: builtn\n' }], { base });
    expect('errors' in result && result.errors.map((e) => `${e.where}: ${e.message}`)).toEqual([
      'team.yaml:1:10: unknown base rule set "builtn"; did you mean "builtin"?',
    ]);
    const unread = parseRuleTexts([...base.map((t) => ({ ...t, file: t.file.replace('builtin/', '') })), { file: 'team.yaml', text: 'extends: builtin\n' }]);
    expect('errors' in unread && unread.errors.map((e) => `${e.where}: ${e.message}`)).toEqual(['team.yaml:1:1: "extends" was not read here']);
  });

  it('places a row above another placed row, whichever comes first in the file', () => {
    const row = (id: string, place: string) => `  - { id: ${id}, when: { fact: purpose, operator: equal, value: kickoff }, plan: workshop, reason: r, source: s, ${place} }\n`;
    const set = loaded(`table:\n${row('first-team-row', 'above: second-team-row')}${row('second-team-row', 'above: kickoff')}`);
    const order = ids(set);
    expect(order.indexOf('first-team-row')).toBe(order.indexOf('second-team-row') - 1);
    expect(order.indexOf('second-team-row')).toBe(order.indexOf('kickoff') - 1);
  });
});
