// The one way commtriage reads a file it did not write (rule files, the team's people.yaml, the
// personal config.yaml): a cloned repository's .commtriage/ is untrusted. A file is read only if
// it is a regular file (a FIFO would block forever, /dev/stdin would swallow piped answers,
// /dev/zero would fill memory), inside the directory it belongs to when there is one (a link to
// ~/.aws/credentials is never opened, so no line of it can be echoed in an error), no larger than
// its limit, and text rather than binary. Synchronous: these files are small and read once.
import { type Stats, closeSync, constants, fstatSync, lstatSync, openSync, readSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { Problem } from '../errors.js';

export type GuardProblem = Omit<Problem, 'where'>;

export interface GuardOptions {
  /** The directory the file must be inside once links are followed; omitted for the user's own files. */
  dir?: string;
  /** The directory's real path, when the caller has it already. */
  realDir?: string;
  maxBytes: number;
  /** What the file is, in messages: "rule file", "roster", "settings file". */
  what: string;
  /** The name of the directory in messages: "the rule directory". */
  dirName?: string;
  /** The hint for a file over the limit. */
  tooBigHint?: string;
}

export type Guarded = { text: string } | { missing: true } | { problem: GuardProblem };

export const sizeText = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${+(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;

const codeOf = (e: unknown): string => (e as NodeJS.ErrnoException)?.code ?? String(e);

export function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

export const isInside = (dir: string, path: string): boolean => {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

/** Why a link cannot be followed, in words. */
export function linkProblem(code: string): string {
  if (code === 'ELOOP') return 'a symbolic link that loops (ELOOP)';
  if (code === 'ENOENT') return 'a symbolic link to nothing (its target does not exist)';
  return `a symbolic link that cannot be followed (${code})`;
}

/**
 * What stands at the path, checked without opening it: its size when it may be read, or why
 * not. A path where nothing is returns missing.
 */
export function checkGuarded(path: string, opts: GuardOptions): { size: number } | { missing: true } | { problem: GuardProblem } {
  let st: Stats;
  try {
    st = lstatSync(path);
  } catch (e) {
    if (codeOf(e) === 'ENOENT') return { missing: true };
    return { problem: { message: `cannot read the file (${codeOf(e)})`, hint: 'Check that it exists and that you may read it.' } };
  }
  if (st.isSymbolicLink()) {
    let target: string;
    try {
      target = realpathSync(path);
    } catch (e) {
      return { problem: { message: linkProblem(codeOf(e)), hint: `Point the link at a ${opts.what} or remove it.` } };
    }
    if (opts.dir !== undefined) {
      const realDir = opts.realDir ?? safeRealpath(opts.dir);
      if (!isInside(realDir, target)) {
        // Named as the link says (/dev/stdin), not as it resolves (/proc/123/fd/pipe:[4]).
        const said = readlinkSync(path);
        const shown = isAbsolute(said) ? said : target;
        return {
          problem: {
            message: `a symbolic link to ${shown}, outside ${opts.dirName ?? 'its directory'}; a ${opts.what} is read only from inside it`,
            hint: 'Copy the file into the directory instead of linking to it, or remove the link.',
          },
        };
      }
    }
    try {
      st = statSync(target);
    } catch (e) {
      return { problem: { message: `cannot read the file (${codeOf(e)})`, hint: 'Check that it exists and that you may read it.' } };
    }
  }
  if (!st.isFile()) return { problem: { message: `${kindOf(st)}, not a regular file; a ${opts.what} must be a plain file`, hint: 'Remove it, or put a plain file in its place.' } };
  if (st.size > opts.maxBytes) return { problem: tooBig(st.size, opts) };
  return { size: st.size };
}

function safeRealpath(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

function tooBig(size: number, opts: GuardOptions): GuardProblem {
  return {
    message: `${sizeText(size)}, larger than the limit for one ${opts.what}, ${sizeText(opts.maxBytes)}`,
    hint: opts.tooBigHint ?? `Is it the right file? A ${opts.what} is a short text file.`,
  };
}

/** The text, or why it cannot be had (see the top of this file). */
export function readGuarded(path: string, opts: GuardOptions): Guarded {
  const checked = checkGuarded(path, opts);
  if (!('size' in checked)) return checked;
  return readChecked(path, opts);
}

/**
 * The text of a file checkGuarded accepted. Opened without blocking and checked again once
 * open: a file swapped for a FIFO or a device meanwhile is not waited for.
 */
export function readChecked(path: string, opts: GuardOptions): { text: string } | { problem: GuardProblem } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (e) {
    return { problem: { message: `cannot read the file (${codeOf(e)})`, hint: 'Check that it exists and that you may read it.' } };
  }
  try {
    if (!fstatSync(fd).isFile()) return { problem: { message: `not a regular file; a ${opts.what} must be a plain file`, hint: 'Remove it, or put a plain file in its place.' } };
    const buffer = Buffer.allocUnsafe(opts.maxBytes + 1); // only the bytes read are used
    let size = 0;
    for (let n = 1; n > 0 && size < buffer.length; size += n) n = readSync(fd, buffer, size, buffer.length - size, null);
    if (size > opts.maxBytes) return { problem: tooBig(size, opts) };
    const bytes = buffer.subarray(0, size);
    const binary = binaryProblem(bytes, opts.what);
    if (binary) return { problem: binary };
    return { text: bytes.toString('utf8') };
  } catch (e) {
    return { problem: { message: `cannot read the file (${codeOf(e)})`, hint: 'Check that it exists and that you may read it.' } };
  } finally {
    closeSync(fd);
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A NUL byte or bytes that are not UTF-8: an image, an archive, a compiled file; one problem, not a page of garbage. */
export function binaryProblem(bytes: Uint8Array, what: string): GuardProblem | undefined {
  let bad = bytes.includes(0);
  if (!bad) {
    try {
      utf8.decode(bytes);
    } catch {
      bad = true;
    }
  }
  if (!bad) return undefined;
  return { message: `a binary file, not text (it holds ${bytes.includes(0) ? 'NUL bytes' : 'bytes that are not UTF-8'}); a ${what} is YAML text in UTF-8`, hint: 'Is it the right file? Save it as UTF-8 text, or remove it.' };
}
