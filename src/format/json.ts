// The JSON contract for scripts (schemaVersion 1). Keys come in a fixed order so that diffs of
// saved output stay small and readers find the recommendation first.
import type { Advice, RenderContext } from '../core/advice.js';

export const JSON_KEY_ORDER = [
  'schemaVersion',
  'recommendation',
  'label',
  'hybridOrder',
  'channels',
  'confidence',
  'answers',
  'facts',
  'reasons',
  'checklist',
  'meetingMinutes',
  'schedule',
  'scores',
  'trace',
] as const;

// Every field of Advice has its place in the order (a type error otherwise), so the writers that
// follow JSON_KEY_ORDER (this one and batch mode's) drop nothing.
type Unordered = Exclude<keyof Advice, (typeof JSON_KEY_ORDER)[number]>;
export const EVERY_FIELD_ORDERED: [Unordered] extends [never] ? true : never = true;

/** Advice with its keys in contract order; fields added later follow, so nothing is dropped. */
export function orderedAdvice(advice: Advice): Record<string, unknown> {
  const source: Record<string, unknown> = {
    ...advice,
    // Only the documented fields: the core's reasons also carry a sort weight.
    reasons: advice.reasons.map((r) => ({ rule: r.rule, text: r.text, source: r.source })),
    checklist: advice.checklist.map((c) => ({ id: c.id, text: c.text, source: c.source })),
  };
  const keys = [...JSON_KEY_ORDER, ...Object.keys(source).filter((k) => !(JSON_KEY_ORDER as readonly string[]).includes(k))];
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

export function formatJson(advice: Advice, _ctx: RenderContext): string {
  return JSON.stringify(orderedAdvice(advice), null, 2) + '\n';
}
