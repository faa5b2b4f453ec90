// Text and JSON for `rules test` and `rules list`.
import { jsonText } from './json-text.js';
import { Chalk } from 'chalk';
import { relative } from 'node:path';
import type { Example, RuleSet } from '../core/types.js';
import { describeCondition } from './phrases.js';
import { planLines, planListing } from './plan-list.js';
import { visible } from '../text/safe.js';

/** One example run (app/examples.ts). */
export interface ExampleResult {
  example: Example;
  passed: boolean;
  /** One line each: what was expected and what happened. */
  failures: string[];
  /** Why it was not run: it expects a rule this set has switched off (`disable:`). */
  skipped?: string;
}

export function formatExampleResults(
  results: ExampleResult[],
  opts: { color: boolean; json: boolean; cwd: string },
): string {
  if (opts.json) {
    const rows = results.map(({ example, passed, failures, skipped }) => ({
      name: example.name,
      where: where(example, opts.cwd),
      passed,
      failures,
      ...(skipped ? { skipped } : {}),
    }));
    const failed = results.filter((r) => !r.passed).length;
    const skipped = results.filter((r) => r.skipped).length;
    const counts = { examples: results.length, passed: results.length - failed - skipped, failed, skipped };
    // Like every list commtriage prints as JSON: an object with the items and their counts.
    return `${jsonText({ passed: failed === 0, counts, examples: rows })}\n`;
  }
  const c = new Chalk({ level: opts.color ? 1 : 0 });
  const lines = results.flatMap(({ example, passed, failures, skipped }) => [
    `${skipped ? c.yellow('SKIP') : passed ? c.green('PASS') : c.red('FAIL')}  ${visible(example.name)}${c.dim(`  (${visible(where(example, opts.cwd))})`)}`,
    ...(skipped ? [`      ${visible(skipped)}`] : failures.map((f) => `      ${visible(f)}`)),
  ]);
  const failed = results.filter((r) => !r.passed).length;
  const skipped = results.filter((r) => r.skipped).length;
  lines.push('', `${results.length - failed - skipped} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  return `${lines.join('\n')}\n`;
}

function where(example: ExampleResult['example'], cwd: string): string {
  if (!example.file) return 'examples';
  const file = relative(cwd, example.file);
  return example.line ? `${file}:${example.line}` : file;
}

/** The decision table in order, read like a flowchart: "if <condition> -> <plan> (<mode>)". */
export function formatRuleList(ruleSet: RuleSet, opts: { dir: string; via: string; json: boolean }): string {
  const modeOf = (planId: string): string => ruleSet.plans.find((p) => p.id === planId)?.mode ?? '?';
  if (opts.json) {
    const rows = ruleSet.rules.map((r) => ({ id: r.id, ...(r.when ? { when: r.when } : {}), plan: r.plan, mode: modeOf(r.plan), reason: r.reason, source: r.source }));
    const counts = { rules: rows.length, plans: ruleSet.plans.length, adjustments: ruleSet.adjustments.length };
    return `${jsonText({ dir: opts.dir, via: opts.via, counts, rules: rows, plans: ruleSet.plans.map(planListing), adjustments: ruleSet.adjustments.map((a) => a.id) })}\n`;
  }
  const width = Math.max(...ruleSet.rules.map((r) => r.id.length), 4);
  const lines = [
    `Rule set: ${opts.dir} (${opts.via === 'built-in' ? 'the built-in set' : `chosen by ${opts.via}`})`,
    `The decision table: ${ruleSet.rules.length} rows, read top to bottom; the first that matches chooses the plan.`,
    '',
    ...ruleSet.rules.flatMap((r, i) => [
      `${String(i + 1).padStart(3)}. ${r.id.padEnd(width)}  -> ${r.plan} (${modeOf(r.plan)})`,
      `     ${' '.repeat(width)}  ${r.when ? `if ${describeCondition(r.when)}` : 'otherwise (every other need)'}`,
    ]),
    '',
    `Plans: ${ruleSet.plans.length}, each with its channels (best first) and its own checklist.`,
    ...planLines(ruleSet.plans),
    '',
    `Adjustments (shape the plan, never its mode): ${ruleSet.adjustments.map((a) => a.id).join(', ') || 'none'}`,
  ];
  return visible(`${lines.join('\n')}\n`);
}
