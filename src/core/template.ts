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

export const fillTemplate = (text: string, facts: Facts): string =>
  !text.includes('{') ? text : text.replace(PLACEHOLDER, (_, name: string) => showValue(Object.hasOwn(facts, name) ? facts[name] : undefined));
