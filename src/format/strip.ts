// A 24-hour strip per participant on one common time axis, so the overlap shows at a glance:
//
//                          Mon 16 Mar UTC 00    06    12    18
//   America/New_York  20:00 ░░░░░░░░░░░·▓▓▓▓████····
//   Europe/London     00:00 ░░░░░░░·▓▓▓▓████·····░░
//                     █ shared  ▓ working  · off  ░ quiet 22:00-07:00
//
// One character per hour, read at the middle of the hour (so half-hour zones round to the hour
// they mostly cover). The left column is each zone's local time at the start of the axis. The
// axis is the organizer's calendar day holding the first shared window (else the first suggested
// slot, else the reference date), shifted to keep that window whole when it crosses midnight.
// The spans are the core's own (core/time/timeline.ts): weekends and days off show as off.
// Plain characters only; the text formatter may colour them.
import { DateTime, type Zone } from 'luxon';
import { HOUR, type Span } from '../core/time/hours.js';
import type { Timeline } from '../core/time/timeline.js';
import { padColumns, widest } from '../text/width.js';

export interface StripOptions {
  /** #=-. instead of block characters, for terminals without them. */
  ascii?: boolean;
}

const GLYPHS = {
  unicode: { shared: '█', own: '▓', off: '·', quiet: '░' },
  ascii: { shared: '#', own: '=', off: '-', quiet: '.' },
};

/** The strips, from the spans the core worked out (advice.timeline). */
export function renderStrips(timeline: Timeline, options: StripOptions = {}): string[] {
  const { people, organizer } = timeline;
  if (people.length === 0) return [];
  const glyph = options.ascii ? GLYPHS.ascii : GLYPHS.unicode;
  const axisStart = axisStartOf(timeline.focus, organizer);
  const mids = Array.from({ length: 24 }, (_, h) => axisStart + h * HOUR + HOUR / 2);
  const shared = mids.map((m) => people.every((p) => inside(p.work, m)));

  const labels = people.map((p) => (people.filter((o) => o.zone.name === p.zone.name).length > 1 ? `${p.zone.name}@${p.hours.text}` : p.zone.name));
  const head = `${DateTime.fromMillis(axisStart, { zone: organizer, locale: 'en-US' }).toFormat('ccc d LLL')} ${organizer.name}`;
  // The label column also holds the heading (the organizer's date) over the local-time column.
  const width = Math.max(widest(labels), head.length - 7);
  const rows = people.map((p, i) => {
    const cells = mids.map((m, h) => {
      if (inside(p.work, m)) return shared[h] ? glyph.shared : glyph.own;
      return inside(p.quiet, m) ? glyph.quiet : glyph.off;
    });
    const start = DateTime.fromMillis(axisStart, { zone: p.zone }).toFormat('HH:mm');
    return `${padColumns(labels[i]!, width)}  ${start} ${cells.join('')}`;
  });
  const pad = ' '.repeat(width + 8);
  const legend = `${glyph.shared} shared  ${glyph.own} working  ${glyph.off} off  ${glyph.quiet} quiet ${timeline.quietHours}`;
  return [`${head.padStart(width + 7)} ${ticks(axisStart, organizer)}`.trimEnd(), ...rows, `${pad}${legend}`];
}

/** The organizer's hour numbers every six hours, placed over their columns. */
function ticks(axisStart: number, zone: Zone): string {
  const line = Array.from({ length: 26 }, () => ' ');
  for (let h = 0; h < 24; h++) {
    const hour = DateTime.fromMillis(axisStart + h * HOUR + HOUR / 2, { zone }).hour;
    if (hour % 6 === 0) String(hour).padStart(2, '0').split('').forEach((ch, k) => (line[h + k] = ch));
  }
  return line.join('').trimEnd();
}

function axisStartOf(focus: Span, organizer: Zone): number {
  const dayStart = DateTime.fromMillis(focus.start, { zone: organizer }).startOf('day').toMillis();
  if (focus.end <= dayStart + 24 * HOUR) return dayStart;
  // The window crosses the organizer's midnight: centre it instead, on whole hours.
  const spare = Math.max(0, 24 * HOUR - (focus.end - focus.start));
  const hourStart = Math.floor(focus.start / HOUR) * HOUR;
  return hourStart - Math.floor(spare / 2 / HOUR) * HOUR;
}

const inside = (spans: readonly Span[], t: number): boolean => spans.some((s) => s.start <= t && t < s.end);
