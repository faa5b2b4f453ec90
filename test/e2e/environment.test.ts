// The environment a person or a CI job runs commtriage in: a terminal that cannot show Unicode,
// a TZ that is not a zone, a working directory deleted from under the shell.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { asciiOnly } from '../../src/format/charset.js';
import { BIN, FIXED, runBin } from './run-bin.js';

const TEAM = ['--set', 'purpose=brainstorm', '--set', 'urgency=this-week', '--set', 'attendees=4', '--set', 'timezones=America/New_York,Europe/London'];
const BLOCKS = /[█▓░•·]/;

describe('ASCII for terminals that cannot show Unicode', () => {
  it.each([
    [{ TERM: 'dumb' }, true],
    [{ LANG: 'C' }, true],
    [{ LANG: 'POSIX' }, true],
    [{ LANG: 'en_US.ISO-8859-1' }, true],
    [{ LANG: 'en_US.UTF-8', LC_ALL: 'C' }, true],
    [{ LANG: 'C', LC_CTYPE: 'en_US.UTF-8' }, false],
    [{ LANG: 'C.UTF-8' }, false],
    [{ LANG: 'de_DE.utf8' }, false],
    [{}, false],
  ])('%j -> ASCII only: %s', (env, ascii) => {
    expect(asciiOnly(env)).toBe(ascii);
  });

  it('TERM=dumb and LANG=C get the ASCII strip and bullets; a UTF-8 locale gets blocks', () => {
    for (const env of [{ TERM: 'dumb' }, { LANG: 'C', LC_ALL: undefined, LC_CTYPE: undefined }]) {
      const r = runBin(['ask', ...TEAM, ...FIXED], { env });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).not.toMatch(BLOCKS);
      expect(r.stdout).toMatch(/# shared {2}= working {2}- off {2}\. quiet/);
      expect(r.stdout).toMatch(/^ {2}\* /m);
    }
    const unicode = runBin(['ask', ...TEAM, ...FIXED], { env: { LANG: 'en_US.UTF-8', LC_ALL: undefined, LC_CTYPE: undefined, TERM: 'xterm' } });
    expect(unicode.stdout).toMatch(/█ shared/);
  });
});

describe('TZ', () => {
  const ask = (tz: string, ...more: string[]) =>
    runBin(['ask', ...TEAM, '--now', '2026-03-16T12:00:00Z', '--json', ...more], { env: { TZ: tz } });

  it.each(['Mars/Olympus', 'CET-1CEST', 'Europe/Berln'])('TZ=%s is a warning naming TZ; the advice still comes', (tz) => {
    const r = ask(tz);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`commtriage: warning: TZ is "${tz}", not a time zone name; using UTC.\n  Set TZ to an IANA name such as Europe/Berlin, or pass --zone.\n`);
    expect(JSON.parse(r.stdout).recommendation).toBeDefined();
  });

  it('no warning for a valid TZ, or when --zone makes it unnecessary', () => {
    expect(ask('Europe/Paris').stderr).toBe('');
    expect(ask(':Europe/Paris').stderr).toBe('');
    expect(ask('Mars/Olympus', '--zone', 'Europe/Paris').stderr).toBe('');
  });
});

describe('a deleted working directory', () => {
  const inDeleted = (args: string[]) => {
    const dir = join(mkdtempSync(join(tmpdir(), 'commtriage-cwd-')), 'gone');
    mkdirSync(dir);
    const r = spawnSync('sh', ['-c', 'cd "$1" && rmdir "$1" && shift && exec "$@"', 'sh', dir, process.execPath, BIN, ...args], {
      encoding: 'utf8',
      timeout: 10_000,
      env: { ...process.env, TZ: 'UTC', NO_COLOR: '1' },
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it.each([
    [['ask', ...TEAM, ...FIXED]],
    [['questions']],
    [['rules', 'validate']],
    [['init']],
  ])('%j: one line, exit 2', (args) => {
    const r = inDeleted(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('commtriage: the current directory cannot be read (ENOENT; deleted or moved?): cd to one that exists and run again.\n');
  });

  it('--help still works', () => {
    const r = inDeleted(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Usage: commtriage/);
    expect(r.stderr).toBe('');
  });
});
