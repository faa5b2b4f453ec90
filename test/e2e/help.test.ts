// Help as gh gives it, the man page, -v, and options that contradict each other.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin } from './run-bin.js';

const COMMANDS = [['ask'], ['questions'], ['rules'], ['rules', 'validate'], ['rules', 'test'], ['rules', 'list'], ['init'], ['completion']];

describe('help', () => {
  it('reaches nested commands: `help rules validate` is the help of validate', () => {
    const r = runBin(['help', 'rules', 'validate']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: commtriage rules validate \[options\] \[dir\]\n/);
    expect(r.stdout).toBe(runBin(['rules', 'validate', '--help']).stdout);
  });

  it.each(COMMANDS)('lists the inherited options, the exit statuses and where to learn more: %s', (...path) => {
    const r = runBin(['help', ...path]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/Global Options:\n {2}--rules <dir> .*\n {2}--no-color .*\n {2}--debug /);
    expect(r.stdout).toMatch(/Exit statuses:\n {2}0 .*\n {2}1 .*\n {2}2 .*\n {2}130 /);
    expect(r.stdout).toMatch(/Learn more \(in .*\):\n {2}README\.md .*\n {2}docs\/rule-format\.md /);
  });

  it('says which commands exist when asked about one that does not, exit 2', () => {
    const r = runBin(['help', 'rules', 'valdate']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('commtriage: help: "valdate" is not a command of commtriage rules; did you mean "validate"?\n  Commands: validate, test, list, show.\n');
  });

  it('prints the version for -v, -V and --version', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    for (const flag of ['-v', '-V', '--version']) expect(runBin([flag]).stdout).toBe(`${version}\n`);
  });
});

describe('the man page', () => {
  const page = readFileSync(join(ROOT, 'dist', 'commtriage.1'), 'utf8');

  it('is built from the same commands as --help', () => {
    expect(page).toMatch(/^\.TH COMMTRIAGE 1 /);
    for (const path of COMMANDS) expect(page).toContain(`\\fBcommtriage ${path.join(' ')}`);
    for (const section of ['GLOBAL OPTIONS', 'EXIT STATUS', 'ENVIRONMENT', 'SEE ALSO']) expect(page).toContain(`.SH ${section}`);
    expect(page).toContain('\\-\\-set <id=value>\\fR');
  });
});

describe('options that contradict each other are exit 2 with the fix', () => {
  const answers = ['--set', 'purpose=decision', '--set', 'urgency=today', '--set', 'attendees=3'];

  it.each([
    [['ask', '--json', '--format', 'markdown'], '--json and --format markdown ask for two different outputs', 'keep --format markdown or --json, not both'],
    [['questions', '--json', '--format', 'text'], '--json and --format text ask for two different outputs', 'keep --format text or --json, not both'],
    [['ask', '--batch', '--format', 'text'], '--batch writes one JSON result a line, so it cannot write --format text', 'Leave out --format text (or give --format json)'],
    [['ask', '--batch', '--format', 'markdown'], '--batch writes one JSON result a line, so it cannot write --format markdown', 'run ask once per need without --batch'],
  ])('%j', (args, says, fix) => {
    const r = runBin([...args, ...(args[0] === 'ask' ? answers : [])], { input: '{"purpose":"decision","urgency":"today","attendees":3}\n' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`commtriage: ${says}\n`);
    expect(r.stderr).toContain(fix);
  });

  it('lets agreeing options through: --json --format json, --batch --json', () => {
    expect(runBin(['ask', '--json', '--format', 'json', ...answers, '--now', '2026-03-16T12:00:00Z']).status).toBe(0);
    const batch = runBin(['ask', '--batch', '--json', '--now', '2026-03-16T12:00:00Z'], { input: '{"purpose":"decision","urgency":"today","attendees":3}\n' });
    expect(batch.status).toBe(0);
    expect(JSON.parse(batch.stdout)).toMatchObject({ line: 1 });
  });
});
