// `commtriage rules validate | test | list`: the rule author's commands.
import type { Context } from '../context.js';
import { useColor } from '../context.js';
import { EXIT, MAX_SHOWN_PROBLEMS, moreLine, type Problem, formatProblemAs } from '../errors.js';
import { visible } from '../text/safe.js';
import { displayPath } from '../text/place.js';
import { checkRuleDir, loadRuleSet } from '../rules/load.js';
import { formatExampleResults, formatRuleList } from '../format/rules-report.js';
import { formatValidation } from '../format/validation.js';
import { runExamples } from './examples.js';
import { findRules } from './rules-source.js';
import type { RulesSource } from './rules-source.js';

export interface RulesOptions {
  dir?: string;
  rules?: string;
  format?: string;
  color?: boolean;
}

function source(ctx: Context, opts: RulesOptions): RulesSource {
  return findRules(ctx, opts.dir ?? opts.rules);
}

const shown = (ctx: Context, dir: string): string => displayPath(dir, ctx.cwd);

export async function runValidate(ctx: Context, opts: RulesOptions): Promise<number> {
  const { dir, teamDir } = source(ctx, opts);
  const result = await checkRuleDir(dir, { cwd: ctx.cwd });
  // The team's roster (people.yaml) beside the rules is checked too (src/roster/check-file.ts).
  const roster = (await import('../roster/check-file.js')).checkTeamRoster(ctx, teamDir ?? dir);
  const errors = [...('errors' in result ? result.errors : []), ...roster];
  const partial = 'partial' in result && result.partial === true;
  if (opts.format === 'json') {
    ctx.stdout.write(formatValidation({ dir: shown(ctx, dir), errors, warnings: result.warnings, partial, ruleSet: 'ruleSet' in result ? result.ruleSet : undefined }));
    return errors.length > 0 ? EXIT.usage : EXIT.ok;
  }
  // Errors first: they are what stops the set from loading; warnings follow, each at file:line:col.
  // A flood (100,000 bad list items) is cut short: the first problems, then a count.
  const listed = [...errors.map((e) => labelled('error', e)), ...result.warnings.map((w) => labelled('warning', w))];
  for (const line of listed.slice(0, MAX_SHOWN_PROBLEMS)) ctx.stderr.write(`${line}\n`);
  const more = moreLine(listed.length);
  if (more) ctx.stderr.write(`${more}\n`);
  const warned = result.warnings.length ? `, ${count(result.warnings.length, 'warning')}` : '';
  if (!('ruleSet' in result) || roster.length > 0) {
    if (partial) {
      ctx.stderr.write('note: files with YAML errors were left out; names they may define (facts, channels, plans, checklist items) are checked once those errors are fixed.\n');
    }
    const label = 'ruleSet' in result && teamDir ? teamDir : dir; // only the roster is wrong: name its directory
    ctx.stderr.write(visible(`${shown(ctx, label)}: not valid: ${count(errors.length, 'error')}${warned}\n`));
    return EXIT.usage;
  }
  const { ruleSet } = result;
  ctx.stdout.write(
    visible(`${shown(ctx, dir)}: valid: ${ruleSet.questions.length} questions, ${ruleSet.rules.length} rows, ${ruleSet.plans.length} plans, ` +
      `${ruleSet.checklist.length} checklist items, ${ruleSet.examples.length} examples${warned}\n`),
  );
  return EXIT.ok;
}

const count = (n: number, noun: string): string => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

/** "file:line:col: error: message", the line with a caret, then the fix (compiler style). */
function labelled(kind: 'error' | 'warning', p: Problem): string {
  return formatProblemAs(p, p.where ? `${p.where}: ${kind}: ${p.message}` : `${kind}: ${p.message}`);
}

export async function runTest(ctx: Context, opts: RulesOptions): Promise<number> {
  const { dir } = source(ctx, opts);
  const { ruleSet } = await loadRuleSet(dir, { cwd: ctx.cwd });
  const results = runExamples(ruleSet, ctx.world);
  const color = useColor(ctx, opts.color);
  ctx.stdout.write(formatExampleResults(results, { color, json: opts.format === 'json', cwd: ctx.cwd }));
  return results.every((r) => r.passed) ? 0 : 1;
}

export async function runList(ctx: Context, opts: RulesOptions): Promise<number> {
  const found = source(ctx, opts);
  const { ruleSet } = await loadRuleSet(found.dir, { cwd: ctx.cwd });
  ctx.stdout.write(
    formatRuleList(ruleSet, { dir: shown(ctx, found.dir), via: found.via, json: opts.format === 'json' }),
  );
  return 0;
}
