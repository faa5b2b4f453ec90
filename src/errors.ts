// Errors the CLI turns into an exit status. The core throws ProblemError (no status); the edge
// throws UserError, which is a ProblemError with one. The single top-level catch (src/main.ts)
// prints `message` (and `hint`) and never a stack trace unless --debug.
import { ProblemError } from './core/problem.js';
import type { Problem } from './core/problem.js';

export { formatProblem, ProblemError, type Problem } from './core/problem.js';

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

/** Ctrl+C at a prompt. */
export class CancelledError extends Error {
  readonly exitCode = EXIT.cancelled;
  constructor() {
    super('Cancelled.');
    this.name = 'CancelledError';
  }
}
