// Raw answers (typed YAML values, or strings from --set and prompts) -> Answers, checked against
// the questions. Pure. Every problem is reported at once, each naming the answer and what is valid.
import type { Zone } from 'luxon';
import type { AnswerValue, Answers, Question } from '../core/types.js';
import { closest, didYouMean } from '../core/suggest.js';
import { type HoursRange, parseZoneSpec } from '../core/time/zones.js';
import { emptyRecord, finishRecord } from '../core/record.js';
import { type Memo, NO_MEMO } from '../core/memo.js';
import type { Problem } from '../errors.js';
import type { World } from '../zone-data/world.js';
import { shown } from '../text/safe.js';

/** One entry of a zones answer, parsed: the zone object, and the person's own hours when given. */
export interface ZoneEntry {
  zone: Zone;
  hours?: HoursRange;
}

export type Validated = { answers: Answers; zones: Record<string, ZoneEntry[]> } | { problems: Problem[] };
export type ValidatedGiven = { given: Answers } | { problems: Problem[] };
export type OneResult = { value: AnswerValue } | { problem: Problem };

/** What checking zone names needs: the world's names, and a memo for a batch's repeated names. */
export interface Reading {
  world: World;
  memo?: Memo;
}

export interface ValidateOptions extends Reading {
  /** Default for a zones question without one: the organizer's own zone. */
  organizerZone: string;
}

/**
 * Check what was given and fill in the rest: defaults, else one problem per missing answer. The
 * zones answers come back parsed too (`zones`, by question id), so nothing reads them twice.
 */
export function validateAnswers(raw: Record<string, unknown>, questions: Question[], opts: ValidateOptions): Validated {
  const checked = checkGiven(raw, questions, opts);
  const answers: Answers = emptyRecord();
  const problems: Problem[] = [];
  for (const q of questions) {
    if (checked.invalid.has(q.id)) continue; // already reported; "missing" too would be noise
    const value = Object.hasOwn(checked.given, q.id) ? checked.given[q.id] : defaultFor(q, opts.organizerZone);
    if (value === undefined) problems.push(missing(q));
    else answers[q.id] = value;
    // A default zone is parsed as a given one (the loader has checked a rule set's defaults).
    const zones = q.type === 'zones' && !checked.zones[q.id] && value !== undefined ? checkZones(q, value, opts) : undefined;
    if (zones && 'zones' in zones) checked.zones[q.id] = zones.zones!;
  }
  // Bad values first, then unknown ids, then what is missing: the order a reader fixes them in.
  const all = [...checked.problems, ...problems];
  return all.length > 0 ? { problems: all } : { answers: finishRecord(answers), zones: checked.zones };
}

/**
 * Check only what was given (unknown ids, bad values); nothing is filled in. The interview
 * uses this before asking for the rest. Key order follows the questions; null counts as absent.
 */
export function validateGiven(raw: Record<string, unknown>, questions: Question[], reading: Reading): ValidatedGiven {
  const { given, problems } = checkGiven(raw, questions, reading);
  return problems.length > 0 ? { problems } : { given };
}

function checkGiven(raw: Record<string, unknown>, questions: Question[], reading: Reading) {
  const given: Answers = emptyRecord();
  const zones: Record<string, ZoneEntry[]> = {};
  const problems: Problem[] = [];
  const invalid = new Set<string>();
  let known = 0;
  for (const q of questions) {
    if (!Object.hasOwn(raw, q.id)) continue;
    known++;
    if (raw[q.id] === null || raw[q.id] === undefined) continue;
    const result = checkValue(q, raw[q.id], reading);
    if ('value' in result) {
      given[q.id] = result.value;
      if (result.zones) zones[q.id] = result.zones;
    } else {
      invalid.add(q.id);
      problems.push(...result.problems);
    }
  }
  // Every key a question's: nothing unknown to look for (the usual case, and a batch's every line).
  for (const id of known === Object.keys(raw).length ? [] : Object.keys(raw)) {
    if (questions.some((q) => q.id === id)) continue;
    const ids = questions.map((q) => q.id);
    problems.push({
      where: id,
      message: `"${id}" is not a question id.`,
      hint: `${didYouMean(id, ids).trim()} Valid ids: ${ids.join(', ')} (see \`commtriage questions\`).`.trim(),
    });
  }
  return { given: finishRecord(given), zones, problems, invalid };
}

/** One answer, for prompts: the first problem only, so it fits on the prompt's error line. */
export function validateOne(question: Question, value: unknown, reading: Reading): OneResult {
  const result = checkValue(question, value, reading);
  return 'problems' in result ? { problem: result.problems[0]! } : { value: result.value };
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

type Checked = { value: AnswerValue; zones?: ZoneEntry[] } | { problems: Problem[] };

function checkValue(q: Question, value: unknown, reading: Reading): Checked {
  switch (q.type) {
    case 'number':
      return checkNumber(q, value);
    case 'boolean':
      return checkBoolean(q, value);
    case 'choice':
      return checkChoice(q, value);
    case 'zones':
      return checkZones(q, value, reading);
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
  // A number such as `urgency: 1` is read by YAML as 1; compare it as the text it was.
  const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : undefined;
  if (text !== undefined) {
    const choices = q.choices ?? [];
    const same = choices.find((c) => c.value === text) ?? choices.find((c) => c.value.toLowerCase() === text.toLowerCase());
    if (same) return { value: same.value };
  }
  const values = choiceValues(q);
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

/** A batch sees the same few lists of people on every line: its memo checks each list once. */
function checkZones(q: Question, value: unknown, { world, memo = NO_MEMO }: Reading): Checked {
  const text = typeof value === 'string' ? value : Array.isArray(value) && value.every((v) => typeof v === 'string') ? value.join('\n') : undefined;
  return text === undefined ? zonesIn(q, value, world) : memo.remember(`zones\n${q.id}\n${text}`, () => zonesIn(q, value, world));
}

function zonesIn(q: Question, value: unknown, world: World): Checked {
  let entries: unknown[];
  if (typeof value === 'string') entries = value.split(',');
  else if (Array.isArray(value)) entries = value;
  else return invalid(q, `${show(value)} is not a list of time zones.`);
  const specs: string[] = [];
  const zones: ZoneEntry[] = [];
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'string') {
      problems.push(...invalid(q, `${show(entry)} is not a time zone name.`).problems);
      continue;
    }
    const spec = entry.trim();
    if (spec === '') continue; // "a, , b" and a trailing comma are slips, not errors
    const parsed = parseZoneSpec(spec, world);
    if ('problem' in parsed) {
      problems.push({ ...parsed.problem, where: q.id });
      continue;
    }
    // Kept as the zone's usual IANA name (a city as the zone it stands for, europe/london as
    // Europe/London, Asia/Calcutta as Asia/Kolkata): the advice and its JSON show the name used.
    specs.push(`${parsed.zone}${parsed.hours ? `@${parsed.hours.text}` : ''}`);
    zones.push({ zone: world.zone(parsed.zone), ...(parsed.hours ? { hours: parsed.hours } : {}) });
  }
  if (problems.length > 0) return { problems };
  if (specs.length === 0) return invalid(q, 'no time zone was given.');
  return { value: specs, zones };
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

const choiceValues = (q: Question): string[] => (q.choices ?? []).map((c) => c.value);

/** A bad value as the user wrote it (text/safe.ts). */
const show = (value: unknown): string => shown(value, 60);
