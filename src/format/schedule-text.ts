// The "Time zones" section of the text output: what a person would otherwise work out on a
// world clock, laid out so the overlap is visible at a glance.
import type { ChalkInstance } from 'chalk';
import type { Advice } from '../core/advice.js';
import type { Schedule, SuggestedSlot, TimeWindow } from '../core/time/types.js';
import { type StripOptions, renderStrips } from './strip.js';
import type { Timeline } from '../core/time/timeline.js';
import { padColumns, widest } from '../text/width.js';

/** Enough to choose from without turning the section into a calendar. */
export const MAX_WINDOWS = 3;

/** "3 hours", "55 min", "1 h 50 min": how people say a length of time. */
export const hoursText = (hours: number): string => {
  const minutes = Math.round(hours * 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (m === 0) return `${h} ${h === 1 ? 'hour' : 'hours'}`;
  return h === 0 ? `${m} min` : `${h} h ${m} min`;
};

/**
 * A local time with its day: "Mon 16 Mar 09:00-13:00". Windows carry a bare "HH:mm-HH:mm", which
 * cannot tell one day's window from the next, so the day comes from `days` (slots carry it already).
 */
export function localWithDay(time: TimeWindow, zone: string): string | undefined {
  const local = time.local[zone];
  if (local === undefined || !/^\d/.test(local)) return local;
  const day = time.days?.[zone];
  return day ? `${day} ${local}` : local;
}

/** Shared hours stand out; quiet hours fade. The strips themselves stay plain characters. */
const colourStrip = (line: string, c: ChalkInstance): string =>
  line
    .replace(/\u2588+/g, (run) => c.green(run))
    .replace(/\u2593+/g, (run) => c.cyan(run))
    .replace(/\u2591+/g, (run) => c.dim(run));

/** Zone -> "Priya, Tom" where a roster named the people in it. */
export type ZoneNames = Record<string, string> | undefined;

/** "Priya (Asia/Kolkata)" where the roster named someone there; the IANA name always shows. */
export const zoneLabel = (zone: string, names: ZoneNames): string => (names?.[zone] ? `${names[zone]} (${zone})` : zone);

/** Participant zones in the order given, each once; falls back to the zones the times name. */
export function zonesOf(schedule: Schedule): string[] {
  const named = schedule.participants.map((p) => p.zone);
  const fromTimes = [schedule.replyBy?.local, ...schedule.windows.map((w) => w.local), ...schedule.suggestedSlots.map((s) => s.local)]
    .flatMap((local) => Object.keys(local ?? {}));
  return [...new Set([...named, ...fromTimes])];
}

/** Wider than this, a table would wrap in a common terminal: fall back to one block per time. */
const MAX_TABLE_WIDTH = 80;

const outsideOf = (time: SuggestedSlot, zone: string): number => {
  const entry = time.outsideHours?.find((o) => o.zone === zone);
  return entry ? entry.hours : 0;
};

/** "* outside working hours: Asia/Kolkata by 1.83 hours", or nothing when everyone is inside. */
function outsideLine(time: SuggestedSlot, zones: string[]): string | undefined {
  const who = zones.filter((z) => outsideOf(time, z) > 0).map((z) => `${z} by ${hoursText(outsideOf(time, z))}`);
  return who.length > 0 ? `* outside working hours: ${who.join(', ')}` : undefined;
}

/**
 * Numbered times with a column per zone, so each zone's day reads straight down. A star marks a
 * local time outside that person's working hours.
 */
export function timeTable(times: SuggestedSlot[], zones: string[], c: ChalkInstance, names: ZoneNames): string[] {
  const cells = times.map((t) => zones.map((z) => `${localWithDay(t, z) ?? '—'}${outsideOf(t, z) > 0 ? '*' : ''}`));
  const labels = zones.map((z) => zoneLabel(z, names));
  const widths = zones.map((_, i) => widest([labels[i]!, ...cells.map((row) => row[i]!)]));
  const numberWidth = `${times.length}.`.length + 1;
  const width = 4 + numberWidth + widths.reduce((sum, w) => sum + w, 0) + 2 * (widths.length - 1);
  if (width > MAX_TABLE_WIDTH) return timeBlocks(times, zones, c, names);
  const row = (values: string[]) => values.map((v, i) => padColumns(v, widths[i]!)).join('  ').trimEnd();
  const lines = [c.dim(`    ${' '.repeat(numberWidth)}${row(labels)}`)];
  const notes = times.map((t) => outsideLine(t, zones));
  // The same people outside by the same amount on every row: say it once, under the table.
  const shared = notes.every((n) => n === notes[0]) ? notes[0] : undefined;
  const noteLine = (note: string) => c.yellow(`    ${' '.repeat(numberWidth)}${note}`);
  times.forEach((_, i) => {
    lines.push(`    ${`${i + 1}.`.padEnd(numberWidth)}${row(cells[i]!)}`);
    const note = notes[i];
    if (note && !shared) lines.push(noteLine(note));
  });
  if (shared) lines.push(noteLine(shared));
  return lines;
}

/** One block per time: the number on the first line, then each zone's local time. */
function timeBlocks(times: SuggestedSlot[], zones: string[], c: ChalkInstance, names: ZoneNames): string[] {
  const width = widest(zones.map((z) => zoneLabel(z, names)));
  return times.flatMap((time, index) => {
    const number = `${index + 1}.`;
    return zones.map((zone, i) => {
      const lead = i === 0 ? number : ' '.repeat(number.length);
      const hours = outsideOf(time, zone);
      const tail = hours > 0 ? `  ${c.yellow(`(${hoursText(hours)} outside working hours)`)}` : '';
      return `    ${lead} ${padColumns(zoneLabel(zone, names), width)}  ${localWithDay(time, zone) ?? '—'}${tail}`;
    });
  });
}

function windowLines(windows: TimeWindow[], zones: string[], c: ChalkInstance, names: ZoneNames): string[] {
  if (windows.length === 0) return [];
  const more = windows.length > MAX_WINDOWS ? c.dim(`  (first ${MAX_WINDOWS} of ${windows.length})`) : '';
  return [
    `  ${c.bold('Shared windows')}${more}`,
    ...timeTable(windows.slice(0, MAX_WINDOWS), zones, c, names),
  ];
}

/** The "Time zones" section for several zones (empty for one); each step shows its own times (steps-text.ts). */
export function timeSection(advice: Advice, c: ChalkInstance, options: StripOptions & { timeline?: Timeline } = {}, names?: ZoneNames): string[] {
  const { schedule } = advice;
  const zones = zonesOf(schedule);
  if (zones.length <= 1) return [];
  const body = [
    schedule.overlapHours > 0
      ? `  Shared working hours: ${c.bold(hoursText(schedule.overlapHours))}${c.dim(` (longest window in the 7 days from ${schedule.referenceDate})`)}`
      : `  ${c.yellow(`No shared working hours in the 7 days from ${schedule.referenceDate}.`)}`,
  ];
  const strips = options.timeline ? renderStrips(options.timeline, options) : [];
  if (strips.length > 0) body.push('', ...strips.map((line) => `  ${colourStrip(line, c)}`));
  const windows = windowLines(schedule.windows, zones, c, names);
  if (windows.length > 0) body.push('', ...windows);
  return [c.bold('Time zones'), ...body];
}
