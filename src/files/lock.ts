// A lock around read-modify-write of one file, so that twenty `people add` at once keep twenty
// people: the lock is a file created exclusively beside the target (`config.yaml.lock`), which
// works on every local file system and needs no dependency. A lock left by a run that was killed
// is taken over when its process is gone or it is older than STALE_MS. Synchronous, like the
// edit it guards: the edit is a few milliseconds.
import { closeSync, constants, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { EXIT, UserError } from '../errors.js';
import { isPermission, writeCause } from './write-atomic.js';

/** How long a run waits for another to finish its edit before giving up. */
export const WAIT_MS = 10_000;
/** A lock older than this belongs to a run that died (an edit takes milliseconds). */
export const STALE_MS = 30_000;

const sleep = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/** True when the lock was left by a process that no longer runs, or long ago. */
function isStale(lock: string, now: number): boolean {
  try {
    const age = now - statSync(lock).mtimeMs;
    if (age > STALE_MS) return true;
    const pid = Number.parseInt(readFileSync(lock, 'utf8'), 10);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
    try {
      process.kill(pid, 0);
      return false;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'ESRCH';
    }
  } catch {
    return false; // gone meanwhile: the next try takes it
  }
}

/** Runs fn while holding the lock for path; the lock is released however fn ends. */
export function withFileLock<T>(path: string, shown: string, fn: () => T, wait: number = WAIT_MS): T {
  const lock = `${path}.lock`;
  const start = Date.now();
  let fd: number | undefined;
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    // A file where a directory of the path should be: mkdir says EEXIST, which means "held" below.
    const code = (error as NodeJS.ErrnoException).code === 'EEXIST' ? 'ENOTDIR' : (error as NodeJS.ErrnoException).code;
    throw new UserError({ where: shown, message: `cannot write this file: ${writeCause(code)}. The file was not changed.` }, EXIT.usage);
  }
  for (let delay = 5; fd === undefined; delay = Math.min(delay * 2, 100)) {
    try {
      fd = openSync(lock, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') throw new UserError({ where: shown, message: `cannot lock this file for the change: ${writeCause(code)}. The file was not changed.` }, isPermission(code) ? EXIT.usage : EXIT.unexpected);
      if (isStale(lock, Date.now())) {
        try {
          unlinkSync(lock);
        } catch {
          // another run took it over first
        }
        continue;
      }
      if (Date.now() - start > wait) {
        throw new UserError(
          {
            where: shown,
            message: `another commtriage is changing this file (the lock ${lock} is held). The file was not changed.`,
            hint: `Run again in a moment; if no other commtriage is running, remove ${lock}.`,
          },
          EXIT.unexpected,
        );
      }
      sleep(delay + Math.random() * delay);
    }
  }
  try {
    try {
      writeSync(fd, String(process.pid)); // for the stale check; the lock holds without it (ulimit -f 0)
    } catch {
      // an empty lock is still a lock
    }
    closeSync(fd);
    return fn();
  } finally {
    try {
      unlinkSync(lock);
    } catch {
      // removed as stale by another run: nothing to release
    }
  }
}
