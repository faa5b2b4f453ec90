// The "Steps" section of the text output: the plan as numbered steps, each with who it is for, its
// channel, when it happens in every participant's zone, and its own checklist.
import type { ChalkInstance } from 'chalk';
import type { Advice, StepAdvice } from '../core/advice.js';
import type { ReplyBy, Session } from '../core/time/types.js';
import { shownDeadlines } from '../core/time/facts.js';
import type { RenderContext } from './registry.js';
import { type ZoneNames, localWithDay, timeTable, zoneLabel, zonesOf } from './schedule-text.js';
import { wrap } from './text.js';
import { stepCostText, yearLines } from './cost-text.js';
import { ownDaysPhrase } from './phrases.js';
import { padColumns, widest } from '../text/width.js';

/** Who a step is for, in words. */
export function audienceText(step: Pick<StepAdvice, 'audience' | 'who'>): string {
  if (step.who) return step.who;
  const words: Record<StepAdvice['audience'], string> = {
    everyone: 'everyone',
    deciders: 'the deciders',
    contributors: 'those who contribute',
    affected: 'the people most affected',
    informed: 'everyone who needs to know',
    roles: 'the people named',
  };
  return words[step.audience];
}

/** "written · the deciders · Comments in the shared document · 2 working days to reply". */
export function stepLine(step: StepAdvice, ctx: RenderContext): string {
  const channels = step.channels.map((id) => ctx.channelLabels[id] ?? id).join(' or ');
  const length = step.kind === 'live' && step.meetingMinutes ? `${step.meetingMinutes} min` : undefined;
  const window = step.replyBy?.window ? `within ${step.replyBy.window}` : undefined;
  return [step.kind, length, `for ${audienceText(step)}`, channels, window, stepCostText(step.cost)].filter(Boolean).join(' · ');
}

/** A recurring meeting's year beside written updates (text). */
export function yearSection(advice: Advice, c: ChalkInstance): string[] {
  if (!advice.yearly) return [];
  const { heading, meeting, written } = yearLines(advice.yearly);
  return [c.bold(heading), `  As a meeting  ${meeting}`, `  Written       ${written}`];
}

export const NOTE_TEXT: Record<string, string> = {
  'off-at-start': 'not at work when it starts: counted from their next working hours',
};

function replyByLines(replyBy: ReplyBy, zones: string[], c: ChalkInstance, names: ZoneNames): string[] {
  const width = widest(zones.map((z) => zoneLabel(z, names)));
  const note = (zone: string) => (replyBy.notes?.[zone] ? c.dim(`  ${NOTE_TEXT[replyBy.notes[zone]!]}`) : '');
  const local = shownDeadlines(replyBy);
  if (zones.length <= 1) return [`     ${c.bold('Due by')}  ${local[zones[0] ?? ''] ?? replyBy.utc}${note(zones[0] ?? '')}`];
  return [`     ${c.bold('Due by')}`, ...zones.map((zone) => `       ${padColumns(zoneLabel(zone, names), width)}  ${local[zone] ?? '—'}${note(zone)}`)];
}

function sessionLines(sessions: Session[], split: StepAdvice['split'], names: ZoneNames, c: ChalkInstance): string[] {
  const lines = [`     ${c.bold(split === 'per-zone' ? 'One slot per zone, with you' : 'One session per region')}`];
  sessions.forEach((s, i) => {
    lines.push(`       ${i + 1}. ${s.zones.map((z) => `${zoneLabel(z, names)} ${localWithDay(s, z) ?? ''}${s.outsideHours?.some((o) => o.zone === z) ? '*' : ''}`).join(' · ')}`);
  });
  if (sessions.some((s) => s.outsideHours)) lines.push(c.yellow('          * outside that zone\'s working hours'));
  return lines;
}

function timeLines(step: StepAdvice, zones: string[], c: ChalkInstance, names: ZoneNames): string[] {
  if (step.replyBy) return replyByLines(step.replyBy, zones, c, names);
  if (step.sessions) return sessionLines(step.sessions, step.split, names, c);
  if (!step.slots || step.slots.length === 0) return [];
  if (step.startsNow) {
    const slot = step.slots[0]!;
    const off = (z: string) => (slot.outsideHours?.some((o) => o.zone === z) ? '*' : '');
    const line = `     ${c.bold('Now')}  ${zones.map((z) => `${zoneLabel(z, names)} ${localWithDay(slot, z) ?? ''}${off(z)}`).join(' · ')}`;
    return slot.outsideHours ? [line, c.yellow('           * outside their working hours: whoever is on call')] : [line];
  }
  if (zones.length <= 1) return [`     ${c.bold('Slots')}`, ...step.slots.map((s, i) => `       ${i + 1}. ${localWithDay(s, zones[0] ?? '') ?? s.start}`)];
  return [`     ${c.bold('Slots')}`, ...timeTable(step.slots, zones, c, names).map((line) => `   ${line}`)];
}

export function stepsSection(advice: Advice, ctx: RenderContext & { width?: number }, c: ChalkInstance): string[] {
  if (advice.steps.length === 0) return [];
  const zones = zonesOf(advice.schedule);
  const lines = [c.bold(advice.steps.length === 1 ? 'Step' : 'Steps')];
  advice.steps.forEach((step, i) => {
    if (i > 0) lines.push('');
    lines.push(wrap(`  ${step.n}. ${c.bold(step.label)}`, 5, ctx.width), wrap(`     ${c.dim(stepLine(step, ctx))}`, 5, ctx.width));
    lines.push(...timeLines(step, zones, c, ctx.names));
    lines.push(...(step.ownDays ?? []).map((note) => wrap(`     ${c.yellow(ownDaysPhrase(ctx.names?.[note.zone] ?? note.zone, note))}`, 5, ctx.width)));
    lines.push(...step.checklist.map((item) => wrap(`     [ ] ${item.text}`, 9, ctx.width)));
  });
  return lines;
}
