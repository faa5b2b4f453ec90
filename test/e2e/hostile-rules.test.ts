// A repository that carries a hostile .commtriage/, cloned and used from a subdirectory, as an
// attacker would set it up: escape sequences in a row's reason, a FIFO named x.yaml, a link to
// /etc/passwd. Nothing may hang, nothing may reach the terminal raw, and the advice must say that
// it did not come from the built-in rules. Then `init` over links, FIFOs and half-written sets.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXED, ROOT, type RunResult, runBin } from './run-bin.js';

const HANG_GUARD_MS = 6000;
const STACK_LINE = /^\s+at /m;
/** What a terminal would act on: C0 but tab and newline, DEL, C1, bidi formatting. */
const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const VALID = ['--set', 'purpose=decision', '--set', 'urgency=today', '--set', 'attendees=3'];
const tmp = mkdtempSync(join(tmpdir(), 'commtriage-hostile-'));
const canMkfifo = (() => {
  try {
    execFileSync('mkfifo', [join(tmp, 'probe')]);
    rmSync(join(tmp, 'probe'));
    return true;
  } catch {
    return false;
  }
})();
const mkfifo = (path: string): void => void execFileSync('mkfifo', [path]);

const EVIL_RULE = `
  - id: evil
    when: { fact: attendees, operator: greaterThan, value: 1 }
    plan: write-it-up
    reason: "Evil \\e]0;pwned\\a title \\e[2J clear \\x9b31m csi \\u202Egnp.exe"
    source: "x"
`;

/**
 * A repository with a copy of the built-in rules in .commtriage/ and a subdirectory. The row with
 * escapes is in evil.yaml, read before table.yaml: it stands above the built-in rows and matches.
 */
function repo(name: string): { root: string; sub: string; rules: string } {
  const root = join(tmp, name);
  const rules = join(root, '.commtriage');
  const sub = join(root, 'src', 'deeper');
  mkdirSync(rules, { recursive: true });
  mkdirSync(sub, { recursive: true });
  for (const f of readdirSync(join(ROOT, 'rules')).filter((n) => n.endsWith('.yaml'))) copyFileSync(join(ROOT, 'rules', f), join(rules, f));
  writeFileSync(join(rules, 'evil.yaml'), `rules:${EVIL_RULE}`);
  return { root, sub, rules };
}

const ask = (cwd: string, ...args: string[]): RunResult => runBin(['ask', ...VALID, ...FIXED, ...args], { cwd, timeout: HANG_GUARD_MS });

function expectCleanRefusal(r: RunResult, ...says: RegExp[]): void {
  expect(r.status, `${r.stderr} (null means it hung)`).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^commtriage: /);
  expect(r.stderr).not.toMatch(STACK_LINE);
  expect(r.stderr).not.toMatch(/unexpected error/);
  for (const word of says) expect(r.stderr).toMatch(word);
}

describe('a cloned repository with a hostile .commtriage/, used from a subdirectory', () => {
  it.skipIf(!canMkfifo)('refuses a FIFO named x.yaml and a link to /etc/passwd, with the reasons, without hanging', () => {
    const { sub, rules } = repo('fifo-and-link');
    mkfifo(join(rules, 'x.yaml'));
    symlinkSync('/etc/passwd', join(rules, 'y.yaml'));
    for (const command of [['ask', ...VALID, ...FIXED], ['rules', 'validate'], ['questions'], ['rules', 'list']]) {
      const r = runBin(command, { cwd: sub, timeout: HANG_GUARD_MS });
      expectCleanRefusal(r, /\.commtriage\/x\.yaml: a named pipe \(FIFO\), not a regular file/, /\.commtriage\/y\.yaml: a symbolic link to \/etc\/passwd, outside the rule directory/);
    }
  });

  it('accepts a link to a file inside the rule directory', () => {
    const { sub, rules } = repo('inner-link');
    symlinkSync('evil.yaml', join(rules, 'linked.yaml'));
    const r = runBin(['rules', 'validate'], { cwd: sub });
    expect(r.stderr).toMatch(/linked\.yaml:2:9: error: duplicate row id "evil"/); // read, so its duplicate id is found
  });

  it('shows the escape sequences escaped in every human-readable format, and names the rule set', () => {
    const { sub } = repo('escapes');
    for (const format of [['--format', 'text'], ['--format', 'markdown'], ['--explain']]) {
      const r = ask(sub, ...format);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout, format.join(' ')).not.toMatch(RAW);
      expect(r.stdout).toContain('Evil \\x1b]0;pwned\\x07 title \\x1b[2J clear \\x9b31m csi \\u202egnp.exe');
    }
    for (const command of [['rules', 'list'], ['rules', 'validate']]) {
      const r = runBin(command, { cwd: sub });
      expect(r.stdout + r.stderr).not.toMatch(RAW);
    }
    expect(runBin(['rules', 'validate'], { cwd: sub }).stderr).toMatch(/\/evil\.yaml:5:\d+: warning: this text holds an escape character \(\\x1b\)/);
  });

  it('says in JSON which rule set gave the advice; --rules builtin and COMMTRIAGE_RULES=builtin put it aside', () => {
    const { root, sub } = repo('json');
    const custom = JSON.parse(ask(sub, '--json').stdout);
    expect(custom.ruleSet).toEqual({ dir: join(root, '.commtriage'), chosenBy: '.commtriage' });
    expect(custom).toMatchObject({ row: 'evil', plan: 'write-it-up' });
    // JSON stays valid JSON and keeps the text as it is.
    expect(custom.reasons.find((r: { rule: string }) => r.rule === 'evil').text).toContain('\u001b]0;pwned');
    for (const builtIn of [ask(sub, '--json', '--rules', 'builtin'), runBin(['ask', ...VALID, ...FIXED, '--json'], { cwd: sub, env: { COMMTRIAGE_RULES: 'builtin' } })]) {
      const advice = JSON.parse(builtIn.stdout);
      expect(advice.ruleSet).toBeUndefined();
      expect(advice.row).not.toBe('evil');
      expect(advice.reasons.map((r: { rule: string }) => r.rule)).not.toContain('evil');
    }
    expect(JSON.parse(ask(ROOT, '--json').stdout).ruleSet).toBeUndefined();
  });

  it('refuses a regular file named .commtriage with the fix', () => {
    const dir = join(tmp, 'file-named-commtriage');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, '.commtriage'), 'not a directory\n');
    expectCleanRefusal(ask(join(dir, 'sub')), /\.commtriage: not a directory/, /--rules builtin/);
    expect(ask(join(dir, 'sub'), '--rules', 'builtin').status).toBe(0);
  });
});

describe('echoed input is escaped in errors', () => {
  it.each([
    ['an unknown option', ['ask', '--\x1b]0;pwned\x07']],
    ['a zone', ['ask', ...VALID, '--set', 'timezones=Europe/\x1b[2JLondon']],
    ['an answers path', ['ask', '--answers', join(tmp, 'no\u202efile.yaml')]],
    ['a rules directory', ['ask', ...VALID, '--rules', join(tmp, 'no\x1b[2Jrules')]],
  ])('%s', (_, args) => {
    const r = runBin(args, { timeout: HANG_GUARD_MS });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stderr).toMatch(/\\x1b|\\u202e/);
  });
});

describe('init', () => {
  const init = (cwd: string, ...args: string[]): RunResult => runBin(['init', ...args], { cwd, timeout: HANG_GUARD_MS });
  const fresh = (name: string): string => {
    const dir = join(tmp, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };

  it('writes the whole set and leaves no temporary directory', () => {
    const dir = fresh('init-fresh');
    expect(init(dir).status).toBe(0);
    expect(readdirSync(dir)).toEqual(['.commtriage']);
    expect(readdirSync(join(dir, '.commtriage'))).toContain('questions.yaml');
  });

  it('never writes through a link, with or without --force', () => {
    const dir = fresh('init-links');
    const outside = fresh('init-links-target');
    symlinkSync(outside, join(dir, '.commtriage'));
    expectCleanRefusal(init(dir), /\.commtriage: a symbolic link, not a directory/);
    expectCleanRefusal(init(dir, '--force'), /never through a link/);
    expect(readdirSync(outside)).toEqual([]);
    rmSync(join(dir, '.commtriage'));
    expect(init(dir).status).toBe(0);
    rmSync(join(dir, '.commtriage', 'questions.yaml'));
    symlinkSync(join(outside, 'victim.yaml'), join(dir, '.commtriage', 'questions.yaml'));
    expectCleanRefusal(init(dir, '--force'), /questions\.yaml \(a symbolic link\)/, /Nothing was written, even with --force/);
    expect(existsSync(join(outside, 'victim.yaml'))).toBe(false);
  });

  it.skipIf(!canMkfifo)('refuses a FIFO in the way at once, even with --force', () => {
    const dir = fresh('init-fifo');
    expect(init(dir).status).toBe(0);
    rmSync(join(dir, '.commtriage', 'channels.yaml'));
    mkfifo(join(dir, '.commtriage', 'channels.yaml'));
    expectCleanRefusal(init(dir, '--force'), /channels\.yaml \(a named pipe \(FIFO\)\)/);
  });

  it('refuses a file where the directory should be', () => {
    const dir = fresh('init-file');
    writeFileSync(join(dir, '.commtriage'), '');
    expectCleanRefusal(init(dir), /\.commtriage: a file, not a directory/, /commtriage init DIR/);
  });

  it('names a half-written set in validate and ask, and --force repairs it', () => {
    const dir = fresh('init-half');
    expect(init(dir).status).toBe(0);
    for (const f of ['channels.yaml', 'questions.yaml']) rmSync(join(dir, '.commtriage', f));
    const validate = runBin(['rules', 'validate'], { cwd: dir });
    expect(validate.status).toBe(2);
    expect(validate.stderr).toMatch(/^\.commtriage: error: this rule set looks incomplete \(missing channels\.yaml, questions\.yaml\)\n.*run `commtriage init --force`/im);
    const r = ask(dir);
    expectCleanRefusal(r, /this rule set looks incomplete \(missing channels\.yaml, questions\.yaml\)/, /commtriage init --force/);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(3);
    expectCleanRefusal(init(dir), /would be overwritten/);
    expect(init(dir, '--force').status).toBe(0);
    expect(runBin(['rules', 'validate'], { cwd: dir }).status).toBe(0);
    expect(readdirSync(dir)).toEqual(['.commtriage']);
  });

  const readOnly = process.getuid?.() === 0 ? (existsSync('/sys') && lstatSync('/sys').isDirectory() ? '/sys/commtriage-init' : undefined) : undefined;
  it.skipIf(process.getuid?.() === 0 && !readOnly)('a directory it may not write to is exit 2 with the fix', () => {
    let target = readOnly;
    if (!target) {
      const dir = fresh('init-read-only');
      execFileSync('chmod', ['555', dir]);
      target = join(dir, '.commtriage');
    }
    expectCleanRefusal(init(tmp, target), /cannot write here \((permission denied|a read-only file system)\)/, /commtriage init DIR/);
  });
});
