// Occurrences from every file -> meetings -> series. The same meeting seen in several people's
// files (the same UID and recurrence id) is one meeting with everyone's answers merged; a series
// is every occurrence of one UID. The result does not depend on the order of the files, so that
// shards audited apart and merged (--merge) give what one run gives. Pure.
import type { CalendarPerson, Occurrence, PartStat, Sighting, Window } from './types.js';

export interface Series {
  /** The UID. */
  key: string;
  title: string;
  description: string;
  rrule?: string;
  recurring: boolean;
  organizer?: CalendarPerson;
  /** The organizer first, then everyone invited, each once, with their answer. */
  people: CalendarPerson[];
  /** In time order. */
  occurrences: Occurrence[];
  /** The usual length in minutes (the median). */
  minutes: number;
  /** The first place it is written: "file:line". */
  where: string;
  /** The files it was found in, sorted. */
  files: string[];
  zone: string;
}

/** Which answer wins when two files disagree: the most definite one (a person's own file says what they answered). */
const RANK: Record<PartStat, number> = { DECLINED: 5, ACCEPTED: 4, TENTATIVE: 3, DELEGATED: 2, 'NEEDS-ACTION': 1 };

const byPlace = (a: Sighting, b: Sighting): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);

/** One occurrence per UID and recurrence id: a moved copy wins over the original (people are merged per series, in seriesOf). */
export function mergeOccurrences(all: readonly Occurrence[]): Occurrence[] {
  const groups = new Map<string, Occurrence[]>();
  for (const o of all) {
    const key = `${o.uid}\n${o.recurrenceId}`;
    const list = groups.get(key);
    if (list) list.push(o);
    else groups.set(key, [o]);
  }
  const merged: Occurrence[] = [];
  for (const list of groups.values()) {
    list.sort(byPlace);
    const chosen = list.find((o) => o.moved) ?? list[0]!;
    merged.push(chosen === list[0] ? chosen : { ...chosen, file: list[0]!.file, line: list[0]!.line });
  }
  return merged;
}

export function mergePeople(people: readonly CalendarPerson[]): CalendarPerson[] {
  const byEmail = new Map<string, CalendarPerson>();
  for (const p of people) {
    const seen = byEmail.get(p.email);
    if (!seen) byEmail.set(p.email, p);
    else {
      const answer = RANK[p.partstat] > RANK[seen.partstat] ? p.partstat : seen.partstat;
      byEmail.set(p.email, { ...seen, partstat: answer, ...(seen.name ? {} : p.name ? { name: p.name } : {}), ...(seen.optional && p.optional ? {} : { optional: undefined }) });
    }
  }
  return [...byEmail.values()].map((p) => (p.optional ? p : { email: p.email, ...(p.name ? { name: p.name } : {}), partstat: p.partstat })).sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0));
}

/** Merged occurrences (and the files that only sighted a series) -> series, sorted by key. */
export function seriesOf(occurrences: readonly Occurrence[], sightings: readonly Sighting[] = []): Series[] {
  // Who is invited and what each answered, from every copy in every file; the reader shares one
  // list between the occurrences of an event, so each distinct list is merged once.
  const filesOf = new Map<string, Set<string>>();
  const listsOf = new Map<string, Set<readonly CalendarPerson[]>>();
  const firstOf = new Map<string, Sighting>();
  for (const o of [...occurrences, ...sightings]) {
    (filesOf.get(o.uid) ?? filesOf.set(o.uid, new Set()).get(o.uid)!).add(o.file);
    (listsOf.get(o.uid) ?? listsOf.set(o.uid, new Set()).get(o.uid)!).add(o.attendees);
    const first = firstOf.get(o.uid);
    if (!first || byPlace(o, first) < 0) firstOf.set(o.uid, o);
  }
  const byUid = new Map<string, Occurrence[]>();
  for (const o of mergeOccurrences(occurrences)) {
    const list = byUid.get(o.uid);
    if (list) list.push(o);
    else byUid.set(o.uid, [o]);
  }
  return [...byUid.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, list]) => {
      list.sort((a, b) => a.start - b.start || a.recurrenceId - b.recurrenceId);
      const first = firstOf.get(key)!;
      const organizer = [first, ...list].map((o) => o.organizer).find(Boolean);
      const invited = mergePeople([...listsOf.get(key)!].flat());
      const people = organizer ? [invited.find((p) => p.email === organizer.email) ?? organizer, ...invited.filter((p) => p.email !== organizer.email)] : invited;
      const rrule = list.map((o) => o.rrule).find(Boolean);
      return {
        key,
        title: first.title,
        description: first.description,
        ...(rrule ? { rrule } : {}),
        recurring: rrule !== undefined,
        ...(organizer ? { organizer } : {}),
        people,
        occurrences: list,
        minutes: median(list.map((o) => Math.round((o.end - o.start) / 60_000))),
        where: `${first.file}:${first.line}`,
        files: [...filesOf.get(key)!].sort(),
        zone: first.zone,
      };
    });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** Who spends the time: everyone but those who declined. */
export const attending = (s: Pick<Series, 'people'>): CalendarPerson[] => s.people.filter((p) => p.partstat !== 'DECLINED');

/** Person-hours in the window, per week, and per year (a one-off counts once). */
export function personHours(s: Series, window: Window): { window: number; perWeek: number; perYear: number } {
  const count = attending(s).length;
  const total = s.occurrences.reduce((sum, o) => sum + ((o.end - o.start) / 3_600_000) * count, 0);
  const perWeek = total / window.weeks;
  return { window: round(total), perWeek: round(perWeek), perYear: round(s.recurring ? perWeek * 52 : total) };
}

export const round = (n: number, places = 1): number => Math.round(n * 10 ** places) / 10 ** places;

/** "weekly", "every 2 weeks", "daily", "monthly", or "once". */
export function frequencyOf(s: Pick<Series, 'rrule' | 'recurring'>): string {
  if (!s.recurring || !s.rrule) return 'once';
  const parts = new Map(s.rrule.split(';').map((kv) => kv.split('=') as [string, string]).map(([k, v]) => [k.toUpperCase(), v ?? '']));
  const freq = (parts.get('FREQ') ?? '').toUpperCase();
  const interval = Number(parts.get('INTERVAL') ?? '1') || 1;
  const days = (parts.get('BYDAY') ?? '').split(',').filter(Boolean).length;
  const unit = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month', YEARLY: 'year', HOURLY: 'hour', MINUTELY: 'minute', SECONDLY: 'second' }[freq] ?? 'time';
  const base = interval === 1 ? ({ day: 'daily', week: 'weekly', month: 'monthly', year: 'yearly' } as Record<string, string>)[unit] ?? `every ${unit}` : `every ${interval} ${unit}s`;
  return freq === 'WEEKLY' && days > 1 ? `${days} days a ${interval === 1 ? 'week' : `${interval} weeks`}` : base;
}
