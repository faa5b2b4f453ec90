// One error type for everything a user can fix. It carries the exit status; the CLI's single
// top-level catch prints `message` (and `hint`) and never a stack trace unless --debug.

export const EXIT = { ok: 0, unexpected: 1, usage: 2, cancelled: 130 } as const;

export interface Problem {
  /** "rules/rules.yaml:12:7" or an answer's name such as "attendees". */
  where?: string;
  message: string;
  hint?: string;
  /** The place in a file, with its line of text, for a caret under the column. */
  at?: SourcePlace;
}

export interface SourcePlace {
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  /** The whole line as written. */
  text: string;
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

export function formatProblem(p: Problem): string {
  return formatProblemAs(p, p.where ? `${p.where}: ${p.message}` : p.message);
}

/** A problem under a head line of the caller's making (e.g. "file:1:2: error: message"). */
export function formatProblemAs(p: Problem, head: string): string {
  const frame = p.at ? `\n${codeFrame(p.at)}` : '';
  return p.hint ? `${head}${frame}\n  ${p.hint}` : `${head}${frame}`;
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
