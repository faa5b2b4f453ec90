// `rules validate` as an author meets it after editing three files of a copied rule set by hand:
// a tab, an over-indented line and a misspelt key, all reported by one run, each once, each on
// its own line with a caret; and the same as JSON for CI.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT, runBin } from './run-bin.js';

const tmp = mkdtempSync(join(tmpdir(), 'commtriage-validate-'));
cpSync(join(ROOT, 'rules'), join(tmp, 'team'), { recursive: true });
const edit = (file: string, from: string, to: string): void => {
  const path = join(tmp, 'team', file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
};
edit('adjustments.yaml', '    when:\n      all:\n', '    when:\n\tall:\n');
edit('channels.yaml', '    label: Direct message in chat\n    mode: async\n', '    label: Direct message in chat\n     mode: async\n');
edit('table.yaml', 'operator: equal, value: quick-question', 'opertor: equal, value: quick-question');

it('reports a tab, an over-indented line and a misspelt key in three files, each once, with a caret', () => {
  const r = runBin(['rules', 'validate', 'team'], { cwd: tmp });
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  const heads = r.stderr.split('\n').filter((l) => /: error: /.test(l));
  expect(heads).toEqual([
    expect.stringMatching(/^team\/adjustments\.yaml:\d+:1: error: this line is indented with a tab$/),
    expect.stringMatching(/^team\/channels\.yaml:\d+:6: error: this line is indented 5 spaces, deeper than the line above \(4\)/),
    expect.stringMatching(/^team\/table\.yaml:\d+:\d+: error: unknown key "opertor" in condition; did you mean "operator"\?$/),
  ]);
  // Under each error: its line as written, and a caret under the column the error names.
  for (const block of r.stderr.split(/\n(?=team\/)/).filter((b) => b.includes(': error: '))) {
    const [head, source, caret, hint] = block.split('\n');
    const [, line, col] = /:(\d+):(\d+): error/.exec(head!)!;
    expect(source).toMatch(new RegExp(`^ {2}${line} \\| `));
    expect(caret!.indexOf('^') - caret!.indexOf('|') - 2).toBe(Number(col) - 1);
    expect(hint).toMatch(/^ {2}\S/);
  }
  expect(r.stderr).toContain('indent this line like the one above');
  expect(r.stderr).toMatch(/\nteam: not valid: 3 errors\n$/);
});

it('writes the same problems as JSON with --format json, exit 2', () => {
  const r = runBin(['rules', 'validate', 'team', '--format', 'json'], { cwd: tmp });
  expect(r.status).toBe(2);
  expect(r.stderr).toBe('');
  const report = JSON.parse(r.stdout);
  expect(report).toMatchObject({ dir: 'team', valid: false, errorCount: 3, warningCount: 0 });
  expect(report.problems.map((p: { file: string; severity: string }) => `${p.severity} ${p.file}`)).toEqual([
    'error team/adjustments.yaml',
    'error team/channels.yaml',
    'error team/table.yaml',
  ]);
  expect(report.problems[0]).toEqual({
    severity: 'error',
    file: 'team/adjustments.yaml',
    line: expect.any(Number),
    column: 1,
    message: 'this line is indented with a tab',
    hint: expect.stringContaining('replace the tab'),
    source: '\tall:',
  });
});

it('reports a valid set as JSON too, exit 0', () => {
  const r = runBin(['rules', 'validate', join(ROOT, 'rules'), '--format', 'json']);
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout)).toMatchObject({ valid: true, errorCount: 0, problems: [], counts: { questions: expect.any(Number) } });
});
