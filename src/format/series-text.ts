// A recurring step's year (core/time/series.ts) for people: the meetings a clock change moves for
// someone, and who takes the awkward hour in which weeks. One table shape, drawn as text columns or
// as Markdown, from the same rows.
import type { Series } from '../core/time/series.js';
import type { Burden } from '../core/time/rotation.js';
import { type ZoneNames, zoneLabel } from './schedule-text.js';
import { displayWidth } from '../text/width.js';

const EVERY: Record<Series['frequency'], string> = { weekly: 'Every week', biweekly: 'Every two weeks', monthly: 'Every month' };

const offsetText = (minutes: number): string => {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `UTC${sign}${Math.floor(m / 60)}${m % 60 ? `:${String(m % 60).padStart(2, '0')}` : ''}`;
};

/** "New York's clocks change on Sun 14 Mar (UTC-5 to UTC-4)". */
const changeText = (c: Series['moved'][number]['changes'][number], names: ZoneNames): string =>
  `${zoneLabel(c.zone, names)} changes its clocks on ${c.day} (${offsetText(c.from)} to ${offsetText(c.to)})`;

const burdenText = (b: Burden | undefined): string => (b ? ` ${b.night ? 'night' : b.side}` : '');

export interface SeriesTable {
  title: string;
  /** Header, then rows; each a list of cells. */
  moved: string[][];
  movedNote?: string;
  rotation?: string[][];
  rotationNote?: string;
}

/** The rows both formats draw. */
export function seriesTable(series: Series, names: ZoneNames): SeriesTable {
  const [first, last] = [series.first.slice(0, 10), series.last.slice(0, 10)];
  const title = `${EVERY[series.frequency]}: ${series.meetings} meetings from ${first} to ${last} (step ${series.step})`;
  const moved = [
    ['meeting', 'zone', 'local start', 'because'],
    ...series.moved.flatMap((m) => m.moved.map((x, i) => [i === 0 ? `${m.number}. ${m.day}` : '', zoneLabel(x.zone, names), `${x.from} -> ${x.to}`, i === 0 ? m.changes.map((c) => changeText(c, names)).join('; ') : ''])),
  ];
  const table: SeriesTable = { title, moved };
  if (series.moved.length === 0) table.movedNote = 'No clock change moves it for anyone in these 52 weeks.';
  const rotation = series.rotation;
  if (rotation) {
    const zones = Object.keys(rotation.slots[0]?.local ?? {});
    const header = ['slot', ...zones.map((z) => zoneLabel(z, names)), 'awkward for', 'meetings'];
    const rows = rotation.slots.map((slot) => {
      const mine = rotation.meetings.filter((m) => m.slot === slot.id);
      const awkward = mine[0]?.awkward ?? [];
      return [slot.id, ...zones.map((z) => `${slot.local[z] ?? ''}${burdenText(awkward.find((b) => b.zone === z))}`), zoneLabel(slot.for, names), `${mine.length}: ${mine.map((m) => m.day.replace(/^\w+ /, '')).join(', ')}`];
    });
    table.rotation = [header, ...rows];
    table.rotationNote = `No hour suits everyone, so the awkward hour rotates: ${Object.entries(rotation.taken).map(([z, n]) => `${zoneLabel(z, names)} ${n}`).join(', ')} meetings each. Times are at each slot's first meeting.`;
  }
  return table;
}

/** Columns padded to their widest cell; the last column is left to run on. */
function columns(rows: string[][], indent: string): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  return rows.map((r) => indent + r.map((cell, i) => (i === r.length - 1 ? cell : cell + ' '.repeat(widths[i]! - displayWidth(cell)))).join('  ').trimEnd());
}

export function seriesText(series: Series, names: ZoneNames, bold: (s: string) => string): string[] {
  const t = seriesTable(series, names);
  const out = [bold(t.title)];
  out.push(t.movedNote ? `  ${t.movedNote}` : '  Clock changes move it for some:', ...(t.movedNote ? [] : columns(t.moved, '    ')));
  if (t.rotation) out.push(`  ${t.rotationNote}`, ...columns(t.rotation, '    '));
  return out;
}

const mdCell = (text: string): string => text.replace(/\|/g, '\\|');
const mdTable = (rows: string[][]): string[] => [
  `| ${rows[0]!.map(mdCell).join(' | ')} |`,
  `|${rows[0]!.map(() => '---').join('|')}|`,
  ...rows.slice(1).map((r) => `| ${r.map(mdCell).join(' | ')} |`),
];

export function seriesMarkdown(series: Series, names: ZoneNames): string[] {
  const t = seriesTable(series, names);
  const out = [`### ${t.title}`, ''];
  if (t.movedNote) out.push(t.movedNote, '');
  else out.push('**Clock changes**', '', ...mdTable(t.moved), '');
  if (t.rotation) out.push('**Who takes the awkward hour**', '', t.rotationNote!, '', ...mdTable(t.rotation), '');
  return out;
}
