// The interview: ask, in order, for each answer still missing whose `when` holds. Pure logic;
// the asking is injected (inquirer.ts in a terminal, a fake in tests), create-astro style.
import { holds } from '../core/conditions.js';
import type { AnswerValue, Answers, Question } from '../core/types.js';
import { UserError } from '../errors.js';
import type { Problem } from '../errors.js';
import { type Reading, defaultFor, validateGiven, validateOne } from './validate.js';
import { organizerZoneHelp, withOrganizerZone } from './organizer-zone.js';

export type PromptKind = 'select' | 'number' | 'confirm' | 'input';

export interface PromptSpec {
  /** The question id (prompts do not show it; tests and fakes find questions by it). */
  id: string;
  kind: PromptKind;
  message: string;
  help?: string;
  /** select only. */
  choices?: { value: string; name: string }[];
  /** Preselected: a choice value, a number, a boolean, or zones as "A, B". */
  default?: string | number | boolean;
  /** true, or the text to show before asking again (the same words as validateOne). */
  validate: (value: unknown) => true | string;
}

/** Inquirer's context argument: other streams than the process's, for tests. */
export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

export type AskFn = (spec: PromptSpec, context?: PromptContext) => Promise<unknown>;

export interface InterviewOptions extends Reading {
  organizerZone: string;
  /** Where the prompts are drawn (standard error at a terminal); Inquirer's default otherwise. */
  context?: PromptContext;
}

/**
 * Is a required answer still missing (no default, and its `when` holds on what is known)? When
 * none is, a terminal run asks nothing more unless --interview says to.
 */
export function requiredMissing(questions: Question[], given: Answers, organizerZone: string): boolean {
  const known: Answers = Object.create(null);
  for (const q of questions) {
    if (Object.hasOwn(given, q.id)) known[q.id] = given[q.id]!;
    else {
      const fallback = defaultFor(q, organizerZone);
      if (fallback !== undefined) known[q.id] = fallback;
      else if (!q.when || holds(q.when, known)) return true;
    }
  }
  return false;
}

/** An ask that keeps returning invalid values is a bug, not a user; stop rather than loop. */
const MAX_ATTEMPTS = 5;

/**
 * Throws UserError when a given answer is invalid or unknown (those come from flags or files,
 * where asking again would hide the mistake). Returns complete answers in question order.
 */
export async function interview(
  questions: Question[],
  given: Record<string, unknown>,
  ask: AskFn,
  opts: InterviewOptions,
): Promise<Answers> {
  const checked = validateGiven(given, questions, opts);
  if ('problems' in checked) throw new UserError(checked.problems);
  const answers: Answers = Object.create(null);
  for (const q of questions) {
    if (Object.hasOwn(checked.given, q.id)) {
      answers[q.id] = checked.given[q.id]!;
      continue;
    }
    // Earlier answers all have a value by now (given, asked or default), and `when` may only
    // name earlier questions, so the answers so far are the facts it needs.
    const fallback = defaultFor(q, opts.organizerZone);
    if (q.when && !holds(q.when, answers)) {
      if (fallback !== undefined) answers[q.id] = fallback;
      continue;
    }
    const asked = await askUntilValid(q, promptFor(q, fallback, opts), ask, opts);
    answers[q.id] = q.type === 'zones' ? withOrganizerZone(asked, opts.organizerZone) : asked;
  }
  return answers;
}

export function promptFor(q: Question, fallback: AnswerValue | undefined, reading: Reading & { organizerZone?: string }): PromptSpec {
  const { organizerZone } = reading;
  const validate = (value: unknown): true | string => {
    // Every bad zone in the list at once, not one per try.
    if (q.type === 'zones') {
      const result = validateGiven({ [q.id]: value }, [q], reading);
      return 'problems' in result ? zoneProblems(result.problems) : true;
    }
    const result = validateOne(q, value, reading);
    return 'problem' in result ? promptText(result.problem) : true;
  };
  const base = { id: q.id, message: q.prompt, validate, ...(q.help ? { help: q.help } : {}) };
  switch (q.type) {
    case 'choice':
      return {
        ...base,
        kind: 'select',
        choices: (q.choices ?? []).map((c) => ({ value: c.value, name: c.label })),
        ...(typeof fallback === 'string' ? { default: fallback } : {}),
      };
    case 'number':
      return { ...base, kind: 'number', ...(typeof fallback === 'number' ? { default: fallback } : {}) };
    case 'boolean':
      return { ...base, kind: 'confirm', ...(typeof fallback === 'boolean' ? { default: fallback } : {}) };
    case 'zones':
      return {
        ...base,
        kind: 'input',
        message: `${q.prompt} (comma-separated, e.g. Europe/London, New York, Bangalore)`,
        ...(organizerZone ? { help: organizerZoneHelp(q.help, organizerZone) } : {}),
        ...(Array.isArray(fallback) ? { default: fallback.join(', ') } : {}),
      };
  }
}

async function askUntilValid(q: Question, spec: PromptSpec, ask: AskFn, opts: InterviewOptions): Promise<AnswerValue> {
  let last: Problem | undefined;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const result = validateOne(q, await ask(spec, opts.context), opts);
    if ('value' in result) return result.value;
    last = result.problem;
  }
  throw new UserError(last!);
}

/** Several bad zones: one line each, under the prompt. */

const zoneProblems = (problems: Problem[]): string =>
  problems.length === 1 ? promptText(problems[0]!) : `${problems.length} problems:\n${problems.map((p) => `  - ${promptText(p)}`).join('\n')}`;

/** One line for a prompt's error slot. */
export const promptText = (p: Problem): string => (p.hint ? `${p.message} ${p.hint}` : p.message);
