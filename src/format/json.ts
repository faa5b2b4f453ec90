// The JSON contract for scripts (schemaVersion 3). Keys come in a fixed order so that diffs of
// saved output stay small and readers find the recommendation first. `--fields` keeps only the
// named fields (dotted paths for nested ones), the way `gh --json number,title` does.
import type { Advice } from '../core/advice.js';
import { didYouMean } from '../core/suggest.js';
import { UserError } from '../errors.js';
import { jsonText } from './json-text.js';
import type { RenderContext } from './registry.js';

export const JSON_KEY_ORDER = [
  'schemaVersion',
  'recommendation',
  'label',
  'hybridOrder',
  'channels',
  'row',
  'plan',
  'adjustments',
  'answers',
  'facts',
  'reasons',
  'steps',
  'checklist',
  'overridden',
  'meetingMinutes',
  'yearly',
  'schedule',
  'series',
  'trace',
] as const;

// Every field of Advice has its place in the order (a type error otherwise), so nothing is dropped.
type Unordered = Exclude<keyof Advice, (typeof JSON_KEY_ORDER)[number] | 'timeline'>; // the timeline is not a field (advice.ts)
export const EVERY_FIELD_ORDERED: [Unordered] extends [never] ? true : never = true;

/** Fields that --fields may name inside a top-level one (the rest are maps keyed by data). */
const NESTED: Record<string, readonly string[]> = {
  schedule: ['referenceDate', 'overlapHours', 'participants', 'windows', 'replyBy', 'suggestedSlots', 'organizerZone', 'quietHours'],
  series: ['frequency', 'step', 'meetings', 'first', 'last', 'rrule', 'moved', 'rotation'],
};

/** Fields ask adds after the advice's own (README): the roster's people (--with), a team's ruleSet. */
const ADDED_FIELDS = ['people', 'ruleSet'] as const;

/** Every path --fields accepts. */
export const FIELD_NAMES: readonly string[] = [...JSON_KEY_ORDER.flatMap((key) => [key, ...(NESTED[key] ?? []).map((sub) => `${key}.${sub}`)]), ...ADDED_FIELDS];

/** `--fields a,b.c` split and checked; every unknown name at once, with the valid ones. */
export function parseFields(text: string): string[] {
  const fields = text.split(',').map((f) => f.trim()).filter((f) => f !== '');
  const unknown = fields.filter((f) => !FIELD_NAMES.includes(f));
  if (fields.length === 0 || unknown.length > 0) {
    throw new UserError(
      (unknown.length > 0 ? unknown : ['']).map((f) => ({
        where: '--fields',
        message: f === '' ? 'no field named.' : `unknown field "${f}".${didYouMean(f, FIELD_NAMES)}`,
        hint: `Name fields separated by commas, from: ${FIELD_NAMES.join(', ')}.`,
      })),
    );
  }
  return fields;
}

const ORDERED: ReadonlySet<string> = new Set(JSON_KEY_ORDER);

/**
 * Advice with its keys in contract order (fields added later follow), or only the fields asked
 * for, added to `out` (a batch line starts with its line number and ref).
 */
export function orderedAdvice(advice: Advice, fields?: readonly string[], out: Record<string, unknown> = {}): Record<string, unknown> {
  const source = advice as unknown as Record<string, unknown>;
  const keys: string[] = [...JSON_KEY_ORDER];
  for (const key in source) if (!ORDERED.has(key)) keys.push(key);
  for (const key of keys) {
    if (source[key] === undefined) continue;
    if (fields === undefined || fields.includes(key)) out[key] = source[key];
    else {
      const inner = fields.filter((f) => f.startsWith(`${key}.`)).map((f) => f.slice(key.length + 1));
      if (inner.length > 0) out[key] = pick(source[key] as Record<string, unknown>, inner);
    }
  }
  return out;
}

const pick = (from: Record<string, unknown>, keys: string[]): Record<string, unknown> =>
  Object.fromEntries(keys.filter((k) => from[k] !== undefined).map((k) => [k, from[k]]));

export function formatJson(advice: Advice, ctx: Pick<RenderContext, 'fields'>): string {
  return jsonText(orderedAdvice(advice, ctx.fields)) + '\n';
}
