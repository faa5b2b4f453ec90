// Draft templates in a team's rule file: checked like the rest of the set (each mistake at its
// file:line:col with a fix), and replacing the built-in wording by id with `extends: builtin`.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { needOf } from '../world.js';
import { advise } from '../../src/core/advise.js';
import { draftSteps } from '../../src/core/draft.js';
import type { RuleSet } from '../../src/core/types.js';
import { parseRuleTexts } from '../../src/rules/parse.js';
import { root, texts } from './helpers.js';
import { runExample } from '../../src/app/examples.js';
import { world } from '../world.js';

const base = texts(join(root, 'rules')).map((t) => ({ ...t, file: `builtin/${t.file}` }));
const team = (text: string) => parseRuleTexts([{ file: 'team.yaml', text: `extends: builtin\n${text}` }], { base });
const problems = (text: string): string[] => {
  const result = team(text);
  return 'errors' in result ? result.errors.map((e) => `${e.where}: ${e.message} | ${e.hint ?? ''}`) : [];
};

const template = (part: string, id = 'written', subject = 'Hello') => `drafts:\n  - id: ${id}\n    subject: "${subject}"\n    parts:\n${part}\n    source: team agreement\n`;

describe('checking draft templates', () => {
  it('refuses an unknown {placeholder} at its line and column, with the closest name and the names it may use', () => {
    const found = problems(template('      - text: "With {atendees} people, {minutes} minutes"'));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^team\.yaml:6:15: unknown placeholder "\{atendees\}"; did you mean "attendees"\?/);
    expect(found[0]).toMatch(/minutes/); // the hint lists the draft's own values too
  });

  it('takes {name} and {time} only in the line written for each entry', () => {
    expect(problems(template('      - { title: "Reply by:", each: reply_by, item: "{name} by {time}" }'))).toEqual([]);
    expect(problems(template('      - text: "Dear {name}"'))[0]).toMatch(/unknown placeholder "\{name\}"/);
  });

  it('refuses a [[ that is never closed, and says how to write a fill-in', () => {
    const found = problems(template('      - text: "Decide [[what by Friday"'));
    expect(found[0]).toMatch(/^team\.yaml:6:\d+: a "\[\[" that is not closed by "\]\]"/);
    expect(found[0]).toMatch(/\[\[what you need decided\]\]/);
  });

  it('refuses a part with two contents, an id that names no step, and an unknown checklist item', () => {
    expect(problems(template('      - { text: "a", items: ["b"] }'))[0]).toMatch(/takes one of text, items and each, not text and items/);
    expect(problems(template('      - text: "a"', 'quick-message/asks'))[0]).toMatch(/plan "quick-message" has no step "asks"; did you mean "quick-message\/ask"\?/);
    expect(problems(template('      - text: "a"', 'writen'))[0]).toMatch(/draft "writen" names no step; did you mean "\w+"\?.*Use written or live/);
    expect(problems(template('      - { text: "a", with: [record-and-anounce] }'))[0]).toMatch(/unknown checklist item "record-and-anounce"; did you mean "record-and-announce"\?/);
  });

  it('refuses an unknown list to repeat over, naming the ones there are', () => {
    expect(problems(template('      - { each: readers }'))[0]).toMatch(/unknown draft list "readers".*reply_by, times, people|reply_by/);
  });
});

describe("a team's templates", () => {
  it('replace the built-in one of the same id, and the draft reads the team\'s words', () => {
    const result = team(template('      - text: "Per our RFC process: [[link to the RFC]]"\n      - { title: "Comments by:", each: reply_by }', 'written-decision/proposal', 'RFC: [[title]]'));
    if ('errors' in result) throw new Error(result.errors.map((e) => e.message).join('\n'));
    const set: RuleSet = result.ruleSet;
    const advice = advise(set, needOf({ purpose: 'decision', urgency: 'this-week', attendees: 2 }, set, { now: '2026-12-07T10:00:00Z', organizerZone: 'UTC' }));
    const [draft] = draftSteps(advice, set.drafts ?? []).drafts;
    expect(draft!.subject).toBe('RFC: [[title]]');
    expect(draft!.blocks[0]!.text).toBe('Per our RFC process: [[link to the RFC]]');
    expect(draft!.blocks[1]!.items).toEqual([`UTC: ${advice.steps[0]!.replyBy!.local['UTC']}`]);
    expect(draft!.placeholders).toEqual(['title', 'link to the RFC']);
  });
});

describe('rules test examples on drafts', () => {
  const result = team('');
  if ('errors' in result) throw new Error('the built-in set should load');
  const set = result.ruleSet;
  const example = (draft: { step: number; contains?: string[]; notContains?: string[] }) =>
    runExample(set, { name: 'a crisis call', answers: { purpose: 'resolve-issue', urgency: 'immediate', attendees: 2 }, expect: { recommendation: 'sync', draft } }, world);

  it('pass when the draft holds the words and lacks the others, ignoring case', () => {
    expect(example({ step: 1, contains: ['call now'], notContains: ['agenda'] }).failures).toEqual([]);
  });

  it('fail, saying which words, when it does not', () => {
    expect(example({ step: 1, contains: ['Agenda'], notContains: ['Call now'] }).failures).toEqual([
      'draft of step 1: expected "Agenda", missing',
      'draft of step 1: expected no "Call now", found it',
    ]);
    expect(example({ step: 3 }).failures[0]).toMatch(/step 3 has no draft \(the plan has 1 step,/);
  });
});
