// `commtriage rules validate | test | list`: the rule author's commands.
import { relative } from 'node:path';
import type { Context } from '../context.js';
import { useColor } from '../context.js';
import { formatProblem } from '../errors.js';
import { loadRuleSet } from '../rules/load.js';
import { formatExampleResults, formatRuleList } from '../format/rules-report.js';
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

function shown(ctx: Context, dir: string): string {
  const rel = relative(ctx.cwd, dir);
  return rel === '' ? '.' : rel.startsWith('..') && rel.length > dir.length ? dir : rel;
}

export async function runValidate(ctx: Context, opts: RulesOptions): Promise<number> {
  const { dir } = source(ctx, opts);
  const { ruleSet, warnings } = await loadRuleSet(dir);
  for (const warning of warnings) ctx.stderr.write(`warning: ${formatProblem(warning)}\n`);
  ctx.stdout.write(
    `${shown(ctx, dir)}: valid: ${ruleSet.questions.length} questions, ${ruleSet.rules.length} rules, ` +
      `${ruleSet.checklist.length} checklist items, ${ruleSet.examples.length} examples` +
      `${warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''}\n`,
  );
  return 0;
}

export async function runTest(ctx: Context, opts: RulesOptions): Promise<number> {
  const { dir } = source(ctx, opts);
  const { ruleSet } = await loadRuleSet(dir);
  const results = runExamples(ruleSet);
  const color = useColor(ctx, opts.color);
  ctx.stdout.write(formatExampleResults(results, { color, json: opts.format === 'json', cwd: ctx.cwd }));
  return results.every((r) => r.passed) ? 0 : 1;
}

export async function runList(ctx: Context, opts: RulesOptions): Promise<number> {
  const found = source(ctx, opts);
  const { ruleSet } = await loadRuleSet(found.dir);
  ctx.stdout.write(
    formatRuleList(ruleSet, { dir: shown(ctx, found.dir), via: found.via, json: opts.format === 'json' }),
  );
  return 0;
}
