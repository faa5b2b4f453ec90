// Which rule set is in use: --rules DIR > COMMTRIAGE_RULES > .commtriage/ here or in a parent
// directory > the built-in set.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Context } from '../context.js';
import type { RuleSet } from '../core/types.js';
import { builtInRulesDir } from '../rules/locate.js';
import { loadCompiled } from '../rules/compiled.js';

export interface RulesSource {
  dir: string;
  /** How the directory was chosen, for `rules list` and messages. */
  via: '--rules' | 'COMMTRIAGE_RULES' | '.commtriage' | 'built-in';
  /** Where the team's roster (people.yaml) is looked for: the directory found, even when it holds no rules. */
  teamDir?: string;
}

export const LOCAL_RULES_DIR = '.commtriage';

export function findRules(ctx: Context, flag?: string): RulesSource {
  if (flag) return { dir: resolve(ctx.cwd, flag), via: '--rules', teamDir: resolve(ctx.cwd, flag) };
  const fromEnv = ctx.env.COMMTRIAGE_RULES;
  if (fromEnv) return { dir: resolve(ctx.cwd, fromEnv), via: 'COMMTRIAGE_RULES', teamDir: resolve(ctx.cwd, fromEnv) };
  for (let dir = resolve(ctx.cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, LOCAL_RULES_DIR);
    if (existsSync(candidate) && statSync(candidate).isDirectory()) {
      // A .commtriage/ holding only the team's people.yaml keeps the built-in rules.
      if (onlyRoster(candidate)) return { dir: builtInRulesDir(), via: 'built-in', teamDir: candidate };
      return { dir: candidate, via: '.commtriage', teamDir: candidate };
    }
    if (dirname(dir) === dir) break;
  }
  return { dir: builtInRulesDir(), via: 'built-in' };
}

function onlyRoster(dir: string): boolean {
  const names = readdirSync(dir);
  return names.includes('people.yaml') && !names.some((n) => /\.ya?ml$/i.test(n) && n !== 'people.yaml');
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
