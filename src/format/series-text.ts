// A recurring step's year (core/time/series.ts) for people: the meetings a clock change moves for
// someone, and who takes the awkward hour in which weeks. One table shape, drawn as text columns or
// as Markdown, from the same rows.
import { place } from '../core/time/label.js';
import type { Series } from '../core/time/series.js';
import type { Burden } from '../core/time/rotation.js';
import type { ZoneNames } from './schedule-text.js';
import { displayWidth } from '../text/width.js';

const EVERY: Record<Series['frequency'], string> = { weekly: 'Every week', biweekly: 'Every two weeks', monthly: 'Every month' };

const offsetText = (minutes: number): string => {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `UTC${sign}${Math.floor(m / 60)}${m % 60 ? `:${String(m % 60).padStart(2, '0')}` : ''}`;
};

/** "clocks change in America/New_York on Sun 14 Mar (UTC-5 to UTC-4)". */
const changeText = (c: Series['moved'][number]['changes'][number]): string =>
  `clocks change in ${c.zone} on ${c.day} (${offsetText(c.from)} to ${offsetText(c.to)})`;

/** A column head: the people's names where the roster gives them, else the zone's city ("New York"). */
const short = (zone: string, names: ZoneNames): string => names?.[zone] ?? place(zone);

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
  // With a rotation the start changes from meeting to meeting anyway: the move is what matters.
  const shift = (x: Series['moved'][number]['moved'][number]) =>
    series.rotation ? `${Math.abs(x.minutes) / 60} h ${x.minutes > 0 ? 'later' : 'earlier'}` : `${x.from} -> ${x.to}`;
  const moved = [
    ['meeting', 'zone', series.rotation ? 'moves' : 'local start', 'because'],
    ...series.moved.flatMap((m) => m.moved.map((x, i) => [i === 0 ? `${m.number}. ${m.day}` : '', short(x.zone, names), shift(x), i === 0 ? m.changes.map(changeText).join('; ') : ''])),
  ];
  const table: SeriesTable = { title, moved };
  if (series.moved.length === 0) table.movedNote = 'No clock change moves it for anyone in these 52 weeks.';
  const rotation = series.rotation;
  if (rotation) {
    const zones = Object.keys(rotation.slots[0]?.local ?? {});
    const header = ['slot', ...zones.map((z) => short(z, names)), 'awkward for', 'meetings'];
    const rows = rotation.slots.map((slot) => {
      const mine = rotation.meetings.filter((m) => m.slot === slot.id);
      const awkward = mine[0]?.awkward ?? [];
      return [slot.id, ...zones.map((z) => `${slot.local[z] ?? ''}${burdenText(awkward.find((b) => b.zone === z))}`), short(slot.for, names), `${mine.length}: ${mine.map((m) => m.day.replace(/^\w+ /, '')).join(', ')}`];
    });
    table.rotation = [header, ...rows];
    table.rotationNote = `No hour suits everyone, so the awkward hour rotates: ${Object.entries(rotation.taken).map(([z, n]) => `${short(z, names)} ${n}`).join(', ')} meetings each. Times are at each slot's first meeting.`;
  }
  return table;
}

/** Columns padded to their widest cell; the last column runs on, broken at spaces under itself when a width is known. */
function columns(rows: string[][], indent: string, width?: number): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? ''))));
  return rows.flatMap((r) => {
    const head = indent + r.slice(0, -1).map((cell, i) => cell + ' '.repeat(widths[i]! - displayWidth(cell))).join('  ') + (r.length > 1 ? '  ' : '');
    return runOn(head, r.at(-1) ?? '', width);
  });
}

/** `head` then `text`, the text broken at spaces and continued under its own start. */
function runOn(head: string, text: string, width?: number): string[] {
  const room = width === undefined ? Infinity : width - displayWidth(head);
  if (displayWidth(text) <= room) return [(head + text).trimEnd()];
  // Too little room beside the head: the text goes under it, indented.
  if (room < 16 && displayWidth(head) > 8) return [head.trimEnd(), ...runOn(' '.repeat(Math.min(8, displayWidth(head))), text, width)];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && displayWidth(line) + 1 + displayWidth(word) > room) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  const pad = ' '.repeat(displayWidth(head));
  return lines.map((l, i) => (i === 0 ? head : pad) + l);
}

export function seriesText(series: Series, names: ZoneNames, bold: (s: string) => string, width?: number): string[] {
  const t = seriesTable(series, names);
  const out = [bold(t.title)];
  out.push(t.movedNote ? `  ${t.movedNote}` : '  Clock changes move it for some:', ...(t.movedNote ? [] : columns(t.moved, '    ', width)));
  if (t.rotation) out.push(...runOn('  ', t.rotationNote!, width), ...columns(t.rotation, '    ', width));
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
