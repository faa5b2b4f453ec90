// Batch output: one JSON object a line, the same object `ask --json` prints with the line number
// and the line's ref first; a bad line gets an error object instead.
import type { Advice } from '../core/advice.js';
import type { Problem } from '../core/problem.js';
import { jsonText } from './json-text.js';
import { orderedAdvice } from './json.js';

export const adviceLine = (line: number, ref: unknown, advice: Advice, fields?: readonly string[]): string =>
  `${jsonText(orderedAdvice(advice, fields, { line, ref }), 0)}\n`;

export const errorLine = (line: number, ref: unknown, problems: Problem[]): string =>
  `${jsonText({ line, ref, error: { problems } }, 0)}\n`;
