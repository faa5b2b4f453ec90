// Advice -> the chosen format, with colour decided once at the edge.
import type { Advice, RenderContext } from '../core/advice.js';
import type { RuleSet } from '../core/types.js';
import type { Context } from '../context.js';
import { useColor } from '../context.js';
import { getFormatter } from '../format/registry.js';

export function renderContext(ruleSet: RuleSet, ctx: Context, color: boolean | undefined): RenderContext {
  return {
    color: useColor(ctx, color),
    channelLabels: Object.fromEntries(ruleSet.channels.map((c) => [c.id, c.label])),
    questionPrompts: Object.fromEntries(ruleSet.questions.map((q) => [q.id, q.prompt])),
  };
}

export function renderAdvice(
  advice: Advice,
  ruleSet: RuleSet,
  ctx: Context,
  opts: { format: string; color?: boolean },
): string {
  return getFormatter(opts.format)(advice, renderContext(ruleSet, ctx, opts.color));
}
