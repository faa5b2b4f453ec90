// The audit as a terminal report: what was read, the series that cost the most person-hours with
// a bar each, what to do with them and why, then the hours a week by verdict. Pure; text from the
// calendars goes through visible() (src/text/safe.ts).
import { moneyText } from './cost-text.js';
import type { ChalkInstance } from 'chalk';
import type { AuditReport, SeriesReport } from '../audit/report.js';
import type { VerdictKind } from '../core/types.js';
import { visible } from '../text/safe.js';
import { toAscii } from './charset.js';
import type { AuditRender } from './audit-registry.js';
import { wrapWords } from '../text/wrap.js';

export const VERDICT_WORDS: Record<VerdictKind, string> = { keep: 'keep', shorten: 'shorten', 'make-written': 'make written', merge: 'merge', review: 'review' };

const number = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 1 });
const plural = (n: number, one: string, many = `${one}s`): string => `${number(n)} ${n === 1 ? one : many}`;

export function auditText(report: AuditReport, ctx: AuditRender & { paint?: ChalkInstance }): string {
  const bold = (s: string) => (ctx.paint ? ctx.paint.bold(s) : s);
  const dim = (s: string) => (ctx.paint ? ctx.paint.dim(s) : s);
  const width = Math.max(60, Math.min(ctx.width, 100));
  const wrap = (text: string, indent: string) => wrapWords(`${indent}${text}`, width);
  const out: string[] = [];
  const { counts, totals, window } = report;
  const days = `${window.from.slice(0, 10)} to ${new Date(Date.parse(window.to) - 1).toISOString().slice(0, 10)}`;
  out.push(bold(`Meetings in ${plural(report.files, 'calendar')}, ${days} (${plural(window.weeks, 'week')})`));
  const skipped = [
    counts.skipped.allDay > 0 ? plural(counts.skipped.allDay, 'all-day event') : '',
    counts.skipped.cancelled > 0 ? `${number(counts.skipped.cancelled)} cancelled` : '',
    counts.skipped.solo > 0 ? `${number(counts.skipped.solo)} with one person` : '',
  ].filter(Boolean);
  out.push(`${plural(counts.meetings, 'meeting')}: ${plural(counts.series, 'series', 'series')} and ${plural(counts.oneOffs, 'one-off meeting')}.${skipped.length > 0 ? ` Not meetings: ${skipped.join(', ')}.` : ''}`);
  out.push(`People spend ${number(totals.personHoursPerWeek)} person-hours a week in them; the advice below gives back ${number(totals.savedPerWeek)}.`);
  out.push('');
  const shown = report.series.slice(0, ctx.top);
  if (shown.length > 0) out.push(bold(`Top ${shown.length === 1 ? 'meeting' : `${shown.length} meetings`} by person-hours a week`));
  const most = Math.max(...shown.map((s) => s.personHours.perWeek), 0.1);
  const bar = (value: number, of: number, cells = 20) => (ctx.ascii ? '#' : '█').repeat(Math.max(value > 0 ? 1 : 0, Math.round((value / of) * cells))).padEnd(cells);
  const titleWidth = Math.min(28, Math.max(...shown.map((s) => visible(s.title).length), 5));
  shown.forEach((s, i) => {
    const title = visible(s.title || '(no title)');
    const cut = title.length > titleWidth ? `${title.slice(0, titleWidth - 1)}…` : title.padEnd(titleWidth);
    out.push(`${String(i + 1).padStart(3)}. ${bold(cut)}  ${bar(s.personHours.perWeek, most)} ${number(s.personHours.perWeek).padStart(6)} h/week  ${bold(VERDICT_WORDS[s.verdict.verdict])}`);
    out.push(...details(s).map((line) => wrap(line, '     ')));
    out.push('');
  });
  if (report.series.length > shown.length) out.push(dim(`... and ${plural(report.series.length - shown.length, 'more meeting')} (--top N shows more; --json lists all).`), '');
  out.push(bold('Person-hours a week by verdict'));
  const verdicts = Object.entries(totals.perVerdict) as [VerdictKind, number][];
  const all = Math.max(...verdicts.map(([, h]) => h), 0.1);
  for (const [verdict, hours] of verdicts) out.push(`  ${VERDICT_WORDS[verdict].padEnd(13)} ${bar(hours, all, 30)} ${number(hours)}`);
  const text = `${out.join('\n')}\n`;
  return ctx.ascii ? toAscii(text) : text;
}

function details(s: SeriesReport): string[] {
  const declined = s.people.filter((p) => p.partstat === 'DECLINED').length;
  const lines = [
    `${s.frequency}, ${s.minutes} min, ${plural(s.people.length - declined, 'person', 'people')}${declined > 0 ? ` (${declined} declined)` : ''}${s.organizer ? `, organised by ${visible(s.organizer.name ?? s.organizer.email)}` : ''}; ${number(s.personHours.perYear)} person-hours a year${s.cost ? ` (about ${moneyText({ amount: s.cost.perYear, ...(s.cost.currency ? { currency: s.cost.currency } : {}) })})` : ''}${s.recurring ? '' : ' (once)'} · ${visible(s.where)}`,
    `${VERDICT_WORDS[s.verdict.verdict][0]!.toUpperCase()}${VERDICT_WORDS[s.verdict.verdict].slice(1)}: ${visible(s.verdict.reason)}`,
  ];
  if (s.advice) {
    lines.push(`Instead (advice ${s.advice.recommendation}, row ${s.advice.row}):`);
    for (const st of s.advice.steps) lines.push(`  ${st.n}. ${visible(st.label)} (${st.kind}, ${visible(st.channel)})${st.checklist.length > 0 ? `: ${visible(st.checklist.join(' '))}` : ''}`);
  }
  // The draft itself is long: its subject here, the whole of it in --json and the HTML page.
  if (s.replacement) lines.push(`Draft to send instead: "${visible(s.replacement.split('\n')[0]!)}" (the whole draft: --json "replacement", or --format html)`);
  for (const f of s.flags) lines.push(`! ${visible(f.reason)}`);
  const from = new Map<string, string[]>();
  for (const i of s.inferred) from.set(i.from, [...(from.get(i.from) ?? []), `${i.answer}=${Array.isArray(i.value) ? zones(i.value) : String(i.value)}`]);
  for (const [why, answers] of from) lines.push(`Inferred ${answers.join(', ')} from ${visible(why)}`);
  if (s.unknown.length > 0) lines.push(`Unknown: ${s.unknown.join(', ')} (no audit entry matched)`);
  // Each local time once, with who has it: "Tue 3 Mar 10:00 Europe/London (8 people)".
  const byTime = new Map<string, string[]>();
  for (const p of s.people) if (p.local && p.partstat !== 'DECLINED') byTime.set(p.local, [...(byTime.get(p.local) ?? []), p.known!]);
  const local = [...byTime].map(([time, names]) => `${time} (${names.length <= 2 ? names.join(', ') : `${names.length} people`})`);
  if (local.length > 0) lines.push(`First meeting, local time: ${visible(local.join('; '))}`);
  return lines;
}

/** "Europe/London, America/New_York" for a timezones answer (each zone once, hours left out). */
const zones = (specs: string[]): string => [...new Set(specs.map((z) => z.split('@')[0]!))].join(', ');
