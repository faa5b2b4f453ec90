// Which rule set is in use: --rules DIR > COMMTRIAGE_RULES > .commtriage/ here or in a parent
// directory > the built-in set.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Context } from '../context.js';
import type { RuleSet } from '../core/types.js';
import { builtInRulesDir } from '../rules/locate.js';
import { loadCompiled } from '../rules/compiled.js';

export interface RulesSource {
  dir: string;
  /** How the directory was chosen, for `rules list` and messages. */
  via: '--rules' | 'COMMTRIAGE_RULES' | '.commtriage' | 'built-in';
}

export const LOCAL_RULES_DIR = '.commtriage';

export function findRules(ctx: Context, flag?: string): RulesSource {
  if (flag) return { dir: resolve(ctx.cwd, flag), via: '--rules' };
  const fromEnv = ctx.env.COMMTRIAGE_RULES;
  if (fromEnv) return { dir: resolve(ctx.cwd, fromEnv), via: 'COMMTRIAGE_RULES' };
  for (let dir = resolve(ctx.cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, LOCAL_RULES_DIR);
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return { dir: candidate, via: '.commtriage' };
    if (dirname(dir) === dir) break;
  }
  return { dir: builtInRulesDir(), via: 'built-in' };
}

/** The rule set for `ask` and `questions`: the precompiled built-in set when it is current. */
export async function loadRulesFor(ctx: Context, flag?: string): Promise<RuleSet> {
  const found = findRules(ctx, flag);
  const compiled = found.via === 'built-in' ? loadCompiled(found.dir) : undefined;
  if (compiled) return compiled;
  // YAML parsing and validation load only when needed (start-up speed).
  const { loadRuleSet } = await import('../rules/load.js');
  return (await loadRuleSet(found.dir)).ruleSet;
}
