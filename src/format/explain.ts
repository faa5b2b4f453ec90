// `ask --explain`: for every rule, whether it fired and, condition by condition, the actual value
// against what the rule wanted. Written for someone who never wrote a rule.
import { Chalk } from 'chalk';
import type { RenderContext } from './registry.js';
import type { ConditionTrace, Outcome, RuleTrace } from '../core/types.js';
import { showValue, wantsPhrase } from './phrases.js';

/** One line of the explanation, before it is dressed as text or Markdown. */
export interface ExplainLine {
  depth: number;
  /** What is being judged: a rule id, "all of", or "attendees is 9; wants more than 7". */
  subject: string;
  /** The verdict after the colon: "fired", "did not fire", "yes", "no". */
  verdict: string;
  passed: boolean;
  isRule: boolean;
}

const GROUP_NAMES = { all: 'all of', any: 'any of', not: 'not' } as const;

function conditionLines(trace: ConditionTrace, depth: number, topLevel: boolean): ExplainLine[] {
  const verdict = trace.passed ? 'yes' : 'no';
  if (trace.kind === 'fact') {
    const who = topLevel ? 'this rule wants' : 'wants';
    const wants = wantsPhrase(trace.operator, trace.expected).replace(/^wants/, who);
    const subject = `${trace.fact} is ${showValue(trace.actual)}; ${wants}`;
    return [{ depth, subject, verdict, passed: trace.passed, isRule: false }];
  }
  const head: ExplainLine = { depth, subject: GROUP_NAMES[trace.kind], verdict, passed: trace.passed, isRule: false };
  const children = trace.kind === 'not' ? [trace.child] : trace.children;
  return [head, ...children.flatMap((c) => conditionLines(c, depth + 1, false))];
}

export function explainLines(trace: RuleTrace[]): ExplainLine[] {
  return trace.flatMap((rule) => [
    {
      depth: 0,
      subject: rule.rule,
      verdict: rule.fired ? 'fired' : 'did not fire',
      passed: rule.fired,
      isRule: true,
    },
    ...conditionLines(rule.condition, 1, true),
  ]);
}

export const explainTitle = (trace: RuleTrace[]): string =>
  `How each rule was decided (${trace.filter((r) => r.fired).length} of ${trace.length} fired)`;

/** "Scores from the fired rules: async 3, sync 1.5, hybrid 0." */
export const scoresLine = (scores: Partial<Record<Outcome, number>>): string =>
  `Scores from the fired rules: ${Object.entries(scores).map(([o, n]) => `${o} ${n}`).join(', ')}.`;

export function explainText(trace: RuleTrace[], ctx: Pick<RenderContext, 'color'>, scores?: Partial<Record<Outcome, number>>): string {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const lines = explainLines(trace).map((line) => {
    const indent = '  '.repeat(line.depth + 1);
    const subject = line.isRule ? c.bold(line.subject) : line.subject;
    const verdict = line.passed ? c.green(line.verdict) : c.dim(line.verdict);
    return `${indent}${subject}: ${verdict}`;
  });
  return [c.bold(explainTitle(trace)), ...(scores ? [`  ${scoresLine(scores)}`] : []), ...lines].join('\n') + '\n';
}

/** A collapsible block, so the advice stays short when pasted into a message. */
export function explainMarkdown(trace: RuleTrace[], scores?: Partial<Record<Outcome, number>>): string {
  const lines = explainLines(trace).map((line) => {
    const subject = line.isRule ? `\`${line.subject}\`` : line.subject;
    const verdict = line.isRule ? `**${line.verdict}**` : line.verdict;
    return `${'  '.repeat(line.depth)}- ${subject}: ${verdict}`;
  });
  const head = scores ? [scoresLine(scores), ''] : [];
  return ['<details>', `<summary>${explainTitle(trace)}</summary>`, '', ...head, ...lines, '', '</details>', ''].join('\n');
}
