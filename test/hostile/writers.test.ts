// The files commtriage writes, as a busy or broken machine would treat them: twenty `people add`
// at once, `config set` racing them, a write under a file-size limit of zero, a settings file that
// is a link to /dev/zero. Every change is kept, or none is and the old file stands.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../e2e/run-bin.js';
import { expectClean, expectRefusal, run, runAsync, scratch } from './helpers.js';

const COMMENTED = '# my settings, by hand\nzone: Europe/Paris  # where I am\n';

describe('parallel writers', () => {
  it('twenty people add at once leave twenty people; config set among them keeps them and the comments', async () => {
    const { dir, config, env } = scratch('parallel');
    mkdirSync(dirname(config), { recursive: true });
    writeFileSync(config, COMMENTED);
    const adds = Array.from({ length: 20 }, (_, i) => runAsync(['people', 'add', `Person${i}`, i % 2 ? 'London' : 'Asia/Tokyo', '--team', 'crew'], dir, env));
    const sets = [runAsync(['config', 'set', 'format', 'markdown'], dir, env), runAsync(['config', 'set', 'workingHours', '08:00-16:00'], dir, env)];
    const results = await Promise.all([...adds, ...sets]);
    for (const r of results) expect(r.status, r.stderr).toBe(0);
    const listed = JSON.parse(run(['people', '--json'], dir, env).stdout) as { people: { name: string }[]; teams: { name: string; members: string[] }[] };
    expect(listed.people.map((p) => p.name).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `Person${i}`).sort());
    expect(listed.teams.find((t) => t.name === 'crew')?.members).toHaveLength(20);
    const text = readFileSync(config, 'utf8');
    expect(text).toContain('# my settings, by hand');
    expect(text).toContain('# where I am');
    expect(text).toMatch(/^format: markdown$/m);
    expect(text).toMatch(/^workingHours: 08:00-16:00$/m);
    // No temporary file or lock is left behind.
    expect(readdirSync(dirname(config))).toEqual(['config.yaml']);
  });
});

describe('a write that fails', () => {
  const hasBash = spawnSync('bash', ['-c', 'true']).status === 0;

  it.skipIf(!hasBash)('under ulimit -f 0 leaves the old file, and is exit 1 with one line naming the file and the cause', () => {
    const { dir, config, env } = scratch('ulimit');
    mkdirSync(dirname(config), { recursive: true });
    writeFileSync(config, COMMENTED);
    for (const args of [['people', 'add', 'Zed', 'Tokyo'], ['config', 'set', 'format', 'json'], ['config', 'unset', 'zone']]) {
      const r = spawnSync('bash', ['-c', `ulimit -f 0; exec "${process.execPath}" "${BIN}" "$@"`, 'bash', ...args], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 8000 });
      expect(r.status, r.stderr).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(/config\.yaml: cannot write this file: .*\(EFBIG\)\. The file was not changed\./);
      expect(r.stderr).not.toMatch(/unexpected error|please report/);
      expect(readFileSync(config, 'utf8')).toBe(COMMENTED);
    }
    expect(readdirSync(dirname(config))).toEqual(['config.yaml']);
  });

  it.skipIf(!hasBash)('init under ulimit -f 0 writes nothing and says why', () => {
    const { dir, env } = scratch('ulimit-init');
    const r = spawnSync('bash', ['-c', `ulimit -f 0; exec "${process.execPath}" "${BIN}" init`], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 8000 });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/EFBIG/);
    expect(existsSync(`${dir}/.commtriage`)).toBe(false);
  });

  it.skipIf(!existsSync('/dev/zero'))('a settings file linked to /dev/zero is refused at once, not read into memory', () => {
    const { dir, config, env } = scratch('dev-zero');
    mkdirSync(dirname(config), { recursive: true });
    symlinkSync('/dev/zero', config);
    for (const args of [['config', 'set', 'format', 'json'], ['people', 'add', 'Zed', 'Tokyo'], ['config'], ['people']]) {
      const r = run(args, dir, env);
      expectRefusal(r, /a device, not a regular file/);
    }
  });

  it('a settings file that is binary is one problem, not a page of garbage', () => {
    const { dir, config, env } = scratch('binary');
    mkdirSync(dirname(config), { recursive: true });
    writeFileSync(config, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x1b, 0x5b, 0x32, 0x4a]));
    const r = run(['people'], dir, env);
    expectRefusal(r, /a binary file, not text/);
    expect(r.stderr.split('\n').length).toBeLessThan(4);
    expectClean(r);
  });

  it('people add strips control characters from a name and refuses a very long one', () => {
    const { dir, config, env } = scratch('names');
    expect(run(['people', 'add', 'Ann\x1b]0;pwned\x07ie', 'London'], dir, env).status).toBe(0);
    expect(readFileSync(config, 'utf8')).toContain('name: "Ann]0;pwnedie"');
    expectRefusal(run(['people', 'add', 'A'.repeat(100), 'London'], dir, env), /more than the 64 a name may have/);
  });
});

describe('a lock left behind', () => {
  it('by a run that is gone is taken over at once, and removed after the change', () => {
    const { dir, config, env } = scratch('stale-lock');
    mkdirSync(dirname(config), { recursive: true });
    writeFileSync(config, COMMENTED);
    writeFileSync(`${config}.lock`, '2147483646'); // no such process
    const start = Date.now();
    const r = run(['people', 'add', 'Zed', 'Tokyo'], dir, env);
    expect(r.status, r.stderr).toBe(0);
    expect(Date.now() - start).toBeLessThan(5000);
    expect(readFileSync(config, 'utf8')).toContain('Zed');
    expect(readdirSync(dirname(config))).toEqual(['config.yaml']);
  });

  it('a settings file nested deeper than the limit is refused before it is parsed', () => {
    const { dir, config, env } = scratch('deep');
    mkdirSync(dirname(config), { recursive: true });
    writeFileSync(config, `zone: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
    expectRefusal(run(['config', 'set', 'format', 'json'], dir, env), /nested more than 64 levels/);
    expectRefusal(run(['people'], dir, env), /nested more than 64 levels/);
  });
});

describe('a settings path that cannot be', () => {
  it('under a file instead of a directory is one line at once, not a wait for a lock', () => {
    const { dir, env } = scratch('enotdir');
    writeFileSync(join(dir, 'afile'), '');
    const start = Date.now();
    const r = run(['config', 'set', 'zone', 'Paris'], dir, { ...env, COMMTRIAGE_CONFIG: join(dir, 'afile', 'config.yaml') });
    expect(Date.now() - start).toBeLessThan(3000);
    expectRefusal(r, /cannot write this file: a file stands where a directory is needed \(ENOTDIR\)/);
  });

  it('a directory is named as such', () => {
    const { dir, env } = scratch('eisdir');
    mkdirSync(join(dir, 'conf'));
    expectRefusal(run(['config', 'set', 'zone', 'Paris'], dir, { ...env, COMMTRIAGE_CONFIG: join(dir, 'conf') }), /a directory, not a regular file/);
  });
});
