// Checklist text may name facts in braces: "Give each of the {attendees} people a role." The
// loader reports every placeholder that names no fact (rules/check-items.ts), with this same
// pattern, so filling in never meets one it cannot read.
import type { FactValue, Facts } from './types.js';

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** The names in braces, as written (trimmed). */
export const placeholders = (text: string): string[] => [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!.trim());

/** A fact as it reads inside a sentence: a list comma-separated, yes/no, nothing for no value. */
function inSentence(value: FactValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

export const fillTemplate = (text: string, facts: Facts): string =>
  !text.includes('{') ? text : text.replace(PLACEHOLDER, (_, name: string) => ((key) => inSentence(Object.hasOwn(facts, key) ? facts[key] : undefined))(name.trim()));
