// Every file commtriage writes (config.yaml, people.yaml) is written whole or not at all: the new
// text goes to a temporary file in the same directory, is flushed to the disk (fsync), and is then
// renamed over the old name. A full disk, a file-size limit (`ulimit -f`) or a kill midway leaves
// the old file as it was. A rename never writes through a link that took the name meanwhile.
import { closeSync, constants, fstatSync, fsyncSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EXIT, UserError } from '../errors.js';

/** A cause in words, for the one line a failed write prints. */
export function writeCause(code: string | undefined): string {
  const why: Record<string, string> = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is used up',
    EFBIG: 'the file is larger than the system allows (ulimit -f)',
    EIO: 'an input/output error',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'a read-only file system',
    ENOTDIR: 'a file stands where a directory is needed',
    EISDIR: 'it is a directory',
    ENAMETOOLONG: 'the name is too long',
    ELOOP: 'a symbolic link that loops',
  };
  return `${why[code ?? ''] ?? 'the write failed'} (${code ?? 'error'})`;
}

/** Failures the user fixes by choosing another place (exit 2), as against the system's (a full disk: exit 1). */
export const isPermission = (code: string | undefined): boolean => code === 'EACCES' || code === 'EPERM' || code === 'EROFS';

/** A write that failed: one line naming the file and the cause; the old file is untouched. */
export function writeError(shown: string, error: unknown): UserError {
  const code = (error as NodeJS.ErrnoException)?.code;
  return new UserError({ where: shown, message: `cannot write this file: ${writeCause(code)}. The file was not changed.` }, isPermission(code) ? EXIT.usage : EXIT.unexpected);
}

/** Writes a new file (never an existing one) and flushes it to the disk before the caller renames it into place. */
export function writeNewFileSynced(path: string, text: string): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
  try {
    const bytes = Buffer.from(text, 'utf8');
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Where the text should go: the path itself, or, when the path is a symbolic link to a regular
 * file (a dotfiles checkout), the file it points at, so that the link is kept.
 */
export function writeTarget(path: string): string {
  try {
    if (!lstatSync(path).isSymbolicLink()) return path;
    const real = realpathSync(path);
    return statSync(real).isFile() ? real : path;
  } catch {
    return path;
  }
}

let counter = 0;

/**
 * Writes text to path atomically (see above); throws a UserError (exit 1) naming `shown` when it
 * cannot. The new file keeps the old one's permissions, or gets 0600 (settings are personal).
 */
export function writeFileAtomic(path: string, text: string, shown: string = path): void {
  const target = writeTarget(path);
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${Date.now().toString(36)}${(counter++).toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    mkdirSync(dir, { recursive: true });
    let mode = 0o600;
    try {
      const st = statSync(target);
      if (!st.isFile()) throw Object.assign(new Error('not a regular file'), { code: st.isDirectory() ? 'EISDIR' : 'ENOTREG' });
      mode = st.mode & 0o777;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
    const bytes = Buffer.from(text, 'utf8');
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
    if (!fstatSync(fd).isFile()) throw Object.assign(new Error('not a regular file'), { code: 'ENOTREG' });
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // never created, or already renamed
    }
    if ((error as NodeJS.ErrnoException).code === 'ENOTREG') {
      throw new UserError({ where: shown, message: 'not a regular file; commtriage writes only to a plain file.', hint: 'Remove it or point COMMTRIAGE_CONFIG at a file.' }, EXIT.unexpected);
    }
    throw writeError(shown, error);
  }
  syncDirectory(dir);
}

/** The rename itself reaches the disk when the directory is flushed; where that is refused, the rename still stands. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, constants.O_RDONLY);
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on a directory.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
