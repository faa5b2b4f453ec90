// The default output, for a person at a terminal: the answer first, then why, when and what to do.
// Colour only when the edge says so (never the global chalk, which guesses from the process).
import { Chalk } from 'chalk';
import type { ChalkInstance } from 'chalk';
import type { Advice } from '../core/advice.js';
import type { RenderContext } from './registry.js';
import type { Outcome } from '../core/types.js';
import { explainText } from './explain.js';
import { timeSection } from './schedule-text.js';

const OUTCOME_COLOURS: Record<Outcome, 'cyan' | 'magenta' | 'yellow'> = {
  async: 'cyan',
  sync: 'magenta',
  hybrid: 'yellow',
};

export const percent = (confidence: number): string => `${Math.round(confidence * 100)}%`;

export const channelNames = (advice: Advice, ctx: RenderContext): string[] =>
  advice.channels.map((id) => ctx.channelLabels[id] ?? id);

/** "write first, then meet (25 minutes)": the one line a hybrid needs beyond its label. */
export function planLine(advice: Advice): string | undefined {
  const minutes = advice.meetingMinutes ? `${advice.meetingMinutes} minutes` : undefined;
  if (advice.recommendation === 'hybrid') {
    const meet = minutes ? `meet for ${minutes}` : 'meet';
    return advice.hybridOrder === 'meet-first' ? `${meet} first, then follow up in writing` : `write first, then ${meet}`;
  }
  if (advice.recommendation === 'sync' && minutes) return `meet for ${minutes}`;
  return undefined;
}

function headline(advice: Advice, ctx: RenderContext, c: ChalkInstance): string[] {
  const colour = c[OUTCOME_COLOURS[advice.recommendation]];
  const lines = [
    `${colour.bold(advice.label)}  ${c.dim(`${advice.recommendation} · ${percent(advice.confidence)} confidence`)}`,
  ];
  const channels = channelNames(advice, ctx);
  if (channels.length > 0) lines.push(`${c.bold('Use')}   ${channels.join(', ')}`);
  const plan = planLine(advice);
  if (plan) lines.push(`${c.bold('Plan')}  ${plan}`);
  return lines;
}

function reasons(advice: Advice, c: ChalkInstance, width?: number): string[] {
  if (advice.reasons.length === 0) return [];
  return [c.bold('Why'), ...advice.reasons.map((r) => wrap(`  • ${r.text}`, 4, width))];
}

function checklist(advice: Advice, c: ChalkInstance, width?: number): string[] {
  if (advice.checklist.length === 0) return [];
  return [c.bold('Checklist'), ...advice.checklist.map((item) => wrap(`  [ ] ${item.text}`, 6, width))];
}

/** Word-wraps a line to `width` (no wrapping without one), continuing under its text. */
export function wrap(line: string, indent: number, width?: number): string {
  if (width === undefined || width < indent + 20 || line.length <= width) return line;
  const out: string[] = [];
  let current = '';
  for (const word of line.slice(indent).split(' ')) {
    const head = out.length === 0 ? line.slice(0, indent) : ' '.repeat(indent);
    if (current !== '' && head.length + current.length + 1 + word.length > width) {
      out.push(head + current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  out.push((out.length === 0 ? line.slice(0, indent) : ' '.repeat(indent)) + current);
  return out.join('\n');
}

export function formatText(advice: Advice, ctx: RenderContext): string {
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const sections = [
    headline(advice, ctx, c),
    reasons(advice, c, ctx.width),
    timeSection(advice, c, ctx.names),
    checklist(advice, c, ctx.width),
  ].filter((s) => s.length > 0);
  const body = sections.map((s) => s.join('\n')).join('\n\n') + '\n';
  return advice.trace ? `${body}\n${explainText(advice.trace, ctx, advice.scores)}` : body;
}
