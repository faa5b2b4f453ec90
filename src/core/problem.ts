// What the core says when its input cannot be used: what is wrong, where and how to fix it.
// It carries no exit status; the edge (src/main.ts) decides how a problem ends the run.

export interface Problem {
  /** "rules/table.yaml:12:7" or an answer's name such as "attendees". */
  where?: string;
  message: string;
  hint?: string;
  /** The place in a file, with its line of text, for a caret under the column. */
  at?: SourcePlace;
  /** A warning about a name still read but renamed: `ask` shows it too, not only `rules validate`. */
  deprecated?: true;
}

export interface SourcePlace {
  file: string;
  /** 1-based. */
  line: number;
  column: number;
  /** The whole line as written. */
  text: string;
}

/** One problem as plain lines (the edge's formatProblem adds the source line and a caret). */
export function problemText(p: Problem): string {
  const head = p.where ? `${p.where}: ${p.message}` : p.message;
  return p.hint ? `${head}\n  ${p.hint}` : head;
}

/** Input the core cannot use (a zone, a setting, a time), with every problem found. */
export class ProblemError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[] | Problem) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map(problemText).join('\n'));
    this.name = 'ProblemError';
    this.problems = list;
  }
}
