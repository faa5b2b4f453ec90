// `commtriage questions`: what a script can send, straight from the rule set.
import type { Context } from '../context.js';
import { formatQuestions } from '../format/questions.js';
import { loadRulesFor } from './rules-source.js';

export async function runQuestions(ctx: Context, opts: { format: string; rules?: string }): Promise<number> {
  const ruleSet = await loadRulesFor(ctx, opts.rules);
  ctx.stdout.write(formatQuestions(ruleSet.questions, opts.format === 'json' ? 'json' : 'text'));
  return 0;
}
