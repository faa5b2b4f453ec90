// Answers written as JSON (what scripts send, and every line of a batch): JSON.parse instead of
// the YAML parser, which then loads only for YAML or for input that needs a precise error. Both
// refuse the same things the same way: a key given twice, a key that could reach a prototype.
import type { Problem } from '../core/problem.js';
import { UserError } from '../errors.js';
import { FORBIDDEN_KEYS, emptyRecord, finishRecord } from '../core/record.js';
import { sourcePlace } from '../text/place.js';

/** Answers are a short mapping; anything bigger is the wrong file (and costs time to parse). */
export const MAX_ANSWERS_BYTES = 64 * 1024;

/** The one way every reader reports an answer given twice. */
export const duplicateProblem = (key: string, where: string): Problem => ({
  where,
  message: `the answer "${key}" is given twice.`,
  hint: 'Give each answer once: remove one of the two (with --set, a later flag wins; within a file or a line it is an error).',
});

export const forbiddenProblem = (key: string, where: string): Problem => ({
  where,
  message: `the key "${key}" is not allowed in answers.`,
  hint: 'Answer keys are question ids; run `commtriage questions` to list them.',
});

export type JsonAnswers = { answers: Record<string, unknown>; aside?: unknown } | { problems: Problem[] };

/**
 * A JSON object of answers as a prototype-free record, or the problems with it; undefined when
 * the text is not a JSON object at all (the caller decides: YAML for a file, an error for a line).
 */
export function readJsonAnswers(text: string, source: string, firstLine = 1, aside?: string): JsonAnswers | undefined {
  if (!/^\s*\{/.test(text)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  // JSON.parse keeps the last of two equal keys; the YAML path reports them, and so does this.
  const problems = keyProblems(text, (offset) => sourcePlace(source, text, offset, firstLine).where);
  if (problems.length > 0) return { problems };
  // `aside`: a key that is not an answer (a batch line's ref), handed back on its own.
  const answers: Record<string, unknown> = emptyRecord();
  for (const key in value) if (key !== aside) answers[key] = (value as Record<string, unknown>)[key];
  return { answers: finishRecord(answers), aside: aside === undefined ? undefined : (value as Record<string, unknown>)[aside] };
}

/** Keys given twice in one object and keys that could reach a prototype, at any depth, in text order: one forward scan. */
function keyProblems(text: string, where: (offset: number) => string): Problem[] {
  const problems: Problem[] = [];
  // One entry per open container: the keys seen so far for an object, null for an array.
  const open: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '{' || c === '[') {
      open.push(c === '{' ? new Set() : null);
      expectKey = c === '{';
    } else if (c === '}' || c === ']') {
      open.pop();
    } else if (c === ',') {
      expectKey = open[open.length - 1] instanceof Set;
    } else if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const keys = open[open.length - 1];
      if (expectKey && keys) {
        const raw = text.slice(i + 1, j);
        const key = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        if (FORBIDDEN_KEYS.has(key)) problems.push(forbiddenProblem(key, where(i)));
        else if (keys.has(key)) problems.push(duplicateProblem(key, where(i)));
        keys.add(key);
      }
      expectKey = false;
      i = j;
    }
  }
  return problems;
}

/** Answers as text (a file, stdin): JSON takes the fast path; YAML, and anything to report, the full parser (loaded only then). */
export async function readAnswersText(text: string, source: string): Promise<Record<string, unknown>> {
  // Too big, or binary: the YAML path says so precisely.
  const json = text.length <= MAX_ANSWERS_BYTES / 4 && !/[\u0000\uFFFD]/.test(text) ? readJsonAnswers(text, source) : undefined;
  if (json && 'problems' in json) throw new UserError(json.problems);
  return json ? json.answers : (await import('./parse.js')).parseAnswersText(text, source);
}
