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
  // Split once per text: even parts are literal, odd parts are fact names.
  let parts = split.get(text);
  if (parts === undefined) {
    parts = text.split(PLACEHOLDER);
    if (split.size < 10_000) split.set(text, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += showValue(Object.hasOwn(facts, name) ? facts[name] : undefined) + parts[i + 1]!;
  }
  return out;
}

const split = new Map<string, string[]>();
