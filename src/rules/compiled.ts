// The built-in rule set, validated at build time and stored as JSON (dist/builtin-rules.json), so
// a scripted `ask` skips parsing and validating YAML. The JSON records each rule file's size and
// modification time; if any file changed since the build, it is not used and the YAML is read.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RuleSet } from '../core/types.js';

export interface FileStamp {
  file: string;
  size: number;
  mtimeMs: number;
}

export interface CompiledRules {
  stamps: FileStamp[];
  ruleSet: RuleSet;
}

export const compiledPath = (rulesDir: string): string => join(dirname(rulesDir), 'dist', 'builtin-rules.json');

export function stampsOf(rulesDir: string): FileStamp[] {
  return readdirSync(rulesDir)
    .filter((f) => /\.ya?ml$/i.test(f))
    .sort()
    .map((file) => {
      const stat = statSync(join(rulesDir, file));
      return { file, size: stat.size, mtimeMs: stat.mtimeMs };
    });
}

/** The precompiled set if it is there and still matches the files; otherwise undefined. */
export function loadCompiled(rulesDir: string): RuleSet | undefined {
  try {
    const compiled = JSON.parse(readFileSync(compiledPath(rulesDir), 'utf8')) as CompiledRules;
    const now = stampsOf(rulesDir);
    const same =
      now.length === compiled.stamps.length &&
      now.every((s, i) => {
        const then = compiled.stamps[i]!;
        return s.file === then.file && s.size === then.size && s.mtimeMs === then.mtimeMs;
      });
    return same ? compiled.ruleSet : undefined;
  } catch {
    return undefined;
  }
}
