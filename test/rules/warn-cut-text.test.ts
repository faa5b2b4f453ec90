// Text that YAML cut at an unquoted " #": the Slack channel a checklist item names, an issue number
// in a reason. Each warning points at the "#" and says how to write the value so it stays whole.
import { describe, expect, it } from 'vitest';
import { parseRuleTexts } from '../../src/rules/parse.js';
import { fixture, texts, withFiles } from './helpers.js';

const valid = texts(fixture('rules-valid'));
const warningsOf = (text: string) => {
  const result = parseRuleTexts(withFiles(valid, { file: 'z.yaml', text }));
  return result.warnings.map(({ where, message, hint }) => ({ where, message, hint }));
};
const item = (line: string): string => `checklist:\n  - id: extra\n    modes: [sync]\n    source: s\n${line}\n`;

describe('text cut at an unquoted " #"', () => {
  it.each([
    [
      'a channel name in a checklist item',
      item('    text: Post it in #eng-decisions'),
      'z.yaml:5:22',
      'the text was cut at " #eng-decisions": YAML reads " #" as the start of a comment, so text is only "Post it in"',
      'Quote the whole value: text: "Post it in #eng-decisions"',
    ],
    [
      'two channels, after two spaces',
      item('    text: Ask in  #eng or #ops first'),
      'z.yaml:5:19',
      'the text was cut at " #eng or #ops first": YAML reads " #" as the start of a comment, so text is only "Ask in"',
      'Quote the whole value: text: "Ask in #eng or #ops first"',
    ],
    [
      'a whole value that is a channel name',
      'rules:\n  - id: extra\n    when: { fact: purpose, operator: equal, value: brainstorm }\n    plan: workshop\n    reason: #brainstorms\n    source: s\n',
      'z.yaml:5:13',
      'the text was cut at " #brainstorms": YAML reads " #" as the start of a comment, so reason is empty',
      'Quote the whole value: reason: "#brainstorms"',
    ],
    [
      'a channel label',
      'channels:\n  - id: chat\n    label: Team chat #general\n    mode: async\n',
      'z.yaml:3:22',
      'the text was cut at " #general": YAML reads " #" as the start of a comment, so label is only "Team chat"',
      'Quote the whole value: label: "Team chat #general"',
    ],
  ])('warns about %s, at the "#"', (_, text, where, message, hint) => {
    expect(warningsOf(text)).toContainEqual({ where, message, hint });
  });

  it.each([
    ['a quoted value', item('    text: "Post it in #eng-decisions"')],
    ['a "#" inside a word', item('    text: Write it in C# or F#')],
    ['a comment written "# like this", after a space', item('    text: Post it in the channel   # the team one')],
    ['a comment after a key that is not text', 'channels:\n  - id: chat #general\n    label: Chat\n    mode: async\n'],
    ['a block scalar, where "#" is text', item('    text: |\n      Post it in #eng-decisions')],
  ])('does not warn about %s', (_, text) => {
    expect(warningsOf(text).filter((w) => w.message.includes('cut'))).toEqual([]);
  });
});

describe('text cut at " #" inside { } or [ ], where the comment hides the closing bracket', () => {
  it.each([
    [
      'a checklist item written as a flow mapping',
      'checklist:\n  - { id: extra, modes: [sync], text: Post it in #eng-decisions, source: s }\n',
      'z.yaml:2:50',
      'the text was cut at " #eng-decisions, source: s }": YAML reads " #" as the start of a comment, and the comment hid the "}"',
      'Quote the whole value: text: "Post it in #eng-decisions"',
    ],
    [
      'a value that is only a channel name',
      'channels:\n  - { id: chat, label: #general, mode: async }\n',
      'z.yaml:2:24',
      'the text was cut at " #general, mode: async }": YAML reads " #" as the start of a comment, and the comment hid the "}"',
      'Quote the whole value: label: "#general"',
    ],
  ])('is one error at the "#" for %s, not "never closed"', (_, text, where, message, hint) => {
    const result = parseRuleTexts(withFiles(valid, { file: 'z.yaml', text }));
    expect('errors' in result ? result.errors.map((e) => ({ where: e.where, message: e.message, hint: e.hint })) : []).toEqual([{ where, message, hint }]);
  });
});

