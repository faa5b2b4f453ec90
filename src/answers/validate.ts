// Raw answers (typed YAML values, or strings from --set and prompts) -> Answers, checked against
// the questions. Pure. Every problem is reported at once, each naming the answer and what is valid.
import type { AnswerValue, Answers, Question } from '../core/types.js';
import { closest, didYouMean } from '../core/suggest.js';
import { parseZoneSpec } from '../core/time/zones.js';
import { emptyRecord, finishRecord } from '../core/record.js';
import type { Problem } from '../errors.js';

export type Validated = { answers: Answers } | { problems: Problem[] };
export type ValidatedGiven = { given: Answers } | { problems: Problem[] };
export type OneResult = { value: AnswerValue } | { problem: Problem };

export interface ValidateOptions {
  /** Default for a zones question without one: the organizer's own zone. */
  organizerZone: string;
}

/** Check what was given and fill in the rest: defaults, else one problem per missing answer. */
export function validateAnswers(raw: Record<string, unknown>, questions: Question[], opts: ValidateOptions): Validated {
  const checked = checkGiven(raw, questions);
  const answers: Answers = emptyRecord();
  const problems: Problem[] = [];
  for (const q of questions) {
    if (checked.invalid.has(q.id)) continue; // already reported; "missing" too would be noise
    const value = Object.hasOwn(checked.given, q.id) ? checked.given[q.id] : defaultFor(q, opts.organizerZone);
    if (value === undefined) problems.push(missing(q));
    else answers[q.id] = value;
  }
  // Bad values first, then unknown ids, then what is missing: the order a reader fixes them in.
  const all = [...checked.problems, ...problems];
  return all.length > 0 ? { problems: all } : { answers: finishRecord(answers) };
}

/**
 * Check only what was given (unknown ids, bad values); nothing is filled in. The interview
 * uses this before asking for the rest. Key order follows the questions; null counts as absent.
 */
export function validateGiven(raw: Record<string, unknown>, questions: Question[]): ValidatedGiven {
  const { given, problems } = checkGiven(raw, questions);
  return problems.length > 0 ? { problems } : { given };
}

function checkGiven(raw: Record<string, unknown>, questions: Question[]) {
  const given: Answers = emptyRecord();
  const problems: Problem[] = [];
  const invalid = new Set<string>();
  for (const q of questions) {
    if (!Object.hasOwn(raw, q.id) || raw[q.id] === null || raw[q.id] === undefined) continue;
    const result = checkValue(q, raw[q.id]);
    if ('value' in result) given[q.id] = result.value;
    else {
      invalid.add(q.id);
      problems.push(...result.problems);
    }
  }
  const ids = idsOf(questions);
  for (const id of Object.keys(raw)) {
    if (ids.includes(id)) continue;
    problems.push({
      where: id,
      message: `"${id}" is not a question id.`,
      hint: `${didYouMean(id, ids).trim()} Valid ids: ${ids.join(', ')} (see \`commtriage questions\`).`.trim(),
    });
  }
  return { given: finishRecord(given), problems, invalid };
}

const idLists = new WeakMap<Question[], string[]>();
function idsOf(questions: Question[]): string[] {
  let ids = idLists.get(questions);
  if (ids === undefined) idLists.set(questions, (ids = questions.map((q) => q.id)));
  return ids;
}

/** One answer, for prompts: the first problem only, so it fits on the prompt's error line. */
export function validateOne(question: Question, value: unknown): OneResult {
  const result = checkValue(question, value);
  return 'problems' in result ? { problem: result.problems[0]! } : result;
}

/** The default a question takes when it is not answered; undefined means required. */
export function defaultFor(q: Question, organizerZone: string): AnswerValue | undefined {
  if (q.default !== undefined) return Array.isArray(q.default) ? [...q.default] : q.default;
  return q.type === 'zones' ? [organizerZone] : undefined;
}

/** "a whole number of at least 2", "one of: a, b": what a valid answer looks like. */
export function describeValid(q: Question): string {
  switch (q.type) {
    case 'number': {
      const kind = q.integer ? 'a whole number' : 'a number';
      if (q.min !== undefined && q.max !== undefined) return `${kind} from ${q.min} to ${q.max}`;
      if (q.min !== undefined) return `${kind} of at least ${q.min}`;
      if (q.max !== undefined) return `${kind} of at most ${q.max}`;
      return kind;
    }
    case 'boolean':
      return 'yes or no (true/false and y/n work too)';
    case 'choice':
      return `one of: ${choiceValues(q).join(', ')}`;
    case 'zones':
      return 'IANA time zones or cities, comma-separated, e.g. Europe/London, America/New_York, Bangalore';
  }
}

type Checked = { value: AnswerValue } | { problems: Problem[] };

function checkValue(q: Question, value: unknown): Checked {
  switch (q.type) {
    case 'number':
      return checkNumber(q, value);
    case 'boolean':
      return checkBoolean(q, value);
    case 'choice':
      return checkChoice(q, value);
    case 'zones':
      return checkZones(q, value);
  }
}

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

function checkNumber(q: Question, value: unknown): Checked {
  const bad = (why: string): Checked => invalid(q, `${show(value)} ${why}.`);
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && NUMBER_TEXT.test(value.trim())) n = Number(value.trim());
  else return bad('is not a number');
  if (!Number.isFinite(n)) return bad('is not a finite number');
  if (q.integer && !Number.isInteger(n)) return bad('is not a whole number');
  if (q.min !== undefined && n < q.min) return bad(`is less than the minimum, ${q.min}`);
  if (q.max !== undefined && n > q.max) return bad(`is more than the maximum, ${q.max}`);
  // Beyond this, numbers lose precision (and no count of people or messages gets there).
  if (Math.abs(n) > Number.MAX_SAFE_INTEGER) return bad('is too large');
  return { value: n };
}

const YES = new Set(['true', 'yes', 'y']);
const NO = new Set(['false', 'no', 'n']);

function checkBoolean(q: Question, value: unknown): Checked {
  if (typeof value === 'boolean') return { value };
  if (typeof value === 'string') {
    const word = value.trim().toLowerCase();
    if (YES.has(word)) return { value: true };
    if (NO.has(word)) return { value: false };
  }
  return invalid(q, `${show(value)} is not yes or no.`);
}

function checkChoice(q: Question, value: unknown): Checked {
  const values = choiceValues(q);
  // A number such as `urgency: 1` is read by YAML as 1; compare it as the text it was.
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
  if (text !== undefined) {
    if (values.includes(text)) return { value: text };
    const sameCase = values.find((v) => v.toLowerCase() === text.toLowerCase());
    if (sameCase) return { value: sameCase };
  }
  const suggestion = text === undefined ? undefined : closest(text, values);
  return {
    problems: [
      {
        where: q.id,
        message: `${show(value)} is not one of the choices for ${q.id}.`,
        hint: `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Valid values: ${values.join(', ')}.`,
      },
    ],
  };
}

function checkZones(q: Question, value: unknown): Checked {
  let entries: unknown[];
  if (typeof value === 'string') entries = value.split(',');
  else if (Array.isArray(value)) entries = value;
  else return invalid(q, `${show(value)} is not a list of time zones.`);
  const specs: string[] = [];
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'string') {
      problems.push(...invalid(q, `${show(entry)} is not a time zone name.`).problems);
      continue;
    }
    const spec = entry.trim();
    if (spec === '') continue; // "a, , b" and a trailing comma are slips, not errors
    const parsed = zoneSpec(spec);
    if ('problem' in parsed) problems.push({ ...parsed.problem, where: q.id });
    // Kept as the zone's usual IANA name (a city as the zone it stands for, europe/london as
    // Europe/London, Asia/Calcutta as Asia/Kolkata): the advice and its JSON show the name used.
    else specs.push(`${parsed.zone}${parsed.hours ? `@${parsed.hours}` : ''}`);
  }
  if (problems.length > 0) return { problems };
  if (specs.length === 0) return invalid(q, 'no time zone was given.');
  return { value: specs };
}

// Checking a zone name costs tens of microseconds (Intl); batch mode sees the same few names on
// every line. The result depends only on the text, so a small memo is safe.
const zoneSpecs = new Map<string, ReturnType<typeof parseZoneSpec>>();
function zoneSpec(spec: string): ReturnType<typeof parseZoneSpec> {
  let parsed = zoneSpecs.get(spec);
  if (parsed === undefined) {
    if (zoneSpecs.size >= 1000) zoneSpecs.clear();
    parsed = parseZoneSpec(spec);
    zoneSpecs.set(spec, parsed);
  }
  return parsed;
}

function invalid(q: Question, message: string): { problems: Problem[] } {
  return { problems: [{ where: q.id, message, hint: `Give ${describeValid(q)}.` }] };
}

function missing(q: Question): Problem {
  const placeholder = { choice: 'value', number: 'number', boolean: 'yes|no', zones: 'zones' }[q.type];
  return {
    where: q.id,
    message: `missing answer: ${q.prompt}`,
    hint: `Give it with --set ${q.id}=<${placeholder}> or a \`${q.id}:\` line in the answers file; ${describeValid(q)}.`,
  };
}

const choiceLists = new WeakMap<Question, string[]>();
function choiceValues(q: Question): string[] {
  let values = choiceLists.get(q);
  if (values === undefined) choiceLists.set(q, (values = (q.choices ?? []).map((c) => c.value)));
  return values;
}

/** A bad value as the user wrote it: strings quoted, anything long cut short. */
function show(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
