// The package as a user gets it: `npm pack`, installed globally into a scratch prefix, run from
// another directory. Uses the dist/ that `npm test` built (--ignore-scripts: packing must not
// rebuild dist/ under the other tests' feet). Dependencies come from npm's cache when it has them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-bin.js';

const tmp = mkdtempSync(join(tmpdir(), 'commtriage-install-'));
const prefix = join(tmp, 'prefix');
const env = { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, env, encoding: 'utf8', timeout: 120_000 });

describe('npm pack, then npm install -g from the tarball', () => {
  it('installs without an install-script warning and runs from another directory', () => {
    const pack = npm(['pack', '--ignore-scripts', '--pack-destination', tmp], ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'))!;

    const install = npm(['install', '-g', '--prefix', prefix, '--prefer-offline', join(tmp, tarball)], tmp);
    expect(install.status, install.stderr).toBe(0);
    expect(install.stderr).not.toMatch(/install-scripts|allowScripts/);
    expect(install.stdout).not.toMatch(/install-scripts|allowScripts/);

    const bin = join(prefix, 'bin', 'commtriage');
    const args = ['ask', '--json', '--set', 'purpose=decision', '--set', 'urgency=today', '--set', 'attendees=3', '--now', '2026-03-16T12:00:00Z', '--zone', 'UTC'];
    const ask = spawnSync(bin, args, { cwd: tmp, encoding: 'utf8', env: { ...process.env, COMMTRIAGE_RULES: undefined } });
    expect(ask.stderr).toBe('');
    expect(ask.status).toBe(0);
    expect(JSON.parse(ask.stdout)).toMatchObject({
      schemaVersion: 3,
      recommendation: expect.stringMatching(/^(async|sync|hybrid)$/),
      row: expect.any(String),
      plan: expect.any(String),
    });

    // The rest of what ships: the man page where man finds it, completion, the docs help points at.
    expect(existsSync(join(prefix, 'share', 'man', 'man1', 'commtriage.1'))).toBe(true);
    expect(spawnSync(bin, ['completion', 'bash'], { encoding: 'utf8' }).stdout).toContain('complete -F _commtriage commtriage');
    const help = spawnSync(bin, ['help', 'rules', 'validate'], { encoding: 'utf8' }).stdout;
    const docs = /Learn more \(in (.*)\):/.exec(help)?.[1];
    expect(docs && existsSync(join(docs, 'docs', 'rule-format.md'))).toBe(true);
  }, 90_000);
});
