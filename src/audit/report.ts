// Expanded occurrences + the rule set -> the audit report (`--json`'s contract, schemaVersion 1):
// series, their person-hours, flags, the answers inferred and the advice for the need behind each,
// through the same readNeed and advise as `ask`, then a verdict. Pure: time enters in the window
// and the need context; the memo is the caller's.
import { writtenUpdateMinutes } from '../core/cost.js';
import type { NeedContext } from '../answers/need.js';
import { readNeed } from '../answers/need.js';
import { advise } from '../core/advise.js';
import type { Advice } from '../core/advice.js';
import type { Memo } from '../core/memo.js';
import type { AnswerValue, Facts, RuleSet, VerdictKind } from '../core/types.js';
import { localStamp } from '../core/time/label.js';
import { type Flag, FLAG_IDS, flagsOf, overlapsOf, shorterLength } from './flags.js';
import { type Inferred, inferAnswers } from './infer.js';
import type { KnownPerson, PeopleIndex } from './people.js';
import { attending, frequencyOf, personHours, round, type Series, seriesOf } from './series.js';
import type { CalendarPerson, Occurrence, Sighting, SkipCounts, Window } from './types.js';
import { type Verdict, verdictOf } from './verdict.js';

/**
 * Where issue 20's work plugs in: the cost of a series where rates are known, and the written
 * message that would replace it. Both absent today; the report keeps their places (null).
 */
export interface AuditExtras {
  cost?: (s: Series, hours: SeriesReport['personHours']) => SeriesReport['cost'];
  replacement?: (s: Series, advice: Advice) => string | undefined;
}

export interface PersonReport extends CalendarPerson {
  /** The roster's name, where it knows them. */
  known?: string;
  /** The first meeting's start in their own zone: "Tue 3 Mar 09:00 Europe/London". */
  local?: string;
}

export interface SeriesReport {
  key: string;
  title: string;
  where: string;
  files: string[];
  recurring: boolean;
  frequency: string;
  rrule?: string;
  zone: string;
  minutes: number;
  /** Meetings in the window. */
  count: number;
  people: PersonReport[];
  personHours: { window: number; perWeek: number; perYear: number };
  /** Money per year when everyone attending has a rate (roster or --rate), times the overhead; else null. */
  cost: { perYear: number; currency?: string } | null;
  flags: Flag[];
  answers: Record<string, AnswerValue>;
  inferred: Inferred[];
  unknown: string[];
  advice: {
    recommendation: string;
    plan: string;
    label: string;
    row: string;
    meetingMinutes: number | null;
    /** What to do instead, step by step: each step's label, its first channel and its first checklist items. */
    steps: { n: number; kind: string; label: string; channel: string; checklist: string[] }[];
  } | null;
  verdict: Verdict;
  /** Person-hours a week the verdict gives back: for make-written, the meeting's less the writing and reading; for shorten, the trimmed minutes; all of them for merge. */
  savedPerWeek: number;
  /** The draft of the written step that would replace it (make-written and merge), as text; else null. */
  replacement: string | null;
  /** Each meeting in the window, so that shards can be merged (--merge). */
  occurrences: { recurrenceId: number; start: number; end: number; moved?: true }[];
  description: string;
  organizer?: CalendarPerson;
}

export interface AuditReport {
  schemaVersion: 1;
  window: { from: string; to: string; weeks: number };
  files: number;
  counts: { series: number; oneOffs: number; meetings: number; skipped: SkipCounts };
  totals: { personHoursPerWeek: number; perVerdict: Record<VerdictKind, number>; savedPerWeek: number };
  series: SeriesReport[];
}

export interface AuditInput {
  occurrences: readonly Occurrence[];
  /** Files that hold a series whose occurrences another file gave (see types.ts). */
  sightings?: readonly Sighting[];
  skips: SkipCounts;
  files: number;
  window: Window;
  ruleSet: RuleSet;
  need: NeedContext;
  people: PeopleIndex;
  memo?: Memo;
  extras?: AuditExtras;
}

export function auditReport(input: AuditInput): AuditReport {
  // Someone's own block of time (no one invited) is not a meeting: counted, not audited.
  const [all, solo] = partition(seriesOf(input.occurrences, input.sightings), (s) => s.people.length >= 2);
  const skipped = { ...input.skips, solo: input.skips.solo + solo.reduce((n, s) => n + s.occurrences.length, 0) };
  const overlaps = overlapsOf(all);
  const series = all.map((s) => seriesReport(s, input, flagsOf(s, input.people, overlaps), overlaps.get(s.key)?.title ?? '')).sort((a, b) => b.personHours.perWeek - a.personHours.perWeek || (a.key < b.key ? -1 : 1));
  const perVerdict = { keep: 0, shorten: 0, 'make-written': 0, merge: 0, review: 0 } as Record<VerdictKind, number>;
  for (const s of series) perVerdict[s.verdict.verdict] = round(perVerdict[s.verdict.verdict] + s.personHours.perWeek);
  const { window } = input;
  return {
    schemaVersion: 1,
    window: { from: new Date(window.start).toISOString(), to: new Date(window.end).toISOString(), weeks: window.weeks },
    files: input.files,
    counts: { series: series.filter((s) => s.recurring).length, oneOffs: series.filter((s) => !s.recurring).length, meetings: series.reduce((n, s) => n + s.count, 0), skipped },
    totals: { personHoursPerWeek: round(series.reduce((n, s) => n + s.personHours.perWeek, 0)), perVerdict, savedPerWeek: round(series.reduce((n, s) => n + s.savedPerWeek, 0)) },
    series,
  };
}

function seriesReport(s: Series, input: AuditInput, flags: Flag[], overlapTitle: string): SeriesReport {
  const { ruleSet, people: index } = input;
  const hours = personHours(s, input.window);
  const inference = inferAnswers(s, ruleSet, index);
  const advised = inference.unknown.length > 0 ? undefined : adviceFor(inference.answers, inference.known, input);
  const advice = advised && !('problems' in advised) ? advised : undefined;
  if (advised && 'problems' in advised) inference.unknown.push(...advised.problems);
  const live = advice?.steps.filter((st) => st.kind === 'live') ?? [];
  const advisedMinutes = live.length > 0 ? advice!.meetingMinutes ?? 0 : 0;
  const suggested = shorterLength(s.minutes) ?? (advisedMinutes > 0 ? Math.min(s.minutes, advisedMinutes) : s.minutes);
  // Made written, it still costs the writing and the reading (the rule set's writtenMinutes, as
  // `ask` counts a recurring meeting's written year): what goes back is the difference.
  const writing = ((s.occurrences.length / input.window.weeks) * writtenUpdateMinutes(attending(s).length, ruleSet.settings)) / 60;
  const facts: Facts = {
    mode: advice ? advice.recommendation : 'unknown',
    purpose: typeof inference.answers.purpose === 'string' ? inference.answers.purpose : 'unknown',
    recurring: s.recurring,
    people: attending(s).length,
    minutes: s.minutes,
    advised_minutes: advisedMinutes,
    suggested_minutes: suggested,
    person_hours_per_week: hours.perWeek,
    written_hours_per_week: round(writing),
    ...Object.fromEntries(FLAG_IDS.map((id) => [`flag_${id.replace(/-/g, '_')}`, flags.some((f) => f.id === id)])),
  };
  const verdict = verdictOf(ruleSet, facts, { title: s.title, frequency: frequencyOf(s), label: advice?.label ?? '', overlap_title: overlapTitle });
  const saved =
    verdict.verdict === 'make-written' ? Math.max(hours.perWeek - writing, 0)
    : verdict.verdict === 'merge' ? hours.perWeek
    : verdict.verdict === 'shorten' && s.minutes > 0 ? (hours.perWeek * (s.minutes - suggested)) / s.minutes
    : 0;
  const first = s.occurrences[0];
  return {
    key: s.key,
    title: s.title,
    where: s.where,
    files: s.files,
    recurring: s.recurring,
    frequency: frequencyOf(s),
    ...(s.rrule ? { rrule: s.rrule } : {}),
    zone: s.zone,
    minutes: s.minutes,
    count: s.occurrences.length,
    people: s.people.map((p) => {
      const known = index(p);
      return { ...p, ...(known ? { known: known.name, ...(first ? { local: `${localStamp(first.start, known.zone)} ${known.zone.name}` } : {}) } : {}) };
    }),
    personHours: hours,
    cost: input.extras?.cost?.(s, hours) ?? null,
    flags,
    answers: inference.answers,
    inferred: inference.inferred,
    unknown: inference.unknown,
    advice: advice
      ? {
          recommendation: advice.recommendation,
          plan: advice.plan,
          label: advice.label,
          row: advice.row,
          meetingMinutes: advisedMinutes || null,
          steps: advice.steps.map((st) => ({ n: st.n, kind: st.kind, label: st.label, channel: channelLabel(ruleSet, st.channels[0]), checklist: st.checklist.slice(0, CHECKLIST_SHOWN).map((c) => c.text) })),
        }
      : null,
    verdict,
    savedPerWeek: round(saved),
    replacement: (advice && input.extras?.replacement?.(s, advice)) ?? null,
    occurrences: s.occurrences.map((o) => ({ recurrenceId: o.recurrenceId, start: o.start, end: o.end, ...(o.moved ? { moved: true as const } : {}) })),
    description: s.description,
    ...(s.organizer ? { organizer: s.organizer } : {}),
  };
}

/** The first checklist items of each step the report keeps: the ones that shape the replacement. */
const CHECKLIST_SHOWN = 2;

const channelLabel = (ruleSet: RuleSet, id: string | undefined): string => ruleSet.channels.find((c) => c.id === id)?.label ?? id ?? '';

/** The product path: readNeed, then advise. The roster's people bring their weekends and days off. */
function adviceFor(answers: Record<string, AnswerValue>, known: readonly KnownPerson[], input: AuditInput): Advice | { problems: string[] } {
  const specs = known.map((k) => `${k.zone.name}@${k.hours.text}`);
  const weekends = new Map(known.map((k, i) => [specs[i]!, k.weekend]));
  const datesOff = new Map(known.filter((k) => k.daysOff.length > 0).map((k) => [`${k.zone.name}@${k.hours.text}`, k.daysOff]));
  const read = readNeed(answers, input.ruleSet, { ...input.need, weekends, datesOff, ...(input.memo ? { memo: input.memo } : {}) });
  if ('problems' in read) return { problems: read.problems.map((p) => (p.where ? `${p.where}: ${p.message}` : p.message)) };
  return advise(input.ruleSet, read.need, input.memo ? { memo: input.memo } : {});
}

function partition<T>(list: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const [yes, no]: [T[], T[]] = [[], []];
  for (const item of list) (test(item) ? yes : no).push(item);
  return [yes, no];
}
