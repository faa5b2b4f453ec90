// A team question in a set that extends the built-in one goes last unless it says where, with
// `before:` or `after:` a question (as a row says `above:` or `below:` a row); an unknown name is an
// error with a did-you-mean, and a `when` still may read only the questions asked before it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleSet } from '../../src/core/types.js';
import { parseRuleTexts } from '../../src/rules/parse.js';
import { fixture, root, texts, withFiles } from './helpers.js';

const base = texts(join(root, 'rules')).map((t) => ({ ...t, file: `builtin/${t.file}` }));
const team = (text: string) => parseRuleTexts([{ file: 'team.yaml', text: `extends: builtin\n${text}` }], { base });
const order = (text: string): string[] => {
  const result = team(text);
  if ('errors' in result) throw new Error(result.errors.map((e) => `${e.where}: ${e.message}`).join('\n'));
  return (result.ruleSet as RuleSet).questions.map((q) => q.id);
};
const errorsOf = (text: string): string[] => {
  const result = team(text);
  return 'errors' in result ? result.errors.map((e) => `${e.where}: ${e.message}`) : [];
};
/** A team question, read by a checklist item so that nothing warns it is unread. */
const QUESTION = (id: string, place = '', when = ''): string =>
  `  - id: ${id}\n    prompt: p\n    type: boolean\n    default: false\n${place ? `    ${place}\n` : ''}${when ? `    when: ${when}\n` : ''}`;
const READ = (...ids: string[]): string =>
  `checklist:\n${ids.map((id) => `  - { id: read-${id.replace(/_/g, '-')}, text: "{${id}}", source: s }\n`).join('')}`;
const shipped = order('');
const around = (ids: string[], id: string): string[] => ids.slice(Math.max(0, ids.indexOf(id) - 1), ids.indexOf(id) + 2);

describe('questions placed with before: and after:', () => {
  it('puts a team question last when it names no place', () => {
    expect(order(`questions:\n${QUESTION('budget')}${READ('budget')}`)).toEqual([...shipped, 'budget']);
  });

  it.each([
    ['after: purpose', ['purpose', 'budget', 'urgency']],
    ['before: urgency', ['purpose', 'budget', 'urgency']],
    ['before: purpose', ['budget', 'purpose']],
    [`after: ${shipped.at(-1)}`, [shipped.at(-1), 'budget']],
  ])('with %s, asks it there', (place, expected) => {
    const ids = order(`questions:\n${QUESTION('budget', place)}${READ('budget')}`);
    expect(ids).toHaveLength(shipped.length + 1);
    expect(around(ids, 'budget').filter(Boolean)).toEqual(expected);
  });

  it('places a question next to another placed question, whichever comes first in the file', () => {
    const ids = order(`questions:\n${QUESTION('client', 'after: budget')}${QUESTION('budget', 'after: purpose')}${READ('budget', 'client')}`);
    expect(ids.slice(0, 4)).toEqual(['purpose', 'budget', 'client', 'urgency']);
  });

  it('moves a replaced built-in question only when it names a place', () => {
    const attendees = '  - { id: attendees, prompt: How many?, type: number, integer: true, min: 1, max: 900 }\n';
    expect(order(`questions:\n${attendees}`)).toEqual(shipped);
    expect(order(`questions:\n${attendees.replace(' }', ', before: purpose }')}`)[0]).toBe('attendees');
  });

  it.each([
    ['an unknown question, with a did-you-mean', QUESTION('budget', 'after: purpos'), 'team.yaml:7:12: unknown question "purpos"; did you mean "purpose"?'],
    ['a name that is not a question id', QUESTION('budget', 'after: Purpose'), 'team.yaml:7:12: "Purpose" is not a valid question id'],
    ['questions that place each other in a circle', QUESTION('budget', 'after: client') + QUESTION('client', 'before: budget'), 'team.yaml:7:12: question "budget" goes after "client", which waits to be placed itself: their places go round in a circle'],
    [
      'a "when" that reads a question placed after it',
      QUESTION('budget', 'before: purpose', '{ fact: urgency, operator: equal, value: today }'),
      'team.yaml:8:19: question "budget" reads "urgency", which is asked at the same time or later',
    ],
  ])('refuses %s', (_, questions, error) => {
    expect(errorsOf(`questions:\n${questions}${READ('budget', 'client')}`)).toContainEqual(expect.stringContaining(error));
  });
});

it('warns that before:, after:, above: and below: do nothing in a set that extends no other', () => {
  const text = `questions:\n${QUESTION('budget', 'after: purpose')}${READ('budget')}table:\n  - { id: extra, when: { fact: attendees, operator: greaterThan, value: 6 }, plan: workshop, reason: r, source: s, above: brainstorm-live }\n`;
  const result = parseRuleTexts(withFiles(texts(fixture('rules-valid')), { file: 'z.yaml', text }));
  expect(result.warnings.map((w) => `${w.where}: ${w.message}`)).toEqual([
    'z.yaml:6:5: "after" has no effect here: it places an item only in a set that extends another',
    'z.yaml:10:116: "above" has no effect here: it places an item only in a set that extends another',
  ]);
});

