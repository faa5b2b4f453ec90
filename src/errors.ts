// Errors the CLI turns into an exit status. The core throws ProblemError (no status); the edge
// throws UserError, which is a ProblemError with one. The single top-level catch (src/main.ts)
// prints `message` (and `hint`) and never a stack trace unless --debug.
import { ProblemError } from './core/problem.js';
import type { Problem, SourcePlace } from './core/problem.js';

import { visible } from './text/safe.js';

export { ProblemError, type Problem, type SourcePlace } from './core/problem.js';

export const EXIT = { ok: 0, unexpected: 1, usage: 2, cancelled: 130 } as const;

export class UserError extends ProblemError {
  readonly exitCode: number;

  constructor(problems: Problem[] | Problem, exitCode: number = EXIT.usage) {
    super(problems);
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}

/** The exit status for a problem with the input: its own if it has one, else bad input (2). */
export const exitCodeOf = (error: ProblemError): number => (error instanceof UserError ? error.exitCode : EXIT.usage);

/** Why a file could not be read, in words: "no such file", "permission denied", ... */
export function readProblem(code: string | undefined): string {
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  return code ?? 'unknown error';
}

/** Ctrl+C at a prompt, or a signal during one (its status is 128 + the signal's number). */
export class CancelledError extends Error {
  readonly exitCode: number;
  constructor(exitCode: number = EXIT.cancelled) {
    super('Cancelled.');
    this.exitCode = exitCode;
    this.name = 'CancelledError';
  }
}

/** A problem for people: where, what and the hint, with unsafe characters escaped (safe.ts). */
export function formatProblem(p: Problem): string {
  return formatProblemAs(p, p.where ? `${p.where}: ${p.message}` : p.message);
}

/** A problem under a head line of the caller's making (e.g. "file:1:2: error: message"). */
export function formatProblemAs(p: Problem, head: string): string {
  const frame = p.at ? `\n${codeFrame(p.at)}` : '';
  return visible(p.hint ? `${head}${frame}\n  ${p.hint}` : `${head}${frame}`);
}

const FRAME_WIDTH = 100;

/**
 * The line with a caret under the column, as compilers show it. A tab shows as "→" (one column,
 * and visible: it may be the mistake); a long line is cut around the column.
 */
export function codeFrame({ line, column, text }: SourcePlace): string {
  let shown = text.replace(/\t/g, '→').replace(/\r$/, '');
  let caret = Math.max(0, Math.min(column - 1, shown.length));
  if (shown.length > FRAME_WIDTH) {
    const start = Math.max(0, Math.min(caret - FRAME_WIDTH / 2, shown.length - FRAME_WIDTH));
    shown = `${start > 0 ? '…' : ''}${shown.slice(start, start + FRAME_WIDTH)}${start + FRAME_WIDTH < shown.length ? '…' : ''}`;
    caret = caret - start + (start > 0 ? 1 : 0);
  }
  const gutter = String(line);
  return `  ${gutter} | ${shown}\n  ${' '.repeat(gutter.length)} | ${' '.repeat(caret)}^`;
}

/** At most this many problems are printed; the rest are counted ("... and 99,990 more"). */
export const MAX_SHOWN_PROBLEMS = 50;

/** The closing line for problems not shown, or undefined when all were. */
export function moreLine(total: number, shown: number = MAX_SHOWN_PROBLEMS): string | undefined {
  return total > shown ? `... and ${(total - shown).toLocaleString('en-US')} more (fix those above first; they are often the cause)` : undefined;
}
