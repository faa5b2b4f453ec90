// Validated answers + rule set + the moment -> Advice (the JSON contract). No I/O here:
// the clock and the zone come from the context, so the same inputs give the same advice.
import type { Advice } from '../core/advice.js';
import { allFacts, deriveFacts, zoneList } from '../core/facts.js';
import { type TimeFacts, teamFacts } from '../core/time/facts.js';
import { replyByInstant } from '../core/time/reply-by.js';
import { type ScheduleBase, assembleSchedule, meetingSlots, replyBy, scheduleBase, slotsNotBefore } from '../core/time/schedule.js';
import { type SlotChoice, chooseSlots } from '../core/time/slots.js';
import { type Team, makeTeam } from '../core/time/team.js';
import type { Schedule, SuggestedSlot, TimeContext } from '../core/time/types.js';
import { checklistFor, fire, verdict } from '../core/triage.js';
import type { Answers, Rule, RuleSet } from '../core/types.js';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import type { Problem } from '../errors.js';
import { parseNow } from '../core/time/instant.js';
import { checkZone, parseHoursRange } from '../core/time/zones.js';

export interface AdviseOptions {
  now?: string;
  zone?: string;
  workingHours?: string;
  explain?: boolean;
}

/** The time flags checked and turned into the core's TimeContext; every problem at once. */
export function timeContext(ctx: Context, opts: AdviseOptions): TimeContext {
  const problems: Problem[] = [];
  let organizerZone = 'UTC';
  if (opts.zone !== undefined) {
    const zone = checkZone(opts.zone, '--zone');
    if ('problem' in zone) problems.push(zone.problem);
    else organizerZone = zone.zone;
  } else {
    organizerZone = ctx.systemZone;
  }
  let now = ctx.now().toISOString();
  if (opts.now !== undefined) {
    const parsed = parseNow(opts.now, organizerZone);
    if ('problem' in parsed) problems.push(parsed.problem);
    else now = parsed.instant.toISO()!;
  }
  if (opts.workingHours !== undefined) {
    const hours = parseHoursRange(opts.workingHours, '--working-hours');
    if ('problem' in hours) problems.push(hours.problem);
  }
  if (problems.length > 0) throw new UserError(problems);
  return { now, organizerZone, ...(opts.workingHours ? { workingHours: opts.workingHours } : {}) };
}

export function advise(ruleSet: RuleSet, answers: Answers, time: TimeContext, opts: AdviseOptions): Advice {
  return adviseAt(ruleSet, answers, time, opts.explain ?? false);
}

/**
 * Remembers work that repeats across a batch (the same zones on the same day, the same set of
 * fired rules). Keys include every input of the computation, so a hit gives exactly what a miss
 * would. Memory stays bounded however long the batch: each kind of entry lives in two
 * generations of at most `limit` in size; when the young one is full it becomes the old one and
 * the oldest go, so what is still in use survives (a hit in the old generation moves the entry
 * to the young one). Kinds are bounded apart, so a flood of one (many different sets of fired
 * rules) cannot push out another (the sets of zones). An entry's size is 1 unless the caller
 * says more: a verdict counts its fired rules, since a set of 1,000 rules can fire hundreds.
 */
export class AdviceCache {
  private readonly kinds = new Map<string, { young: Map<string, unknown>; old: Map<string, unknown>; size: number }>();
  constructor(private readonly limit = 4_000) {}

  get<T>(kind: string, key: string, compute: () => T, size = 1): T {
    let store = this.kinds.get(kind);
    if (store === undefined) this.kinds.set(kind, (store = { young: new Map(), old: new Map(), size: 0 }));
    let value = store.young.get(key);
    if (value !== undefined) return value as T;
    value = store.old.get(key);
    if (value === undefined) value = compute();
    if (store.size + size > this.limit && store.young.size > 0) {
      store.old = store.young;
      store.young = new Map();
      store.size = 0;
    }
    store.young.set(key, value);
    store.size += size;
    return value as T;
  }
}

/** An async outcome's slots: one shared empty list, like every other part of a schedule. */
const NO_SLOTS: SuggestedSlot[] = [];

const noCache = { get: <T>(_kind: string, _key: string, compute: () => T): T => compute() };

/** A rule's position as a short key part: one character below 65,535, a number after a marker beyond. */
const keyPart = (i: number): string => (i < 0xffff ? String.fromCharCode(i) : `\uffff${i},`);

/** Each rule's position in its set. */
function ruleIndex(ruleSet: RuleSet): Map<Rule, number> {
  let index = ruleIndexes.get(ruleSet);
  if (index === undefined) ruleIndexes.set(ruleSet, (index = new Map(ruleSet.rules.map((rule, i) => [rule, i]))));
  return index;
}

const ruleIndexes = new WeakMap<RuleSet, Map<Rule, number>>();

interface ZoneWork {
  team: Team;
  /** What the same people share in any order (see chooseSlots). */
  people: PeopleWork;
  base?: ScheduleBase;
  byUrgency: Map<string, { replyAt: number; facts: TimeFacts; reply?: NonNullable<Schedule['replyBy']> }>;
  /** By meeting length and earliest start (a write-first plan starts at its reply-by time). */
  slots: Map<string, SuggestedSlot[]>;
}

/**
 * The time-zone work that depends on who takes part, not on the order they were given in: the
 * reply-by instant per urgency and the choice of slots. The 1,464 ordered lists of one to three of
 * twelve zones are only 298 groups of people.
 */
interface PeopleWork {
  replyAt: Map<string, number>;
  slots: Map<string, SlotChoice>;
}

/**
 * The fields of Advice that follow from which rules fired alone: equal for every advice with
 * the same verdict (a batch writes them once per verdict).
 */
export const VERDICT_FIELDS: ReadonlySet<keyof Advice> = new Set<keyof Advice>([
  'schemaVersion',
  'recommendation',
  'label',
  'hybridOrder',
  'channels',
  'confidence',
  'reasons',
  'meetingMinutes',
  'scores',
]);


export function adviseAt(
  ruleSet: RuleSet,
  answers: Answers,
  time: TimeContext,
  explain: boolean,
  cache: Pick<AdviceCache, 'get'> = noCache,
): Advice {
  return adviseParts(ruleSet, answers, time, explain, cache).advice;
}

export interface AdviceParts {
  advice: Advice;
  /** One object for every advice with the same fired rules (its VERDICT_FIELDS are equal). */
  verdict: object;
  /** What the schedule shares with every advice for the same participants: all but replyBy and the slots. */
  scheduleBase: ScheduleBase;
}

/**
 * The advice, and the (remembered) verdict it came from: one object for every advice with the
 * same fired rules, whose VERDICT_FIELDS are therefore equal.
 */
export function adviseParts(
  ruleSet: RuleSet,
  answers: Answers,
  time: TimeContext,
  explain: boolean,
  cache: Pick<AdviceCache, 'get'>,
): AdviceParts {
  const { settings } = ruleSet;
  const zones = zoneList(answers.timezones, time.organizerZone);
  const urgency = typeof answers.urgency === 'string' ? answers.urgency : '';
  // The time-zone work for one set of zones, remembered as one entry (time and settings are
  // fixed for the life of a cache); each part inside is made when first needed.
  const zoneKey = zones.length === 1 ? zones[0]! : zones.join(',');
  const work = cache.get('zones', zoneKey, (): ZoneWork => ({
    team: makeTeam(zones, time, settings),
    people: cache.get('people', zones.length === 1 ? zoneKey : [...zones].sort().join(','), () => ({ replyAt: new Map(), slots: new Map() })),
    byUrgency: new Map(),
    slots: new Map(),
  }));
  const { team, people } = work;
  let timing = work.byUrgency.get(urgency);
  if (timing === undefined) {
    let replyAt = people.replyAt.get(urgency);
    if (replyAt === undefined) people.replyAt.set(urgency, (replyAt = replyByInstant(team, settings, urgency)));
    timing = { replyAt, facts: teamFacts(team, replyAt) };
    work.byUrgency.set(urgency, timing);
  }
  const derived = deriveFacts(answers, settings, timing.facts);
  const facts = allFacts(ruleSet.questions, answers, derived);
  const { fired, trace } = fire(ruleSet, facts, explain);
  // Which rules fired decides all but the checklist: remembered by that set.
  let firedKey = '';
  const index = ruleIndex(ruleSet);
  for (const rule of fired) firedKey += keyPart(index.get(rule)!);
  // Its size grows with the rules that fired (reasons, key, and the bytes a batch makes of them).
  const verdictEntry = cache.get('verdict', firedKey, () => {
    const v = verdict(ruleSet, fired);
    return { result: v, reasons: v.reasons.map(({ rule, text, source }) => ({ rule, text, source })) };
  }, Math.max(1, fired.length / 8));
  const { result, reasons } = verdictEntry;
  const meets = result.recommendation !== 'async';
  const { recommendation: outcome, meetingMinutes } = result;
  // A new small object each time, made of parts shared by every advice with the same zones.
  work.base ??= scheduleBase(team);
  if (outcome !== 'sync') timing.reply ??= replyBy(team, timing.replyAt);
  const notBefore = slotsNotBefore(outcome, result.hybridOrder, timing.replyAt);
  const slotKey = `${meetingMinutes}|${notBefore ?? ''}`;
  let slots = outcome === 'async' ? NO_SLOTS : work.slots.get(slotKey);
  if (slots === undefined) {
    let choice = people.slots.get(slotKey);
    if (choice === undefined) people.slots.set(slotKey, (choice = chooseSlots(team, meetingMinutes, notBefore)));
    slots = meetingSlots(team, meetingMinutes, notBefore, choice);
    work.slots.set(slotKey, slots);
  }
  const schedule = assembleSchedule(work.base, outcome === 'sync' ? null : timing.reply!, slots);
  // Optional keys only when they apply (writers put keys in contract order: format/json.ts).
  const advice = { schemaVersion: 1, recommendation: outcome, label: result.label } as Advice;
  if (result.hybridOrder) advice.hybridOrder = result.hybridOrder;
  advice.channels = result.channels;
  advice.confidence = result.confidence;
  advice.answers = answers;
  advice.facts = derived;
  advice.reasons = reasons;
  advice.checklist = checklistFor(ruleSet, facts, outcome);
  if (meets) advice.meetingMinutes = meetingMinutes;
  advice.schedule = schedule;
  if (trace) {
    advice.scores = result.scores;
    advice.trace = trace;
  }
  return { advice, verdict: verdictEntry, scheduleBase: work.base };
}
