// A cloned repository whose .commtriage/ was set up by someone else: people.yaml as a FIFO, a
// link to /dev/stdin, a link to a credentials file outside, a roster name with escapes, a binary
// roster, a dangling or looping .commtriage link, dates far out of range. Nothing hangs, the secret
// is in no output stream in any format, nothing raw reaches the terminal.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWERS, RAW, SECRET, expectClean, expectRefusal, run, scratch } from './helpers.js';

const canMkfifo = (() => {
  const { dir } = scratch('probe');
  try {
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    rmSync(join(dir, 'fifo'));
    return true;
  } catch {
    return false;
  }
})();

/** A repository with .commtriage/ holding whatever `setup` puts there, and a subdirectory to run in. */
function repo(name: string, setup: (rules: string, dir: string) => void): { sub: string; env: Record<string, string> } {
  const { dir, env } = scratch(name);
  const rules = join(dir, '.commtriage');
  mkdirSync(rules);
  setup(rules, dir);
  const sub = join(dir, 'src');
  mkdirSync(sub);
  return { sub, env };
}

/** Every command that reads the roster, in every format that has one. */
const READERS: string[][] = [
  ['people'],
  ['people', '--json'],
  ['rules', 'validate'],
  ['rules', 'validate', '--format', 'json'],
  ['rules', 'test'],
  ['rules', 'test', '--format', 'json'],
  ['ask', ...ANSWERS],
  ['ask', ...ANSWERS, '--json'],
  ['ask', ...ANSWERS, '--format', 'markdown'],
  ['ask', ...ANSWERS, '--with', 'Evil'],
];

describe('a hostile people.yaml', () => {
  it.skipIf(!canMkfifo)('as a FIFO: every reader refuses it at once', () => {
    const { sub, env } = repo('fifo', (rules) => execFileSync('mkfifo', [join(rules, 'people.yaml')]));
    for (const args of [READERS[0]!, READERS[1]!, READERS[6]!]) expectRefusal(run(args, sub, env), /people\.yaml: a named pipe \(FIFO\), not a regular file/);
    for (const args of [READERS[2]!, READERS[3]!]) {
      const r = run(args, sub, env);
      expect(r.status).toBe(2);
      expect(r.stdout + r.stderr).toMatch(/people\.yaml[\s\S]*a named pipe \(FIFO\), not a regular file/);
    }
  });

  it('as a link to /dev/stdin: piped answers are not swallowed as the roster', () => {
    const { sub, env } = repo('stdin', (rules) => symlinkSync('/dev/stdin', join(rules, 'people.yaml')));
    const r = run(['ask', '--json', '--now', '2026-03-16T12:00:00Z'], sub, env, { input: '{"purpose":"decision","urgency":"today","attendees":3}' });
    expectRefusal(r, /people\.yaml: a symbolic link to \/dev\/stdin, outside the rule directory/);
  });

  it('as a link to a credentials file outside: the secret is in no stream, in any format', () => {
    const { sub, env } = repo('secret', (rules, dir) => {
      writeFileSync(join(dir, 'credentials'), `[default]\naws_secret_access_key = ${SECRET}\npeople: ${SECRET}\n`);
      symlinkSync(join(dir, 'credentials'), join(rules, 'people.yaml'));
    });
    for (const args of READERS) {
      const r = run(args, sub, env);
      expectClean(r);
      // rules test runs the examples and never reads the roster.
      if (args[1] === 'test') continue;
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout + r.stderr).toMatch(/outside the rule directory/);
    }
  });

  it('with escapes in a name: shown escaped in every human-readable output, never raw', () => {
    const { sub, env } = repo('escapes', (rules) =>
      writeFileSync(join(rules, 'people.yaml'), 'people:\n  - { name: "Evil\\e]0;pwned\\a\\e[2J\\u202E", zone: Europe/London }\n  - { name: Bob, zone: Asia/Tokyo }\nteams:\n  t: ["Evil\\e]0;pwned\\a\\e[2J\\u202E", Bob]\n'),
    );
    for (const args of [['people'], ['people', '--json'], ['ask', ...ANSWERS, '--with', 't'], ['ask', ...ANSWERS, '--with', 't', '--format', 'markdown'], ['ask', ...ANSWERS, '--with', 'Evi'], ['rules', 'validate']]) {
      const r = run(args, sub, env);
      expectClean(r);
    }
    // ask --json leaves the bidi override to JSON.stringify (format/json.ts); no ESC reaches the terminal.
    const json = run(['ask', ...ANSWERS, '--with', 't', '--json'], sub, env);
    expect(json.status).toBe(0);
    expect(json.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f]/);
    expect(run(['people'], sub, env).stdout).toContain('Evil\\x1b]0;pwned\\x07\\x1b[2J\\u202e');
  });

  it('with a name of 100,000 characters: one problem, not a padded table', () => {
    const { sub, env } = repo('long-name', (rules) => writeFileSync(join(rules, 'people.yaml'), `people:\n  - { name: ${'x'.repeat(100_000)}, zone: Europe/London }\n`));
    const r = run(['people'], sub, env);
    expectRefusal(r, /100,000 characters, more than the 64/);
    expect(r.stderr.length).toBeLessThan(1000);
  });

  it('binary: one problem, not dozens of garbage lines', () => {
    const { sub, env } = repo('binary', (rules) => writeFileSync(join(rules, 'people.yaml'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x1b, 0x5b, 0x32, 0x4a, 0xff, 0xfe])));
    const r = run(['rules', 'validate'], sub, env);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/people\.yaml: error: a binary file, not text/);
    expect(r.stderr.trim().split('\n').length).toBeLessThan(5);
    expectClean(r);
  });
});

describe('a hostile .commtriage link', () => {
  it.each([
    ['dangling', '/nonexistent/commtriage-rules', /\.commtriage: a symbolic link to nothing/],
    ['looping', '.commtriage', /\.commtriage: a symbolic link that loops/],
  ])('%s: an error naming it, not the parent directory\'s set', (name, target, says) => {
    const { dir, env } = scratch(name);
    symlinkSync(target, join(dir, '.commtriage'));
    for (const args of [['people'], ['rules', 'validate'], ['ask', ...ANSWERS]]) expectRefusal(run(args, dir, env), says);
  });
});

describe('a .commtriage that is a link out of its directory', () => {
  it('is refused before any file in it is read: a secret in a *.yaml there is in no stream, in any format', () => {
    const { dir, env } = scratch('dir-link-out');
    const secrets = join(dir, 'secrets');
    mkdirSync(secrets);
    writeFileSync(join(secrets, 'creds.yaml'), `aws_secret_access_key: ${SECRET}\n`);
    const repoDir = join(dir, 'repo');
    mkdirSync(repoDir);
    symlinkSync('../secrets', join(repoDir, '.commtriage'));
    for (const args of READERS) {
      const r = run(args, repoDir, env);
      expectClean(r);
      expectRefusal(r, /\.commtriage: a symbolic link to .*secrets, outside this directory/);
    }
  });
});

describe('dates far out of range', () => {
  it.each([
    ['+275760-08-28T00:00:00Z', /year 275760/],
    ['2026-03-16T12:00:00+99:99', /offset \+99:99/],
  ])('--now %s is exit 2 within a second or so', (now, says) => {
    const { dir, env } = scratch('now');
    const start = Date.now();
    const r = run(['ask', '--set', 'purpose=decision', '--set', 'urgency=today', '--set', 'attendees=3', '--set', 'timezones=Europe/London,Asia/Tokyo', '--now', now], dir, env);
    expect(Date.now() - start).toBeLessThan(3000); // a second on an idle machine; CI shares its cores
    expectRefusal(r, says);
  });

  it('the same in an example, and a reply window of 300,000 years, are validation errors under rules test', () => {
    const { sub, env } = repo('far-example', (rules) =>
      writeFileSync(
        join(rules, 'team.yaml'),
        'extends: builtin\nsettings:\n  replyBy:\n    today: P300000Y\nexamples:\n  - name: far\n    now: "+275760-08-28T00:00:00Z"\n    answers: { purpose: decision, urgency: today, attendees: 3 }\n    expect: { recommendation: sync }\n',
      ),
    );
    const start = Date.now();
    const r = run(['rules', 'test'], sub, env);
    expect(Date.now() - start).toBeLessThan(3000);
    expectRefusal(r, /team\.yaml:4:12: "P300000Y" (is longer than a year|counts years or months|is not a valid reply window)/ /* main (issue 18) words it its own way */, /team\.yaml:7:10: "\+275760-08-28T00:00:00Z" is in the year 275760/);
    expect(r.stderr).not.toMatch(RAW);
  });
});
