// The default output, for a person at a terminal: the answer first, then why, when and what to do.
// Colour only when the edge says so (never the global chalk, which guesses from the process).
import { Chalk } from 'chalk';
import type { ChalkInstance } from 'chalk';
import type { Advice } from '../core/advice.js';
import type { RenderContext } from './registry.js';
import type { Outcome } from '../core/types.js';
import { explainText, overriddenLines } from './explain.js';
import { timeSection } from './schedule-text.js';
import { stepsSection, yearSection } from './steps-text.js';
import { seriesText } from './series-text.js';
import { visibleDeep } from '../text/safe.js';
import { toAscii } from './charset.js';
import { displayWidth } from '../text/width.js';

const OUTCOME_COLOURS: Record<Outcome, 'cyan' | 'magenta' | 'yellow'> = {
  async: 'cyan',
  sync: 'magenta',
  hybrid: 'yellow',
};

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

function headline(advice: Advice, c: ChalkInstance): string[] {
  const colour = c[OUTCOME_COLOURS[advice.recommendation]];
  const lines = [
    `${colour.bold(advice.label)}  ${c.dim(advice.recommendation)}`,
  ];
  // With steps, each step names its channel and length; a plan whose steps all dropped out
  // (their `when`) still says how long to meet.
  if (advice.steps.length > 0) return lines;
  const plan = planLine(advice);
  if (plan) lines.push(`${c.bold('Plan')}  ${plan}`);
  return lines;
}

/** The matched row's reason first, then what shaped the plan, then the signals it overrides. */
function reasons(advice: Advice, c: ChalkInstance, width?: number): string[] {
  const lines = [...advice.reasons.map((r) => r.text), ...overriddenLines(advice.overridden)];
  if (lines.length === 0) return [];
  return [c.bold('Why'), ...lines.map((text) => wrap(`  • ${text}`, 4, width))];
}

/** Word-wraps a line to `width` (no wrapping without one), continuing under its text. */
export function wrap(line: string, indent: number, width?: number): string {
  if (width === undefined || width < indent + 20 || displayWidth(line) <= width) return line;
  const out: string[] = [];
  let current = '';
  for (const word of line.slice(indent).split(' ')) {
    const head = out.length === 0 ? line.slice(0, indent) : ' '.repeat(indent);
    if (current !== '' && head.length + displayWidth(current) + 1 + displayWidth(word) > width) {
      out.push(head + current);
      current = word;
    } else current = current === '' ? word : `${current} ${word}`;
  }
  out.push((out.length === 0 ? line.slice(0, indent) : ' '.repeat(indent)) + current);
  return out.join('\n');
}

/** RenderContext plus what only the text format reads. */
export interface TextContext extends RenderContext {
  /** ASCII only: a dumb terminal or a locale that is not UTF-8 (charset.ts). */
  ascii?: boolean;
}

export function formatText(unsafe: Advice, unsafeCtx: TextContext): string {
  // Rule text and answers may hold terminal escapes: shown escaped (safe.ts). The timeline holds
  // no text (zones and spans), and a copy would leave it out (advice.ts).
  const advice = visibleDeep(unsafe);
  const ctx = visibleDeep(unsafeCtx);
  const c = new Chalk({ level: ctx.color ? 1 : 0 });
  const sections = [
    headline(advice, c),
    reasons(advice, c, ctx.width),
    timeSection(advice, c, { ascii: ctx.ascii === true, ...(unsafe.timeline ? { timeline: unsafe.timeline } : {}) }, ctx.names),
    stepsSection(advice, ctx, c),
    yearSection(advice, c),
    advice.series ? seriesText(advice.series, ctx.names, (t) => c.bold(t), ctx.width) : [],
  ].filter((s) => s.length > 0);
  const body = sections.map((s) => s.join('\n')).join('\n\n') + '\n';
  const out = advice.trace ? `${body}\n${explainText(advice.trace, ctx, advice.plan)}` : body;
  return ctx.ascii ? toAscii(out) : out;
}
