// Reading a rule directory that commtriage did not write: a cloned repository's .commtriage/ is
// found by walking up from the working directory, so its files are treated as untrusted. A file is
// read only if it is a regular file inside the directory (a FIFO would block the read forever; a
// link to /etc/passwd is not a rule file) and no larger than the limits (README, "Limits").
import { join } from 'node:path';
import type { Problem } from '../errors.js';
import { type GuardOptions, checkGuarded, readChecked, sizeText } from '../files/read-guarded.js';

export { sizeText } from '../files/read-guarded.js';

/**
 * One rule file: about 1,400 rules like the benchmark's (the largest built-in file is 9 KB).
 * Reading and checking YAML with positions runs at a few hundred KB a second, so a file at the
 * limit loads in a second or two; a 200 MB file used to exhaust V8's heap.
 */
export const MAX_RULE_FILE_BYTES = 512 * 1024;
/** All the files of a set together: twenty-five times the built-in set. */
export const MAX_RULE_SET_BYTES = 1024 * 1024;

const guard = (dir: string, realDir?: string): GuardOptions => ({
  dir,
  ...(realDir ? { realDir } : {}),
  maxBytes: MAX_RULE_FILE_BYTES,
  what: 'rule file',
  dirName: 'the rule directory',
  tooBigHint: 'Is it the right file? A rule set of thousands of rules still fits; split a large one into several files.',
});

/** The file's size if it may be read, else why not (never opens anything but a regular file). */
export function checkRuleFile(dir: string, name: string, realDir: string): { size: number } | Omit<Problem, 'where'> {
  const checked = checkGuarded(join(dir, name), guard(dir, realDir));
  if ('problem' in checked) return checked.problem;
  if ('missing' in checked) return { message: 'cannot read the file (ENOENT)', hint: 'Check that it exists and that you may read it.' };
  return checked;
}

/** The text of a file that checkRuleFile accepted; a file swapped for a FIFO meanwhile is not waited for. */
export function readRuleFile(path: string): string | Omit<Problem, 'where'> {
  const read = readChecked(path, guard(join(path, '..')));
  return 'text' in read ? read.text : read.problem;
}

/** The problem when the files together pass the set's limit. */
export function setTooBig(total: number): Omit<Problem, 'where'> | undefined {
  if (total <= MAX_RULE_SET_BYTES) return undefined;
  return {
    message: `the rule files add up to ${sizeText(total)}, more than the limit for a rule set, ${sizeText(MAX_RULE_SET_BYTES)}`,
    hint: 'Is this the right directory? Remove files that are not rule files, or point --rules at the rule set itself.',
  };
}
