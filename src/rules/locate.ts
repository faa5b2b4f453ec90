// Where the shipped rule set lives. Light on purpose (no YAML, no validation): the start-up path
// imports it to find the precompiled built-in set.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The comment each rule file copied by `commtriage init` starts with (load.ts recognises such a copy by it). */
export const COPIED_SCHEMA_LINE = '# yaml-language-server: $schema=schema/rules.schema.json';

/**
 * The shipped `rules/` folder. The code runs both from src/ (tests) and bundled into dist/cli.cjs,
 * so walk up from this module to the package root instead of assuming a depth.
 */
export function builtInRulesDir(from: string = import.meta.url): string {
  let dir = dirname(fileURLToPath(from));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && isCommtriage(manifest)) return join(dir, 'rules');
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`commtriage's package.json not found above ${fileURLToPath(from)}`);
    dir = parent;
  }
}

function isCommtriage(manifest: string): boolean {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'commtriage';
  } catch {
    return false;
  }
}

