// When no hour suits everyone, a recurring meeting should not leave the awkward hour with the same
// people all year. For each zone, the start that asks least of everyone else is the one where that
// zone takes the awkward hour; the series then takes them in turn, each meeting going to the zone
// that has taken it least so far (re-read at every meeting, since a clock change may move who is
// stretched). Pure: the starts, the people and the quiet hours come in.
import type { Zone } from 'luxon';
import { DAY, MINUTE, type Participant, type Span, clashesWithQuiet, quietSpans, touches, wallClockInstant, weekendSpans, workSpans } from './hours.js';
import { QUARTER } from './cost.js';
import { toHours } from './team.js';
import { isoUtc, localDay } from './label.js';
import type { HoursRange } from './zones.js';

/** How one meeting reaches outside one zone's working hours. */
export interface Burden {
  zone: string;
  side: 'early' | 'late';
  hours: number;
  /** It touches their quiet hours. */
  night?: boolean;
}

export interface RotationSlot {
  /** A, B, C, ... */
  id: string;
  /** The zone that takes the awkward hour at this start. */
  for: string;
  /** Local start in each zone (HH:mm) at the first meeting it is used for. */
  local: Record<string, string>;
}

export interface RotatedMeeting {
  number: number;
  start: string;
  /** The organizer's day, e.g. "Mon 7 Dec". */
  day: string;
  slot: string;
  /** Who is outside their hours, most stretched first (the first takes the awkward hour). */
  awkward: Burden[];
}

export interface Rotation {
  slots: RotationSlot[];
  meetings: RotatedMeeting[];
  /** Zone -> meetings of the series in which it takes the awkward hour. */
  taken: Record<string, number>;
}

export interface RotationInput {
  participants: readonly Participant[];
  organizer: Zone;
  /** The series' starts at its first slot (occurrences()). */
  starts: readonly number[];
  minutes: number;
  quiet: HoursRange;
}

interface Reading {
  each: { zone: string; stretch: number; side: 'early' | 'late'; night: boolean; weekend: boolean }[];
}

/** What a meeting at [t, t + length) asks of each participant. */
function read(participants: readonly Participant[], quiet: HoursRange, t: number, length: number): Reading {
  const [from, to] = [t - 2 * DAY, t + length + 2 * DAY];
  return {
    each: participants.map((p) => {
      const work = workSpans(p, from, to);
      const { stretch, side } = reach(work, t, t + length);
      return {
        zone: p.zone.name,
        stretch,
        side,
        night: clashesWithQuiet(work, quietSpans(p.zone, quiet, from, to), t, t + length),
        weekend: touches(weekendSpans(p, from, to), t, t + length),
      };
    }),
  };
}

/** How far [start, end) reaches outside the nearest working span, and on which side of it. */
function reach(work: Span[], start: number, end: number): { stretch: number; side: 'early' | 'late' } {
  let best = { stretch: Infinity, side: 'early' as 'early' | 'late' };
  for (const w of work) {
    const s = Math.max(0, w.start - start) + Math.max(0, end - w.end);
    if (s < best.stretch) best = { stretch: s, side: w.start > start ? 'early' : 'late' };
  }
  return best;
}

const wall = (t: number, zone: Zone): number => t + zone.offset(t) * MINUTE;

/** The same organizer wall-clock minute of the day as `minute`, on the day of `t`. */
const onDayOf = (t: number, minute: number, zone: Zone): number => {
  const local = wall(t, zone);
  return wallClockInstant(local - (((local % DAY) + DAY) % DAY) + minute * MINUTE, zone);
};

/** Sort key: fewer weekends, then fewer nights for the others, the others' worst stretch (by half hours), the zone's own night, then stretch. */
function keyFor(r: Reading, zone: string): number[] {
  const others = r.each.filter((e) => e.zone !== zone);
  const own = r.each.filter((e) => e.zone === zone);
  return [
    r.each.filter((e) => e.weekend).length,
    others.filter((e) => e.night).length,
    // By half hours: a start a quarter hour kinder to the others does not push this zone into its night.
    Math.ceil(Math.max(0, ...others.map((e) => e.stretch)) / (30 * MINUTE)),
    own.filter((e) => e.night).length,
    Math.max(0, ...others.map((e) => e.stretch)),
    Math.max(0, ...own.map((e) => e.stretch)),
  ];
}

const before = (a: number[], b: number[]): boolean => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
};

const awkwardOf = (r: Reading): Burden[] => {
  const byZone = new Map<string, Burden>();
  for (const e of r.each) {
    if (e.stretch <= 0) continue;
    const hours = toHours(e.stretch);
    const known = byZone.get(e.zone);
    if (!known || hours > known.hours) byZone.set(e.zone, { zone: e.zone, side: e.side, hours, ...(e.night ? { night: true } : {}) });
  }
  return [...byZone.values()].sort((a, b) => b.hours - a.hours);
};

/** The rotation for the series; undefined when one start is the best whoever takes it (nothing to rotate). */
export function rotation(input: RotationInput): Rotation | undefined {
  const { participants, organizer, starts, minutes, quiet } = input;
  const length = minutes * MINUTE;
  const zones = [...new Set(participants.map((p) => p.zone.name))];
  if (starts.length === 0 || zones.length < 2) return undefined;
  // Per zone, the organizer's time of day (minutes) at which that zone takes the awkward hour.
  const first = starts[0]!;
  const day = Array.from({ length: DAY / QUARTER }, (_, q) => q * (QUARTER / MINUTE));
  const readings = day.map((minute) => read(participants, quiet, onDayOf(first, minute, organizer), length));
  const candidates: { minute: number; zone: string }[] = [];
  for (const zone of zones) {
    let best: { minute: number; key: number[] } | undefined;
    day.forEach((minute, q) => {
      const key = keyFor(readings[q]!, zone);
      if (!best || before(key, best.key)) best = { minute, key };
    });
    if (best && !candidates.some((c) => c.minute === best!.minute)) candidates.push({ minute: best.minute, zone });
  }
  if (candidates.length < 2) return undefined;
  const taken = new Map(zones.map((z) => [z, 0]));
  const slots: RotationSlot[] = [];
  const meetings: RotatedMeeting[] = starts.map((start, k) => {
    const options = candidates.map((c, i) => {
      const t = onDayOf(start, c.minute, organizer);
      const awkward = awkwardOf(read(participants, quiet, t, length));
      return { i, t, awkward, load: taken.get(awkward[0]?.zone ?? '') ?? 0 };
    });
    const pick = options.reduce((a, b) => (b.load < a.load ? b : a));
    const bearer = pick.awkward[0]?.zone;
    if (bearer) taken.set(bearer, (taken.get(bearer) ?? 0) + 1);
    const id = String.fromCharCode(65 + pick.i);
    if (!slots.some((s) => s.id === id)) {
      const local = Object.fromEntries(participants.map((p) => [p.zone.name, new Date(wall(pick.t, p.zone)).toISOString().slice(11, 16)]));
      slots.push({ id, for: candidates[pick.i]!.zone, local });
    }
    return { number: k + 1, start: isoUtc(pick.t), day: localDay(pick.t, organizer), slot: id, awkward: pick.awkward };
  });
  return { slots: slots.sort((a, b) => a.id.localeCompare(b.id)), meetings, taken: Object.fromEntries(taken) };
}
