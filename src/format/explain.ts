// `ask --explain`: the path through the decision table, like a flowchart traced by hand: every row
// tried and, condition by condition, the actual value against what the row wanted; then the
// adjustments that shaped the plan. Written for someone who never wrote a rule.
import { Chalk } from 'chalk';
import type { RenderContext } from './registry.js';
import type { ConditionTrace, DecisionTrace, Overridden, RuleTrace } from '../core/types.js';
import { showValue, wantsPhrase } from './phrases.js';

/** One line of the explanation, before it is dressed as text or Markdown. */
export interface ExplainLine {
  depth: number;
  /** What is being judged: a rule id, "all of", or "attendees is 9; wants more than 7". */
  subject: string;
  /** The verdict after the colon: "matched", "applied", "not applied", "yes", "no". */
  verdict: string;
  passed: boolean;
  isRule: boolean;
}

const GROUP_NAMES = { all: 'all of', any: 'any of', not: 'not' } as const;

function conditionLines(trace: ConditionTrace, depth: number, topLevel: boolean): ExplainLine[] {
  const verdict = trace.passed ? 'yes' : 'no';
  if (trace.kind === 'fact') {
    const who = topLevel ? 'it wants' : 'wants';
    const wants = wantsPhrase(trace.operator, trace.expected).replace(/^wants/, who);
    const subject = `${trace.fact} is ${showValue(trace.actual)}; ${wants}`;
    return [{ depth, subject, verdict, passed: trace.passed, isRule: false }];
  }
  const head: ExplainLine = { depth, subject: GROUP_NAMES[trace.kind], verdict, passed: trace.passed, isRule: false };
  const children = trace.kind === 'not' ? [trace.child] : trace.children;
  return [head, ...children.flatMap((c) => conditionLines(c, depth + 1, false))];
}

function traceLines(trace: RuleTrace[], depth: number, verdicts: [string, string]): ExplainLine[] {
  return trace.flatMap((t) => [
    { depth, subject: t.rule, verdict: t.fired ? verdicts[0] : verdicts[1], passed: t.fired, isRule: true },
    ...conditionLines(t.condition, depth + 1, true),
  ]);
}

/** The rows tried in order (the last one matched), then the adjustments that applied. */
export function explainLines(trace: DecisionTrace, plan?: string): ExplainLine[] {
  const applied = trace.adjustments.filter((a) => a.fired);
  const head = (subject: string): ExplainLine => ({ depth: 0, subject, verdict: '', passed: true, isRule: false });
  return [
    head('Rows tried, top to bottom (the first that matches chooses the plan)'),
    ...traceLines(trace.rows, 1, [`matched${plan ? `: plan ${plan}` : ''}`, 'no']),
    head(`Adjustments to the plan (${applied.length} of ${trace.adjustments.length} applied)`),
    ...traceLines(applied, 1, ['applied', 'not applied']),
  ];
}

export const explainTitle = (trace: DecisionTrace): string =>
  `How the advice was decided (row ${trace.rows.length} of the table matched)`;

/** "Not followed: ..." lines for strong signals the plan overrides. */
export const overriddenLines = (overridden: Overridden[] | undefined): string[] => (overridden ?? []).map((o) => `Not followed: ${o.text}${/[.!?]$/.test(o.text) ? '' : '.'}`);

export function explainText(trace: DecisionTrace, ctx: Pick<RenderContext, 'color'>, plan?: string): string {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const lines = explainLines(trace, plan).map((line) => {
    const indent = '  '.repeat(line.depth + 1);
    if (line.verdict === '') return `${indent}${c.bold(line.subject)}`;
    const subject = line.isRule ? c.bold(line.subject) : line.subject;
    const verdict = line.passed ? c.green(line.verdict) : c.dim(line.verdict);
    return `${indent}${subject}: ${verdict}`;
  });
  return [c.bold(explainTitle(trace)), ...lines].join('\n') + '\n';
}

/** A collapsible block, so the advice stays short when pasted into a message. */
export function explainMarkdown(trace: DecisionTrace, plan?: string): string {
  const lines = explainLines(trace, plan).map((line) => {
    if (line.verdict === '') return `${'  '.repeat(line.depth)}- **${line.subject}**`;
    const subject = line.isRule ? `\`${line.subject}\`` : line.subject;
    const verdict = line.isRule ? `**${line.verdict}**` : line.verdict;
    return `${'  '.repeat(line.depth)}- ${subject}: ${verdict}`;
  });
  return ['<details>', `<summary>${explainTitle(trace)}</summary>`, '', ...lines, '', '</details>', ''].join('\n');
}
