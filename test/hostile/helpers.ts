// Shared by the hostile-files suite: a scratch directory per case, the built binary run with a
// personal config file of the test's own (never the real home), and the checks every case makes.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { BIN, type RunOptions, type RunResult, runBin } from '../e2e/run-bin.js';

export const HANG_GUARD_MS = 8000;
/** What a terminal would act on: C0 but tab and newline, DEL, C1, bidi formatting. */
export const RAW = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
export const STACK_LINE = /^\s+at /m;
export const SECRET = 'AKIAFAKESECRET1234567890';
export const ANSWERS = ['--set', 'purpose=decision', '--set', 'urgency=today', '--set', 'attendees=3', '--now', '2026-03-16T12:00:00Z', '--zone', 'Europe/London'];

const root = mkdtempSync(join(tmpdir(), 'commtriage-hostile-files-'));
let count = 0;

/** A fresh directory for one case, with its own personal config path (not created). */
export function scratch(name: string): { dir: string; config: string; env: Record<string, string> } {
  const dir = join(root, `${name}-${count++}`);
  mkdirSync(dir, { recursive: true });
  const config = join(dir, 'home', 'config.yaml');
  return { dir, config, env: { COMMTRIAGE_CONFIG: config, HOME: join(dir, 'home') } };
}

export function run(args: string[], cwd: string, env: Record<string, string>, opts: Omit<RunOptions, 'cwd' | 'env'> = {}): RunResult {
  return runBin(args, { cwd, env, timeout: HANG_GUARD_MS, ...opts });
}

/** Runs the binary without waiting (for parallel writers); resolves with its status and output. */
export function runAsync(args: string[], cwd: string, env: Record<string, string>): Promise<RunResult> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', TZ: 'UTC', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      done({ status, stdout, stderr });
    });
  });
}

/** Exit 2, nothing on stdout, one clean message that says the given things: no stack, no "unexpected". */
export function expectRefusal(r: RunResult, ...says: RegExp[]): void {
  expect(r.status, `${r.stderr} (null means it hung)`).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^commtriage: /);
  expect(r.stderr).not.toMatch(STACK_LINE);
  expect(r.stderr).not.toMatch(/unexpected error/);
  for (const word of says) expect(r.stderr).toMatch(word);
}

/** Nothing raw reached either stream and the secret is in neither. */
export function expectClean(r: RunResult): void {
  expect(r.status, `${r.stderr} (null means it hung)`).not.toBeNull();
  expect(r.stdout).not.toMatch(RAW);
  expect(r.stderr).not.toMatch(RAW);
  expect(r.stdout).not.toContain(SECRET);
  expect(r.stderr).not.toContain(SECRET);
}
