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

/**
 * The base files with `files` added, each replacing a base file of the same name, in name order
 * as the loader reads a directory (so a test's z.yaml comes before the fixture's zz-otherwise.yaml,
 * whose catch-all row stays the table's last).
 */
export const withFiles = (base: RuleText[], ...files: RuleText[]): RuleText[] =>
  [...base.filter((b) => !files.some((f) => f.file === b.file)), ...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
