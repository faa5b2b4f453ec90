// Checklist text may name facts in braces: "Give each of the {attendees} people a role."
import type { FactValue, Facts } from './types.js';

const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;

export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

export function showValue(value: FactValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

export function fillTemplate(text: string, facts: Facts): string {
  if (!text.includes('{')) return text;
  const parts = partsOf(text);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) out += valueOf(parts[i]!, facts) + parts[i + 1]!;
  return out;
}

/** What fills the text's placeholders, as one string: equal for equal filled texts. */
export function templateValues(text: string, facts: Facts): string {
  if (!text.includes('{')) return '';
  const parts = partsOf(text);
  if (parts.length === 3) return valueOf(parts[1]!, facts);
  let out = '';
  for (let i = 1; i < parts.length; i += 2) out += `${valueOf(parts[i]!, facts)}\u0000`;
  return out;
}

const valueOf = (name: string, facts: Facts): string => showValue(Object.hasOwn(facts, name) ? facts[name] : undefined);

/** Split once per text: even parts are literal, odd parts are fact names. */
function partsOf(text: string): string[] {
  let parts = split.get(text);
  if (parts === undefined) {
    parts = text.split(PLACEHOLDER);
    if (split.size < 10_000) split.set(text, parts);
  }
  return parts;
}

const split = new Map<string, string[]>();
