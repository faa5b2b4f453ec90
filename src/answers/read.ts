// Answers as text (a file, stdin) -> a raw record. JSON from scripts takes the fast path (json.ts);
// YAML, and anything to report, the full parser (parse.ts), loaded only then.
import { UserError } from '../errors.js';
import { MAX_ANSWERS_BYTES, readJsonAnswers } from './json.js';

export async function readAnswersText(text: string, source: string): Promise<Record<string, unknown>> {
  // Too big, or binary: the YAML path says so precisely.
  const plain = text.length <= MAX_ANSWERS_BYTES / 4 && !/[\u0000\uFFFD]/.test(text);
  const json = plain ? readJsonAnswers(text, source) : undefined;
  if (json && 'problems' in json) throw new UserError(json.problems);
  return json ? json.answers : (await import('./parse.js')).parseAnswersText(text, source);
}
