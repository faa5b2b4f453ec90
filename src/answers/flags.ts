// `--set id=value` flags -> a raw record of answers, and the answer sources merged by precedence:
// --set beats --answers FILE beats standard input (prompts come last, for what is still missing).
import { type Problem, UserError } from '../errors.js';

/** Repeatable `--set id=value`; the value stays a string (validation coerces it). Later wins. */
export function parseSetFlags(values: string[]): Record<string, unknown> {
  const result: Record<string, unknown> = Object.create(null);
  const problems: Problem[] = [];
  for (const flag of values) {
    const eq = flag.indexOf('=');
    const id = eq < 0 ? '' : flag.slice(0, eq).trim();
    if (eq < 0 || id === '') {
      problems.push({
        where: `--set ${flag}`,
        message: eq < 0 ? 'expected id=value, found no "=".' : 'the answer id before "=" is empty.',
        hint: 'Write --set id=value, e.g. --set purpose=decision (lists comma-separated: --set timezones=Europe/London,Asia/Tokyo).',
      });
      continue;
    }
    result[id] = flag.slice(eq + 1).trim();
  }
  if (problems.length > 0) throw new UserError(problems);
  return result;
}

export interface AnswerSources {
  set?: Record<string, unknown>;
  file?: Record<string, unknown>;
  stdin?: Record<string, unknown>;
}

export function mergeAnswerSources({ set, file, stdin }: AnswerSources): Record<string, unknown> {
  const merged: Record<string, unknown> = Object.create(null);
  // Lowest precedence first, so that each later source overwrites.
  for (const source of [stdin, file, set]) {
    if (!source) continue;
    for (const key of Object.keys(source)) merged[key] = source[key];
  }
  return merged;
}
