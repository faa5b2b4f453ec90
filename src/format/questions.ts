// `commtriage questions`: everything a script author needs to send complete answers.
import { jsonText } from './json-text.js';
import type { AnswerValue, Choice, Question, QuestionType } from '../core/types.js';
import { describeCondition } from './phrases.js';
import type { ValueStyle } from './phrases.js';
import { visible } from '../text/safe.js';

/** Script authors send JSON, so booleans read as true/false here. */
const SCRIPT: ValueStyle = { booleans: 'true-false' };

export interface QuestionInfo {
  id: string;
  type: QuestionType;
  prompt: string;
  help: string | null;
  /** No default: the answer must be given (zones default to the organizer's own zone). */
  required: boolean;
  choices: Choice[] | null;
  default: AnswerValue | null;
  min: number | null;
  max: number | null;
  integer: boolean | null;
  /** The question's `when` in words, or null when it is always asked. */
  askedWhen: string | null;
}

export function questionInfo(q: Question): QuestionInfo {
  return {
    id: q.id,
    type: q.type,
    prompt: q.prompt,
    help: q.help ?? null,
    required: q.default === undefined && q.type !== 'zones',
    choices: q.choices ?? null,
    default: q.default ?? null,
    min: q.min ?? null,
    max: q.max ?? null,
    integer: q.type === 'number' ? (q.integer ?? false) : null,
    askedWhen: q.when ? describeCondition(q.when, SCRIPT) : null,
  };
}

const TYPE_WORDS: Record<QuestionType, string> = {
  choice: 'one of the choices below',
  number: 'a number',
  boolean: 'true or false',
  zones: 'a list of IANA time zones, e.g. ["America/New_York", "Europe/London@08:00-16:00"] (@ gives one person\'s own hours)',
};

const showDefault = (value: AnswerValue): string => (Array.isArray(value) ? value.join(', ') : String(value));

function textBlock(info: QuestionInfo): string[] {
  const lines = [`${info.id}  (${info.type})`, `  ${info.prompt}`];
  if (info.help) lines.push(`  ${info.help}`);
  const bounds = [
    info.integer ? 'a whole number' : undefined,
    info.min !== null ? `at least ${info.min}` : undefined,
    info.max !== null ? `at most ${info.max}` : undefined,
  ].filter((b): b is string => b !== undefined);
  lines.push(`  send:     ${TYPE_WORDS[info.type]}${bounds.length > 0 ? ` (${bounds.join(', ')})` : ''}`);
  if (info.choices) {
    const width = Math.max(...info.choices.map((c) => c.value.length));
    lines.push('  choices:', ...info.choices.map((c) => `    ${c.value.padEnd(width)}  — ${c.label}`));
  }
  const fallback = info.type === 'zones' ? 'your own zone' : undefined;
  const def = info.default !== null ? showDefault(info.default) : fallback;
  lines.push(`  default:  ${def ?? 'none (required)'}`);
  lines.push(`  asked:    ${info.askedWhen ? `only when ${info.askedWhen} (otherwise the default applies)` : 'always'}`);
  return lines;
}

export function formatQuestions(questions: Question[], format: 'text' | 'json'): string {
  const infos = questions.map(questionInfo);
  // Like every list commtriage prints as JSON: an object with the items and their counts.
  if (format === 'json') return jsonText({ questions: infos, counts: { questions: infos.length, required: infos.filter((q) => q.required).length } }) + '\n';
  return visible(infos.map((info) => textBlock(info).join('\n')).join('\n\n') + '\n');
}
