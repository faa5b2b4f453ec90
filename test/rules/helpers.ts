// Reading the rule texts of a fixture directory (or the shipped set) for parseRuleTexts.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleText } from '../../src/rules/parse.js';

export const root = join(import.meta.dirname, '../..');
export const fixture = (name: string): string => join(root, 'test/fixtures', name);

export function texts(dir: string): RuleText[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => ({ file: n, text: readFileSync(join(dir, n), 'utf8') }));
}
