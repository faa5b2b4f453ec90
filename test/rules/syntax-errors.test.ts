// One problem per mistake, on the line that holds it, with the line shown under a caret: the
// mistakes people make most while editing YAML by hand (RuleTester style: text in, problems out).
import { describe, expect, it } from 'vitest';
import { codeFrame } from '../../src/errors.js';
import { type RuleText, parseRuleTexts } from '../../src/rules/parse.js';
import { fixture, texts, withFiles as adding } from './helpers.js';

const valid = texts(fixture('rules-valid'));
const withFiles = (...files: RuleText[]): RuleText[] => adding(valid, ...files);
const problemsOf = (...files: RuleText[]) => {
  const result = parseRuleTexts(withFiles(...files));
  return 'errors' in result ? result.errors : [];
};
/** A row whose condition is written as a block (from line 5), e.g. CONDITION. */
const rule = (block: string): string => `table:\n  - id: extra\n    plan: workshop\n    when:\n${block}    reason: r\n    source: s\n`;
const CONDITION = ['      fact: attendees\n', '      operator: greaterThan\n', '      value: 6\n'];
/** CONDITION with its n-th line (0-based) indented by `indent` instead of six spaces. */
const indented = (n: number, indent: string): string => CONDITION.map((line, i) => (i === n ? line.replace(/^ {6}/, indent) : line)).join('');
/** A row with its condition on line 3, in flow style. */
const flowRule = (when: string): string => `table:\n  - id: extra\n    when: ${when}\n    plan: workshop\n    reason: r\n    source: s\n`;

describe('indentation mistakes: one problem, on the line, saying to indent it like the one above', () => {
  it.each([
    ['a tab', rule(indented(0, '\t  ')), 'z.yaml:5:1', 'this line is indented with a tab', 'indent this line like the one above plus 2 spaces (6 spaces)'],
    ['a tab among spaces', rule(indented(1, '\t  ')), 'z.yaml:6:1', 'this line is indented with a tab', 'indent this line like the one above (6 spaces)'],
    ['a line indented too far', rule(indented(1, '       ')), 'z.yaml:6:8', 'this line is indented 7 spaces, deeper than the line above (6), which does not end with ":"', 'Indent this line like the one above (6 spaces), or like a line further up that it belongs with (4, 2 or 0 spaces).'],
    ['a line indented too little', rule(indented(1, '     ')), 'z.yaml:6:6', 'this line is indented 5 spaces, which lines up with no line above it', 'Indent this line like the one above (6 spaces)'],
    ['a key dedented out of its item', rule(indented(-1, '')).replace('    reason', '   reason'), 'z.yaml:8:4', 'this line is indented 3 spaces, which lines up with no line above it', 'Indent this line like the one above (6 spaces)'],
  ])('%s', (_, text, where, message, fix) => {
    const problems = problemsOf({ file: 'z.yaml', text });
    expect(problems.map((p) => [p.where, p.message])).toEqual([[where, message]]);
    expect(problems[0]!.hint).toContain(fix);
    expect(problems[0]!.hint).not.toMatch(/quot/i);
  });

  it('finds a second, independent mistake in the same file', () => {
    const text = `${rule(indented(1, '       '))}  - id: other\n    plan: workshop\n    when:\n${indented(0, '\t  ')}    reason: r\n    source: s\n`;
    expect(problemsOf({ file: 'z.yaml', text }).map((p) => p.where)).toEqual(['z.yaml:6:8', 'z.yaml:13:1']);
  });

  it('keeps the quoting hint for text with ": " in it', () => {
    const [problem] = problemsOf({ file: 'z.yaml', text: 'table:\n  - id: a\n    reason: Note: this\n' });
    expect(problem!.hint).toMatch(/Quote text/);
  });
});

describe('one problem per mistake', () => {
  it('a misspelt required key is an unknown key with the fix, not also a missing key', () => {
    const problems = problemsOf({ file: 'z.yaml', text: flowRule('{ fact: attendees, opertor: greaterThan, value: 6 }') });
    expect(problems.map((p) => `${p.where} ${p.message}`)).toEqual(['z.yaml:3:30 unknown key "opertor" in condition; did you mean "operator"?']);
  });

  it.each([
    ['>', 'greaterThan'],
    ['>=', 'greaterThanInclusive'],
    ['<', 'lessThan'],
    ['<=', 'lessThanInclusive'],
    ['==', 'equal'],
    ['=', 'equal'],
    ['!=', 'notEqual'],
  ])('the symbol %s is the operator %s', (symbol, name) => {
    const quoted = problemsOf({ file: 'z.yaml', text: flowRule(`{ fact: attendees, operator: "${symbol}", value: 6 }`) });
    expect(quoted.map((p) => p.message)).toEqual([`unknown operator "${symbol}"; did you mean "${name}"?`]);
  });

  it('an unquoted ">" (a YAML error) is one problem naming the operator', () => {
    const problems = problemsOf({ file: 'z.yaml', text: flowRule('{ fact: attendees, operator: >, value: 6 }') });
    expect(problems.map((p) => `${p.where} ${p.message}`)).toEqual(['z.yaml:3:40 operators are written as names: ">" is "greaterThan"']);
    expect(problems[0]!.hint).toBe('Write operator: greaterThan.');
  });
});

describe('a YAML error in one file does not hide the mistakes in the others', () => {
  it('reports each file\'s mistakes, in file order, and leaves out checks that need the broken file', () => {
    const result = parseRuleTexts(
      withFiles(
        { file: 'a.yaml', text: rule(indented(0, '\t')) },
        { file: 'b.yaml', text: flowRule('{ fact: attendees, operator: greaterThen, value: 6 }').replace('extra', 'extra-b') },
        // questions.yaml broken: "attendees" is unknown for now, and that is not reported.
        { file: 'questions.yaml', text: 'questions:\n  - id: purpose\n   prompt: x\n' },
      ),
    );
    expect('errors' in result && result.partial).toBe(true);
    const errors = 'errors' in result ? result.errors : [];
    expect(errors.map((p) => `${p.where} ${p.message}`)).toEqual([
      'a.yaml:5:1 this line is indented with a tab',
      'b.yaml:3:40 unknown operator "greaterThen"; did you mean "greaterThan"?',
      'questions.yaml:3:4 this line is indented 3 spaces, which lines up with no line above it',
    ]);
  });
});

describe('a broken plan does not make the conditions that name it wrong too', () => {
  const readsPlan = { file: 'z.yaml', text: 'adjustments:\n  - id: extra\n    when: { fact: plan, operator: equal, value: extra-plan }\n    reason: r\n    source: s\n' };
  const plan = (lines: string): RuleText => ({ file: 'b.yaml', text: `plans:\n  - id: extra-plan\n${lines}    channels: [video]\n    checklist: [state-goal]\n` });

  it('a YAML error in the file that defines the plan', () => {
    const problems = problemsOf(plan('    mode: sync\n   label: l\n'), readsPlan);
    expect(problems.map((p) => `${p.where} ${p.message}`)).toEqual(['b.yaml:4:4 this line is indented 3 spaces, which lines up with no line above it']);
  });

  it('a misspelt key in the plan', () => {
    const problems = problemsOf(plan('    mode: sync\n    lable: l\n'), readsPlan);
    expect(problems.map((p) => `${p.where} ${p.message}`)).toEqual(['b.yaml:4:5 unknown key "lable" in plan; did you mean "label"?']);
  });
});

describe('the source line under each problem', () => {
  it('comes with every problem, YAML or not', () => {
    const problems = problemsOf({ file: 'z.yaml', text: rule(indented(2, '      valeu: 6\n      ')) }, { file: 'y.yaml', text: rule(indented(0, '\t')) });
    expect(problems.length).toBe(2);
    for (const p of problems) expect(p.at && `${p.at.file}:${p.at.line}:${p.at.column}`).toBe(p.where);
    expect(problems.map((p) => p.at!.text)).toEqual(['\tfact: attendees', '      valeu: 6']);
  });

  it('puts the caret under the column; a tab shows as an arrow', () => {
    expect(codeFrame({ file: 'f', line: 12, column: 7, text: '    a: bad' })).toBe('  12 |     a: bad\n     |       ^');
    expect(codeFrame({ file: 'f', line: 5, column: 1, text: '\t  sync: 1' })).toBe('  5 | →  sync: 1\n    | ^');
  });

  it('cuts a long line around the column', () => {
    const frame = codeFrame({ file: 'f', line: 1, column: 250, text: `${'x'.repeat(249)}!${'y'.repeat(200)}` });
    const [shown, caret] = frame.split('\n');
    expect(shown!.length).toBeLessThan(120);
    expect(shown![caret!.indexOf('^')]).toBe('!');
  });
});
