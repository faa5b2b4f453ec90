// When no hour suits everyone, a recurring meeting should not leave the awkward hour with the same
// people all year. For each zone, the start that asks least of everyone else is the one where that
// zone takes the awkward hour, never one in anyone's night while some hour keeps everyone out of
// theirs (so London, New York and Sydney do not rotate: only London's evening and Sydney's early
// morning keep all three out of the night); the series then takes them in turn, each meeting going to the zone
// that has taken it least so far (re-read at every meeting, since a clock change may move who is
// stretched). Pure: the starts, the people and the quiet hours come in.
import type { Zone } from 'luxon';
import { DAY, MINUTE, type Participant, wallClockInstant } from './hours.js';
import { type Clock, clockOf, offDay, stretchOf, wall } from './meeting-clock.js';
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

/**
 * What a meeting at [t, t + length) asks of each participant, read from the clock alone: their
 * local time of day against their hours (on the nearest day), their weekday and days off, their
 * quiet hours. A year of meetings is read this way in a few thousand offset look-ups, where
 * building everyone's spans for the year cost a hundred times more.
 */
function read(participants: readonly Participant[], quiet: HoursRange, t: number, length: number): Reading {
  return {
    each: participants.map((p) => {
      const clock = clockOf(p, t, length);
      return { zone: p.zone.name, ...stretchOf(clock), night: inQuiet(quiet, clock), weekend: offDay(p, clock) };
    }),
  };
}

/** True when some minute of [s, e) is in the quiet hours and outside [hs, he) (minutes of the local day). */
function inQuiet(quiet: HoursRange, { s, e, hs, he }: Clock): boolean {
  const [qs, qe] = [quiet.start, quiet.end <= quiet.start ? quiet.end + 1440 : quiet.end];
  for (const shift of [-1440, 0, 1440]) {
    const [a, b] = [Math.max(s, qs + shift), Math.min(e, qe + shift)];
    if (a >= b) continue;
    // Quiet minutes inside working hours do not count (someone who works 20:00-04:00).
    if (![-1440, 0, 1440].some((k) => a >= hs + k && b <= he + k)) return true;
  }
  return false;
}


/** The same organizer wall-clock minute of the day as `minute`, on the day of `t`. */
const onDayOf = (t: number, minute: number, zone: Zone): number => {
  const local = wall(t, zone);
  return wallClockInstant(local - (((local % DAY) + DAY) % DAY) + minute * MINUTE, zone);
};

/**
 * Sort key: fewer weekends, then fewer nights for anyone (nobody is asked into their night to
 * share the awkward hour out while an hour exists that keeps everyone out of it), fewer for the
 * others, the others' worst stretch (by half hours), the zone's own night, then stretch.
 */
function keyFor(r: Reading, zone: string): number[] {
  const others = r.each.filter((e) => e.zone !== zone);
  const own = r.each.filter((e) => e.zone === zone);
  return [
    r.each.filter((e) => e.weekend).length,
    r.each.filter((e) => e.night).length,
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

/**
 * The rotation for the series; undefined when its own start is the best all year whoever takes it
 * (nothing to rotate or move). Clock changes move zones against each other, so the starts each
 * zone may take are worked out again for each stretch of the year in which everyone's offsets stay
 * the same: London, New York and Sydney meet at London's evening in the northern winter and at
 * London's noon in its summer, when the evening would be 05:00 in Sydney.
 */
export function rotation(input: RotationInput): Rotation | undefined {
  const { participants, organizer, starts, minutes, quiet } = input;
  const length = minutes * MINUTE;
  const zones = [...new Set(participants.map((p) => p.zone.name))];
  if (starts.length === 0 || zones.length < 2) return undefined;
  const seasons = new Map<string, Candidate[]>();
  const seasonOf = (t: number): string => [organizer, ...participants.map((p) => p.zone)].map((z) => z.offset(t)).join(',');
  const taken = new Map(zones.map((z) => [z, 0]));
  const slots: RotationSlot[] = [];
  const slotIds = new Map<string, string>();
  const meetings: RotatedMeeting[] = starts.map((start, k) => {
    const season = seasonOf(start);
    let candidates = seasons.get(season);
    if (!candidates) seasons.set(season, (candidates = withOwn(candidatesOn(start, input, zones), start, input, k === 0)));
    const options = (candidates.length > 0 ? candidates : [{ minute: minuteOf(start, organizer), zone: '' }]).map((c) => {
      const t = onDayOf(start, c.minute, organizer);
      const awkward = awkwardOf(read(participants, quiet, t, length));
      return { c, t, awkward, load: taken.get(awkward[0]?.zone ?? '') ?? 0 };
    });
    const pick = options.reduce((a, b) => (b.load < a.load ? b : a));
    const bearer = pick.awkward[0]?.zone;
    if (bearer) taken.set(bearer, (taken.get(bearer) ?? 0) + 1);
    // The same time of day in another season is the same slot (its local times are its first meeting's).
    const key = String(pick.c.minute);
    let id = slotIds.get(key);
    if (id === undefined) {
      slotIds.set(key, (id = String.fromCharCode(65 + slotIds.size)));
      const local = Object.fromEntries(participants.map((p) => [p.zone.name, new Date(wall(pick.t, p.zone)).toISOString().slice(11, 16)]));
      slots.push({ id, for: pick.c.zone || bearer || '', local });
    }
    return { number: k + 1, start: isoUtc(pick.t), day: localDay(pick.t, organizer), slot: id, awkward: pick.awkward };
  });
  const own = minuteOf(starts[0]!, organizer);
  if (slotIds.size < 2 && slotIds.has(String(own))) return undefined;
  return { slots, meetings, taken: Object.fromEntries(taken) };
}

interface Candidate {
  /** The organizer's minute of the day. */
  minute: number;
  /** The zone that takes the awkward hour at it. */
  zone: string;
}

/** Per zone, the organizer's time of day on the day of `t` at which that zone takes the awkward hour. */
function candidatesOn(t: number, input: RotationInput, zones: readonly string[]): Candidate[] {
  const { participants, organizer, minutes, quiet } = input;
  const day = Array.from({ length: DAY / QUARTER }, (_, q) => q * (QUARTER / MINUTE));
  const readings = day.map((minute) => read(participants, quiet, onDayOf(t, minute, organizer), minutes * MINUTE));
  const candidates: Candidate[] = [];
  for (const zone of zones) {
    let best: { q: number; key: number[] } | undefined;
    day.forEach((_, q) => {
      const key = keyFor(readings[q]!, zone);
      if (!best || before(key, best.key)) best = { q, key };
    });
    if (!best) continue;
    // A start at which another zone is still the most stretched is not this zone's turn.
    const minute = day[best.q]!;
    if (awkwardOf(readings[best.q]!)[0]?.zone === zone && !candidates.some((c) => c.minute === minute)) candidates.push({ minute, zone });
  }
  return candidates;
}

/**
 * In the season of the series' first meeting, the step's own start (the first slot the advice
 * shows) stands for the zone it stretches most, when it keeps everyone out of their night: the
 * slot a person reads and the series' first meeting are then the same.
 */
function withOwn(candidates: Candidate[], start: number, input: RotationInput, first: boolean): Candidate[] {
  if (!first) return candidates;
  const reading = read(input.participants, input.quiet, start, input.minutes * MINUTE);
  const bearer = awkwardOf(reading)[0]?.zone;
  if (!bearer || reading.each.some((e) => e.night || e.weekend)) return candidates;
  const own: Candidate = { minute: minuteOf(start, input.organizer), zone: bearer };
  return [own, ...candidates.filter((c) => c.zone !== bearer && c.minute !== own.minute)];
}

const minuteOf = (t: number, zone: Zone): number => {
  const local = wall(t, zone);
  return (((local % DAY) + DAY) % DAY) / MINUTE;
};
