// Markdown ready to paste into a message, a ticket or a meeting invite.
import { yearLines } from './cost-text.js';
import type { Advice, StepAdvice } from '../core/advice.js';
import { stepLine } from './steps-text.js';
import type { RenderContext } from './registry.js';
import type { SuggestedSlot, TimeWindow } from '../core/time/types.js';
import { shownDeadlines } from '../core/time/facts.js';
import { explainMarkdown, overriddenLines } from './explain.js';
import { hoursText, localWithDay, MAX_WINDOWS, type ZoneNames, zoneLabel, zonesOf } from './schedule-text.js';
import { planLine } from './text.js';
import { visibleDeep } from '../text/safe.js';
import { seriesMarkdown } from './series-text.js';
import { ownDaysPhrase } from './phrases.js';

/** A pipe would end a table cell early. */
const cell = (text: string): string => text.replace(/\|/g, '\\|');

function table(zones: string[], rows: TimeWindow[], names: ZoneNames, note?: (row: TimeWindow, zone: string) => string): string[] {
  return [
    `| # | ${zones.map((z) => cell(zoneLabel(z, names))).join(' | ')} |`,
    `|---|${zones.map(() => '---').join('|')}|`,
    ...rows.map(
      (row, i) => `| ${i + 1} | ${zones.map((z) => cell(`${localWithDay(row, z) ?? '—'}${note?.(row, z) ?? ''}`)).join(' | ')} |`,
    ),
  ];
}

const outside = (slot: SuggestedSlot, zone: string): string => {
  const entry = slot.outsideHours?.find((o) => o.zone === zone);
  return entry && entry.hours > 0 ? ` (${hoursText(entry.hours)} outside working hours)` : '';
};

/** The shared hours and windows of several zones; each step shows its own times (stepLines). */
function times(advice: Advice, names: ZoneNames): string[] {
  const { schedule } = advice;
  const zones = zonesOf(schedule);
  if (zones.length <= 1) return [];
  const lines = [
    '### Time zones',
    '',
    schedule.overlapHours > 0
      ? `Shared working hours: **${hoursText(schedule.overlapHours)}** (longest window in the 7 days from ${schedule.referenceDate}).`
      : `**No shared working hours** in the 7 days from ${schedule.referenceDate}.`,
    '',
  ];
  if (schedule.windows.length > 0) lines.push('**Shared windows**', '', ...table(zones, schedule.windows.slice(0, MAX_WINDOWS), names), '');
  return lines;
}

const NOTE_TEXT: Record<string, string> = { 'off-at-start': ' (not at work when it starts: from their next working hours)' };

/** One step: what, for whom, on which channel, when in each zone, and its own checklist. */
function stepLines(step: StepAdvice, zones: string[], names: ZoneNames, ctx: RenderContext): string[] {
  const out = [`#### ${step.n}. ${step.label}`, '', `_${stepLine(step, ctx)}_`, ''];
  const single = zones.length <= 1;
  if (step.replyBy) {
    const { notes } = step.replyBy;
    const local = shownDeadlines(step.replyBy);
    if (single) out.push(`**Due by:** ${local[zones[0] ?? ''] ?? step.replyBy.utc}${zones[0] ? ` (${zones[0]})` : ''}`, '');
    else out.push('**Due by**', '', ...zones.map((z) => `- ${zoneLabel(z, names)}: ${local[z] ?? '—'}${NOTE_TEXT[notes?.[z] ?? ''] ?? ''}`), '');
  } else if (step.sessions) {
    out.push(step.split === 'per-zone' ? '**One slot per zone, with you**' : '**One session per region**', '');
    out.push(...step.sessions.map((s, i) => `${i + 1}. ${s.zones.map((z) => `${cell(zoneLabel(z, names))} ${localWithDay(s, z) ?? ''}`).join(' · ')}`), '');
  } else if (step.slots && step.slots.length > 0) {
    out.push(step.startsNow ? '**Now**' : '**Slots**', '');
    if (single) out.push(...step.slots.map((s, i) => `${i + 1}. ${localWithDay(s, zones[0] ?? '') ?? s.start}`));
    else out.push(...table(zones, step.slots, names, outside));
    out.push('');
  }
  if (step.ownDays) out.push(...step.ownDays.map((note) => `> ${ownDaysPhrase(names?.[note.zone] ?? note.zone, note)}`), '');
  if (step.checklist.length > 0) out.push('**Checklist**', '', ...step.checklist.map((c) => `- [ ] ${c.text}`), '');
  return out;
}

export function formatMarkdown(unsafe: Advice, unsafeCtx: RenderContext): string {
  // Rule text and answers may hold terminal escapes: shown escaped (safe.ts).
  const advice = visibleDeep(unsafe);
  const ctx = visibleDeep(unsafeCtx);
  const plan = planLine(advice);
  // A list rather than trailing-space line breaks, which editors and chat apps strip.
  const out = [
    `## ${advice.label}`,
    '',
    `- **Recommendation:** ${advice.recommendation}`,
    ...(plan && advice.steps.length === 0 ? [`- **Plan:** ${plan}`] : []),
    '',
  ];
  const why = [...advice.reasons.map((r) => r.text), ...overriddenLines(advice.overridden)];
  if (why.length > 0) out.push('### Why', '', ...why.map((text) => `- ${text}`), '');
  out.push(...times(advice, ctx.names));
  if (advice.steps.length > 0) {
    const zones = zonesOf(advice.schedule);
    out.push(`### ${advice.steps.length === 1 ? 'Step' : 'Steps'}`, '', ...advice.steps.flatMap((step) => stepLines(step, zones, ctx.names, ctx)));
  }
  if (advice.yearly) {
    const { heading, meeting, written } = yearLines(advice.yearly);
    out.push(`### ${heading}`, '', `- **As a meeting:** ${meeting}`, `- **Written:** ${written}`, '');
  }
  if (advice.series) out.push(...seriesMarkdown(advice.series, ctx.names));
  if (advice.trace) out.push(explainMarkdown(advice.trace, advice.plan));
  return out.join('\n').replace(/\n+$/, '') + '\n';
}
