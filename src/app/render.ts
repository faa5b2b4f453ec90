// Advice -> the chosen format, with colour decided once at the edge.
import type { Advice } from '../core/advice.js';
import type { RenderContext } from '../format/registry.js';
import type { RuleSet } from '../core/types.js';
import type { Context } from '../context.js';
import { useColor } from '../context.js';
import { loadFormatter } from '../format/registry.js';
import { ruleSetField } from './rules-source.js';
import { asciiOnly } from '../format/charset.js';

export function renderContext(ruleSet: RuleSet, ctx: Context, color: boolean | undefined, fields?: string[], names?: Record<string, string>): RenderContext {
  return {
    ...(fields ? { fields } : {}),
    ...(names ? { names } : {}),
    color: useColor(ctx, color),
    ...(ctx.stdout.isTTY && ctx.stdout.columns ? { width: ctx.stdout.columns } : {}),
    channelLabels: Object.fromEntries(ruleSet.channels.map((c) => [c.id, c.label])),
  };
}

export async function renderAdvice(
  advice: Advice,
  ruleSet: RuleSet,
  ctx: Context,
  opts: { format: string; color?: boolean; fields?: string[]; names?: Record<string, string> },
): Promise<string> {
  // Scripts learn from a field that the advice did not come from the built-in rules (README).
  const origin = opts.format === 'json' ? ruleSetField(ruleSet) : undefined;
  const shown = origin ? { ...advice, ...origin } : advice;
  const render = { ...renderContext(ruleSet, ctx, opts.color, opts.fields, opts.names), ascii: asciiOnly(ctx.env) }; // read by the text format
  return (await loadFormatter(opts.format))(shown, render);
}
