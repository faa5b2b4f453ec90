// Reading a rule directory that commtriage did not write: a cloned repository's .commtriage/ is
// found by walking up from the working directory, so its files are treated as untrusted. A file is
// read only if it is a regular file inside the directory (a FIFO would block the read forever; a
// link to /etc/passwd is not a rule file) and no larger than the limits (README, "Limits").
import { type Stats, closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import type { Problem } from '../errors.js';

/**
 * One rule file: about 1,400 rules like the benchmark's (the largest built-in file is 9 KB).
 * Reading and checking YAML with positions runs at a few hundred KB a second, so a file at the
 * limit loads in a second or two; a 200 MB file used to exhaust V8's heap.
 */
export const MAX_RULE_FILE_BYTES = 512 * 1024;
/** All the files of a set together: twenty-five times the built-in set. */
export const MAX_RULE_SET_BYTES = 1024 * 1024;

export const sizeText = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

const codeOf = (e: unknown): string => (e as NodeJS.ErrnoException)?.code ?? String(e);

function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

const inside = (dir: string, path: string): boolean => {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

/** The file's size if it may be read, else why not (never opens anything but a regular file). */
export function checkRuleFile(dir: string, name: string, realDir: string): { size: number } | Omit<Problem, 'where'> {
  const file = join(dir, name);
  let st: Stats;
  try {
    st = lstatSync(file);
    if (st.isSymbolicLink()) {
      const target = realpathSync(file);
      if (!inside(realDir, target)) {
        return {
          message: `a symbolic link to ${target}, outside the rule directory; rule files are read only from inside it`,
          hint: 'Copy the file into the rule directory instead of linking to it, or remove the link.',
        };
      }
      st = statSync(target);
    }
  } catch (e) {
    return { message: `cannot read the file (${codeOf(e)})`, hint: 'Check that it exists (a link must point at a file in this directory) and that you may read it.' };
  }
  if (!st.isFile()) {
    return { message: `${kindOf(st)}, not a regular file; a rule file must be a plain file`, hint: 'Remove it, or rename it so that its name does not end in .yaml or .yml.' };
  }
  if (st.size > MAX_RULE_FILE_BYTES) return tooBig(st.size);
  return { size: st.size };
}

function tooBig(size: number): Omit<Problem, 'where'> {
  return {
    message: `${sizeText(size)}, larger than the limit for one rule file, ${sizeText(MAX_RULE_FILE_BYTES)}`,
    hint: 'Is it the right file? A rule set of thousands of rules still fits; split a large one into several files.',
  };
}

/** The text of a file that checkRuleFile accepted; a file swapped for a FIFO meanwhile is not waited for. */
export function readRuleFile(path: string): string | Omit<Problem, 'where'> {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { message: `cannot read the file (${codeOf(e)})`, hint: 'Check that it exists and that you may read it.' };
  }
  try {
    if (!fstatSync(fd).isFile()) return { message: 'not a regular file; a rule file must be a plain file', hint: 'Remove it or rename it.' };
    const buffer = Buffer.allocUnsafe(MAX_RULE_FILE_BYTES + 1); // only the bytes read are used
    let size = 0;
    for (let n = 1; n > 0 && size < buffer.length; size += n) n = readSync(fd, buffer, size, buffer.length - size, null);
    if (size > MAX_RULE_FILE_BYTES) return tooBig(size);
    return buffer.toString('utf8', 0, size);
  } catch (e) {
    return { message: `cannot read the file (${codeOf(e)})`, hint: 'Check that it exists and that you may read it.' };
  } finally {
    closeSync(fd);
  }
}

/** The problem when the files together pass the set's limit. */
export function setTooBig(total: number): Omit<Problem, 'where'> | undefined {
  if (total <= MAX_RULE_SET_BYTES) return undefined;
  return {
    message: `the rule files add up to ${sizeText(total)}, more than the limit for a rule set, ${sizeText(MAX_RULE_SET_BYTES)}`,
    hint: 'Is this the right directory? Remove files that are not rule files, or point --rules at the rule set itself.',
  };
}
