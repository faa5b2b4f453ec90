// The thin edge: reads a rule directory from disk and hands the texts to parseRuleTexts.
// Throws a UserError (exit 2) carrying every problem at once.
import { readdirSync, realpathSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { RuleSet } from '../core/types.js';
import { type Problem, UserError } from '../errors.js';
import { type ParseResult, type RuleText, parseRuleTexts } from './parse.js';
import { checkRuleFile, readRuleFile, setTooBig } from './read-files.js';
import { MAX_NESTING } from './limits.js';
import { displayPath } from '../text/place.js';

export { parseRuleTexts, type ParseResult, type RuleText } from './parse.js';
export { builtInRulesDir } from './locate.js';
import { COPIED_SCHEMA_LINE, builtInRulesDir } from './locate.js';

const RULE_FILE = /\.ya?ml$/i;
const INCOMPLETE = 'this rule set looks incomplete';

export interface LoadOptions {
  /** The working directory (the context's): file names are shown relative to it. */
  cwd: string;
  /** "built-in" for the shipped set; the directory as shown otherwise. */
  origin?: string;
}

/** Reads every *.yaml / *.yml file of `dir` in name order; names are shown relative to the cwd. */
export async function readRuleTexts(dir: string, cwd: string): Promise<RuleText[]> {
  const shown = displayPath(dir, cwd);
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
  // Every file is checked before any is opened: a FIFO or a link out of the directory is refused
  // with the reason, never read (see read-files.ts).
  const realDir = realpathSync(dir);
  const problems: Problem[] = [];
  let total = 0;
  for (const name of names) {
    const checked = checkRuleFile(dir, name, realDir);
    if ('size' in checked) total += checked.size;
    else problems.push({ where: displayPath(join(dir, name), cwd), ...checked });
  }
  const tooBig = setTooBig(total);
  if (tooBig) problems.push({ where: shown, ...tooBig });
  if (problems.length > 0) throw new UserError(problems);
  const texts: RuleText[] = [];
  for (const name of names) {
    const text = readRuleFile(join(dir, name));
    if (typeof text === 'string') texts.push({ file: displayPath(join(dir, name), cwd), text });
    else problems.push({ where: displayPath(join(dir, name), cwd), ...text });
  }
  if (problems.length > 0) throw new UserError(problems);
  return texts;
}

/**
 * Reads and validates a rule set. Throws a UserError (exit 2) with every error at once; warnings
 * come back for the caller to print. origin defaults to "built-in" for the shipped set, else the path.
 */
export async function loadRuleSet(dir: string, options: LoadOptions): Promise<{ ruleSet: RuleSet; warnings: Problem[] }> {
  const result = await checkRuleDir(dir, options);
  if (!('errors' in result)) return result;
  const [first, ...rest] = result.errors;
  // The other problems of an incomplete copy are mostly echoes of the missing files.
  if (first?.message.startsWith(INCOMPLETE) && rest.length > 0) {
    throw new UserError({ ...first, hint: `${first.hint} \`commtriage rules validate\` lists the ${rest.length} other problems.` });
  }
  throw new UserError(result.errors);
}

/**
 * Reads and validates a rule set without throwing for problems in the files: errors and warnings
 * both come back, for `rules validate` to show together. A missing or unreadable directory still throws.
 */
export async function checkRuleDir(dir: string, options: LoadOptions): Promise<ParseResult> {
  const { cwd } = options;
  const texts = await readRuleTexts(dir, cwd);
  const builtIn = resolve(cwd, dir) === safeBuiltInDir();
  const origin = options.origin ?? (builtIn ? 'built-in' : displayPath(dir, cwd));
  // A top-level `extends:` line; the validator checks its value and reports one it could not read.
  const extending = !builtIn && texts.some((t) => /^extends\s*:/m.test(t.text));
  const base = extending ? await readRuleTexts(builtInRulesDir(), cwd) : undefined;
  const result = parseTexts(texts, { origin, ...(base && { base }) }, displayPath(dir, cwd));
  const incomplete = builtIn || extending ? undefined : incompleteCopy(dir, texts, cwd);
  // First, since it explains the rest; a set that still loads gets it as a warning (rules validate).
  if (incomplete) ('errors' in result ? result.errors : result.warnings).unshift(incomplete);
  return result;
}

/**
 * A copy made by `commtriage init` (files with the built-in names that start with the schema
 * comment init writes) that lacks some of the built-in files: an init from before init became
 * atomic was interrupted, or files were deleted.
 */
function incompleteCopy(dir: string, texts: RuleText[], cwd: string): Problem | undefined {
  const names = new Set(texts.map((t) => basename(t.file)));
  let builtInNames: string[];
  try {
    builtInNames = readdirSync(builtInRulesDir()).filter((n) => RULE_FILE.test(n));
  } catch {
    return undefined;
  }
  const copied = texts.some((t) => builtInNames.includes(basename(t.file)) && t.text.startsWith(COPIED_SCHEMA_LINE));
  const missing = builtInNames.filter((n) => !names.has(n));
  if (!copied || missing.length === 0) return undefined;
  const shown = displayPath(dir, cwd);
  const again = basename(dir) === '.commtriage' && shown === '.commtriage' ? '' : ` ${shown}`;
  return {
    where: shown,
    message: `${INCOMPLETE} (missing ${missing.join(', ')})`,
    hint: `It is a copy made by \`commtriage init\` that lost files. Run \`commtriage init --force${again}\` to copy the built-in files again (files of the same names are replaced).`,
  };
}

/** parseRuleTexts, with a stack overflow (nesting the text check missed) as a problem rather than a crash. */
function parseTexts(texts: RuleText[], options: Parameters<typeof parseRuleTexts>[1], shown: string): ParseResult {
  try {
    return parseRuleTexts(texts, options);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return {
      errors: [{ where: shown, message: `a rule file nests too deeply to read (the limit is ${MAX_NESTING} levels of mappings and lists)`, hint: 'Flatten deeply nested conditions; `commtriage rules validate` on a copy with half the files finds which file it is.' }],
      warnings: [],
    };
  }
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
