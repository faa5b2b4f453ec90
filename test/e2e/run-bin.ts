// Spawns the built CLI the way a script would: no terminal, answers on stdin or in flags.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/commtriage.cjs', import.meta.url));
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** A hang guard: the child is killed after this long and the result has status null. */
  timeout?: number;
}

export function runBin(args: string[], opts: RunOptions = {}): RunResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, DEBUG: undefined, COMMTRIAGE_RULES: undefined, TZ: 'UTC', ...opts.env };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input: opts.input ?? '',
    env: Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv,
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    timeout: opts.timeout ?? 15000,
    maxBuffer: 64 << 20, // a long batch writes megabytes
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Fixed moment and zone so that output does not depend on when or where the test runs. */
export const FIXED = ['--now', '2026-03-16T12:00:00Z', '--zone', 'Europe/London'];
