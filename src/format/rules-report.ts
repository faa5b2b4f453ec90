// Text and JSON for `rules test` and `rules list`.
import { Chalk } from 'chalk';
import { relative } from 'node:path';
import type { ExampleResult } from '../rules/examples.js';
import type { Effect, RuleSet } from '../core/types.js';
import { visible } from './safe.js';

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
    return `${JSON.stringify(rows, null, 2)}\n`;
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

export function describeEffect(effect: Effect): string {
  const parts: string[] = [];
  if (effect.decide) parts.push(`decide ${effect.decide}${effect.priority ? ` (priority ${effect.priority})` : ''}`);
  for (const o of ['async', 'sync', 'hybrid'] as const) {
    const w = effect[o];
    if (w) parts.push(`${o} ${w > 0 ? '+' : ''}${w}`);
  }
  if (effect.exclude?.length) parts.push(`not ${effect.exclude.join('/')}`);
  if (effect.channels?.length) parts.push(`via ${effect.channels.join(', ')}`);
  if (effect.hybridOrder) parts.push(effect.hybridOrder);
  if (effect.meetingMinutes) parts.push(`${effect.meetingMinutes} min`);
  return parts.join('; ');
}

export function formatRuleList(ruleSet: RuleSet, opts: { dir: string; via: string; json: boolean }): string {
  if (opts.json) {
    const rules = ruleSet.rules.map((r) => ({ id: r.id, effect: r.effect, reason: r.reason, source: r.source }));
    return `${JSON.stringify({ dir: opts.dir, via: opts.via, rules }, null, 2)}\n`;
  }
  const width = Math.max(...ruleSet.rules.map((r) => r.id.length), 4);
  const lines = [
    `Rule set: ${opts.dir} (${opts.via === 'built-in' ? 'the built-in set' : `chosen by ${opts.via}`})`,
    `${ruleSet.rules.length} rules:`,
    '',
    ...ruleSet.rules.flatMap((r) => [`  ${r.id.padEnd(width)}  ${describeEffect(r.effect)}`, `  ${' '.repeat(width)}  ${r.reason}`]),
  ];
  return visible(`${lines.join('\n')}\n`);
}
