// One error type for everything a user can fix. It carries the exit status; the CLI's single
// top-level catch prints `message` (and `hint`) and never a stack trace unless --debug.

import { visible } from './format/safe.js';

export const EXIT = { ok: 0, unexpected: 1, usage: 2, cancelled: 130 } as const;

export interface Problem {
  /** "rules/rules.yaml:12:7" or an answer's name such as "attendees". */
  where?: string;
  message: string;
  hint?: string;
}

export class UserError extends Error {
  readonly exitCode: number;
  readonly problems: Problem[];

  constructor(problems: Problem[] | Problem, exitCode: number = EXIT.usage) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map(formatProblem).join('\n'));
    this.name = 'UserError';
    this.exitCode = exitCode;
    this.problems = list;
  }
}

/** Ctrl+C at a prompt. */
export class CancelledError extends Error {
  readonly exitCode = EXIT.cancelled;
  constructor() {
    super('Cancelled.');
    this.name = 'CancelledError';
  }
}

/** A problem for people: where, what and the hint, with unsafe characters escaped (safe.ts). */
export function formatProblem(p: Problem): string {
  const head = p.where ? `${p.where}: ${p.message}` : p.message;
  return visible(p.hint ? `${head}\n  ${p.hint}` : head);
}

/** At most this many problems are printed; the rest are counted ("... and 99,990 more"). */
export const MAX_SHOWN_PROBLEMS = 50;

/** The closing line for problems not shown, or undefined when all were. */
export function moreLine(total: number, shown: number = MAX_SHOWN_PROBLEMS): string | undefined {
  return total > shown ? `... and ${(total - shown).toLocaleString('en-US')} more (fix those above first; they are often the cause)` : undefined;
}
