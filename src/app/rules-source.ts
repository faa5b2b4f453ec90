// Which rule set is in use: --rules DIR > COMMTRIAGE_RULES > .commtriage/ here or in a parent
// directory > the built-in set. `builtin` as DIR (--rules builtin, COMMTRIAGE_RULES=builtin)
// names the built-in set, so that a rule set found in a cloned repository can be put aside.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Context } from '../context.js';
import type { RuleSet } from '../core/types.js';
import { UserError, formatProblem } from '../errors.js';
import { visible } from '../text/safe.js';
import { displayPath } from '../text/place.js';
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
/** The name that means the built-in set wherever a rule directory is expected (`./builtin` is a directory). */
export const BUILTIN_NAME = 'builtin';

export function findRules(ctx: Context, flag?: string): RulesSource {
  if (flag === BUILTIN_NAME) return { dir: builtInRulesDir(), via: 'built-in' };
  if (flag) return { dir: resolve(ctx.cwd, flag), via: '--rules', teamDir: resolve(ctx.cwd, flag) };
  const fromEnv = ctx.env.COMMTRIAGE_RULES;
  if (fromEnv === BUILTIN_NAME) return { dir: builtInRulesDir(), via: 'built-in' };
  if (fromEnv) return { dir: resolve(ctx.cwd, fromEnv), via: 'COMMTRIAGE_RULES', teamDir: resolve(ctx.cwd, fromEnv) };
  for (let dir = resolve(ctx.cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, LOCAL_RULES_DIR);
    const kind = kindAt(candidate);
    if (kind === 'directory') {
      // A .commtriage/ holding only the team's people.yaml keeps the built-in rules.
      if (onlyRoster(candidate)) return { dir: builtInRulesDir(), via: 'built-in', teamDir: candidate };
      return { dir: candidate, via: '.commtriage', teamDir: candidate };
    }
    if (kind === 'other') {
      throw new UserError({
        where: displayPath(candidate, ctx.cwd),
        message: `not a directory; commtriage reads a rule set from a directory named ${LOCAL_RULES_DIR}`,
        hint: `Rename or remove it (\`commtriage init\` makes the directory), or run with --rules builtin to use the built-in rules.`,
      });
    }
    if (dirname(dir) === dir) break;
  }
  return { dir: builtInRulesDir(), via: 'built-in' };
}

/** What is at the path, following links; a path that cannot be looked at counts as nothing there. */
function kindAt(path: string): 'directory' | 'other' | 'none' {
  try {
    // No exception for the usual answer, nothing there: making one costs more than the look.
    const stat = statSync(path, { throwIfNoEntry: false });
    return stat === undefined ? 'none' : stat.isDirectory() ? 'directory' : 'other';
  } catch {
    return 'none';
  }
}

const sources = new WeakMap<RuleSet, RulesSource>();

/** Where a rule set loaded by loadRulesFor came from, when it is not the built-in set. */
export const customSource = (ruleSet: RuleSet): RulesSource | undefined => sources.get(ruleSet);

/** The JSON advice's `ruleSet` field, present only when the rules are not the built-in set (README). */
export function ruleSetField(ruleSet: RuleSet): { ruleSet: { dir: string; chosenBy: string } } | undefined {
  const custom = sources.get(ruleSet);
  return custom ? { ruleSet: { dir: custom.dir, chosenBy: custom.via } } : undefined;
}

const CHOSEN: Record<RulesSource['via'], string> = {
  '--rules': 'given by --rules',
  COMMTRIAGE_RULES: 'given by COMMTRIAGE_RULES',
  '.commtriage': 'found in this directory or a parent',
  'built-in': '',
};

function onlyRoster(dir: string): boolean {
  const names = readdirSync(dir);
  return names.includes('people.yaml') && !names.some((n) => /\.ya?ml$/i.test(n) && n !== 'people.yaml');
}

/** The rule set for `ask` and `questions`: the precompiled built-in set when it is current. */
export async function loadRulesFor(ctx: Context, flag?: string, found: RulesSource = findRules(ctx, flag)): Promise<RuleSet> {
  const compiled = found.via === 'built-in' ? loadCompiled(found.dir) : undefined;
  if (compiled) return compiled;
  // YAML parsing and validation load only when needed (start-up speed).
  const { loadRuleSet } = await import('../rules/load.js');
  const { ruleSet, warnings } = await loadRuleSet(found.dir, { cwd: ctx.cwd });
  for (const w of warnings) if (w.deprecated) ctx.stderr.write(`commtriage: warning: ${formatProblem(w)}\n`);
  if (found.via !== 'built-in' && ruleSet.origin !== 'built-in') {
    sources.set(ruleSet, found);
    // A rule set found in a cloned repository changes the advice: say so to the person reading it.
    if (ctx.stderr.isTTY) {
      const where = visible(displayPath(found.dir, ctx.cwd));
      ctx.stderr.write(`Using the rule set in ${where} (${CHOSEN[found.via]}), not the built-in one; --rules builtin uses that.\n`);
    }
  }
  return ruleSet;
}
