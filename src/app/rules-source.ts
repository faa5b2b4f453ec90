// Which rule set is in use: --rules DIR > COMMTRIAGE_RULES > .commtriage/ here or in a parent
// directory > the built-in set.
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Context } from '../context.js';
import type { RuleSet } from '../core/types.js';
import { builtInRulesDir, loadRuleSet } from '../rules/load.js';

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

export async function loadRulesFor(ctx: Context, flag?: string): Promise<RuleSet> {
  return (await loadRuleSet(findRules(ctx, flag).dir)).ruleSet;
}
