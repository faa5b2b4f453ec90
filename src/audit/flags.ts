// What stands out about a series, each with the reason in numbers. These are observations; what
// to do about them is the verdict table's (rules/audit.yaml). Pure.
import { localClock, type KnownPerson, type PeopleIndex } from './people.js';
import { attending, type Series } from './series.js';

export const FLAG_IDS = ['group-recurring', 'nobody-accepted', 'too-long', 'outside-hours', 'overlap'] as const;
export type FlagId = (typeof FLAG_IDS)[number];

export interface Flag {
  id: FlagId;
  reason: string;
}

/** How long a meeting of this length could be: the 25/50-minute habit (30 -> 25, 60 -> 50). */
export const shorterLength = (minutes: number): number | undefined => (minutes >= 30 && minutes % 30 === 0 ? (minutes >= 60 ? minutes - 10 : minutes - 5) : undefined);

export function flagsOf(s: Series, index: PeopleIndex, overlaps: ReadonlyMap<string, Overlap>): Flag[] {
  const flags: Flag[] = [];
  const people = attending(s);
  if (s.recurring && people.length >= 3) flags.push({ id: 'group-recurring', reason: `repeats with ${people.length} people` });
  const others = s.people.filter((p) => p.email !== s.organizer?.email && !p.optional);
  if (others.length > 0 && !others.some((p) => p.partstat === 'ACCEPTED')) {
    const declined = others.filter((p) => p.partstat === 'DECLINED').length;
    flags.push({ id: 'nobody-accepted', reason: `${others.length === 1 ? 'the one person invited' : `none of the ${others.length} invited`} ${others.length === 1 ? 'did not accept' : 'accepted'}${declined > 0 ? ` (${declined} declined)` : ''}` });
  }
  const shorter = shorterLength(s.minutes);
  if (shorter !== undefined) flags.push({ id: 'too-long', reason: `${s.minutes} minutes could be ${shorter}, leaving time between meetings` });
  const outside = outsideHours(s, index);
  if (outside.length > 0) flags.push({ id: 'outside-hours', reason: outside.join('; ') });
  // One clash in a month of dailies is a double booking; half the meetings of both or more is a pattern.
  const overlap = overlaps.get(s.key);
  if (overlap && overlap.times * 2 >= s.occurrences.length && overlap.times * 2 >= overlap.otherCount) flags.push({ id: 'overlap', reason: `${overlap.times} time${overlap.times === 1 ? '' : 's'} at the same time as "${overlap.title}", with ${overlap.shared} of the same people` });
  return flags;
}

/** "outside Priya's hours (09:00-17:00 Asia/Kolkata) 4 of 4 times", "on Omar's day off (Fri) 4 of 4 times". */
function outsideHours(s: Series, index: PeopleIndex): string[] {
  const lines: string[] = [];
  for (const p of attending(s)) {
    const known = index(p);
    if (!known) continue;
    let late = 0;
    let off = 0;
    for (const o of s.occurrences) {
      const start = localClock(o.start, known.zone);
      const end = localClock(o.end - 1, known.zone);
      if (known.weekend.includes(start.weekday) || known.daysOff.includes(start.date)) off++;
      else if (start.minutes < known.hours.start || end.minutes + 1 > known.hours.end || end.date !== start.date) late++;
    }
    const of = `${s.occurrences.length}`;
    if (late > 0) lines.push(`outside ${known.name}'s hours (${known.hours.text} ${known.zone.name}) ${late} of ${of} times`);
    if (off > 0) lines.push(`on ${known.name}'s day off ${off} of ${of} times`);
  }
  return lines;
}

export interface Overlap {
  title: string;
  times: number;
  shared: number;
  /** How many meetings the other series has in the window. */
  otherCount: number;
}

/**
 * For each series, the other series it most often runs at the same time as with at least two of
 * the same people (a double booking, or two meetings that could be one). A sweep over all
 * occurrences in time order.
 */
export function overlapsOf(series: readonly Series[]): Map<string, Overlap> {
  const events = series.flatMap((s) => s.occurrences.map((o) => ({ s, start: o.start, end: o.end }))).sort((a, b) => a.start - b.start || (a.s.key < b.s.key ? -1 : 1));
  const emails = new Map(series.map((s) => [s.key, new Set(attending(s).map((p) => p.email))]));
  const counts = new Map<string, Map<string, { times: number; shared: number }>>();
  const note = (a: Series, b: Series, shared: number): void => {
    const row = counts.get(a.key) ?? new Map();
    const seen = row.get(b.key) ?? { times: 0, shared };
    row.set(b.key, { times: seen.times + 1, shared });
    counts.set(a.key, row);
  };
  let active: typeof events = [];
  for (const e of events) {
    active = active.filter((a) => a.end > e.start);
    for (const a of active) {
      if (a.s.key === e.s.key) continue;
      const mine = emails.get(e.s.key)!;
      let shared = 0;
      for (const email of emails.get(a.s.key)!) if (mine.has(email)) shared++;
      if (shared < 2) continue;
      note(e.s, a.s, shared);
      note(a.s, e.s, shared);
    }
    active.push(e);
  }
  const byKey = new Map(series.map((s) => [s.key, s]));
  const result = new Map<string, Overlap>();
  for (const [key, row] of counts) {
    const [other, best] = [...row.entries()].sort(([ka, a], [kb, b]) => b.times - a.times || (ka < kb ? -1 : 1))[0]!;
    const them = byKey.get(other)!;
    result.set(key, { title: them.title, otherCount: them.occurrences.length, ...best });
  }
  return result;
}

export type { KnownPerson };
