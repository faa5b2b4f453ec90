// The thin edge: reads a rule directory from disk and hands the texts to parseRuleTexts.
// Throws a UserError (exit 2) carrying every problem at once.
import { readFile, readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { RuleSet } from '../core/types.js';
import { type Problem, UserError } from '../errors.js';
import { type ParseResult, type RuleText, parseRuleTexts } from './parse.js';

export { parseRuleTexts, type ParseResult, type RuleText } from './parse.js';
export { builtInRulesDir } from './locate.js';
import { builtInRulesDir } from './locate.js';

const RULE_FILE = /\.ya?ml$/i;

/** A path as the user would type it: relative to the working directory when that is shorter. */
export function displayPath(path: string, cwd: string = process.cwd()): string {
  const absolute = resolve(cwd, path);
  const rel = relative(cwd, absolute);
  return rel !== '' && !isAbsolute(rel) && rel.length < absolute.length ? rel : absolute;
}

/** Reads every *.yaml / *.yml file of `dir` in name order; names are shown relative to the cwd. */
export async function readRuleTexts(dir: string): Promise<RuleText[]> {
  const shown = displayPath(dir);
  let names: string[];
  try {
    // people.yaml is the team's roster, not a rule file (src/roster/load.ts reads it).
    names = (await readdir(dir)).filter((n) => RULE_FILE.test(n) && n !== 'people.yaml').sort();
  } catch (e) {
    throw new UserError(dirProblem(shown, e));
  }
  if (names.length === 0) {
    throw new UserError({
      where: shown,
      message: 'no rule files (*.yaml or *.yml) in this directory',
      hint: 'Point --rules or COMMTRIAGE_RULES at a rule set, or run `commtriage init` to copy the built-in one.',
    });
  }
  const texts: RuleText[] = [];
  const unreadable: Problem[] = [];
  for (const name of names) {
    const file = join(dir, name);
    try {
      texts.push({ file: displayPath(file), text: await readFile(file, 'utf8') });
    } catch (e) {
      unreadable.push({ where: displayPath(file), message: `cannot read the file (${codeOf(e)})`, hint: 'Check that it exists and that you may read it.' });
    }
  }
  if (unreadable.length > 0) throw new UserError(unreadable);
  return texts;
}

/**
 * Reads and validates a rule set. Throws a UserError (exit 2) with every error at once; warnings
 * come back for the caller to print. origin defaults to "built-in" for the shipped set, else the path.
 */
export async function loadRuleSet(dir: string, options: { origin?: string } = {}): Promise<{ ruleSet: RuleSet; warnings: Problem[] }> {
  const result = await checkRuleDir(dir, options);
  if ('errors' in result) throw new UserError(result.errors);
  return result;
}

/**
 * Reads and validates a rule set without throwing for problems in the files: errors and warnings
 * both come back, for `rules validate` to show together. A missing or unreadable directory still throws.
 */
export async function checkRuleDir(dir: string, options: { origin?: string } = {}): Promise<ParseResult> {
  const texts = await readRuleTexts(dir);
  const builtIn = resolve(dir) === safeBuiltInDir();
  const origin = options.origin ?? (builtIn ? 'built-in' : displayPath(dir));
  // A top-level `extends:` line; the validator checks its value and reports one it could not read.
  const extending = !builtIn && texts.some((t) => /^extends\s*:/m.test(t.text));
  const base = extending ? await readRuleTexts(builtInRulesDir()) : undefined;
  return parseRuleTexts(texts, { origin, ...(base && { base }) });
}

const codeOf = (e: unknown): string => (e as NodeJS.ErrnoException)?.code ?? String(e);

function dirProblem(shown: string, e: unknown): Problem {
  const code = codeOf(e);
  const hint = 'Check the path given to --rules or COMMTRIAGE_RULES, or run `commtriage init` to create a rule set.';
  if (code === 'ENOENT') return { where: shown, message: 'rule directory not found', hint };
  if (code === 'ENOTDIR') return { where: shown, message: 'not a directory; a rule set is a directory of .yaml files', hint };
  if (code === 'EACCES' || code === 'EPERM') return { where: shown, message: 'permission denied reading the rule directory', hint: 'Check its permissions.' };
  return { where: shown, message: `cannot read the rule directory (${code})`, hint };
}

function safeBuiltInDir(): string | undefined {
  try {
    return builtInRulesDir();
  } catch {
    return undefined;
  }
}
