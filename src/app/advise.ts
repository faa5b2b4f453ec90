// Validated answers + rule set + the moment -> Advice (the JSON contract). No I/O here:
// the clock and the zone come from the context, so the same inputs give the same advice.
import type { Advice } from '../core/advice.js';
import { deriveFacts, zoneList } from '../core/facts.js';
import { teamFacts } from '../core/time/facts.js';
import { replyByInstant } from '../core/time/reply-by.js';
import { assembleSchedule, meetingSlots, replyBy, scheduleBase } from '../core/time/schedule.js';
import { makeTeam } from '../core/time/team.js';
import type { Schedule, TimeContext } from '../core/time/types.js';
import { checklistFor, fire, verdict } from '../core/triage.js';
import type { Answers, RuleSet } from '../core/types.js';
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
 * Remembers time-zone work that repeats across a batch (the same zones on the same day).
 * Keys include every input of the computation, so a hit gives exactly what a miss would.
 */
export class TimeCache {
  private readonly entries = new Map<string, unknown>();
  constructor(private readonly limit = 10_000) {}

  get<T>(key: string, compute: () => T): T {
    if (this.entries.has(key)) return this.entries.get(key) as T;
    if (this.entries.size >= this.limit) this.entries.clear();
    const value = compute();
    this.entries.set(key, value);
    return value;
  }
}

const noCache = { get: <T>(_key: string, compute: () => T): T => compute() };

export function adviseAt(
  ruleSet: RuleSet,
  answers: Answers,
  time: TimeContext,
  explain: boolean,
  cache: Pick<TimeCache, 'get'> = noCache,
): Advice {
  const { settings } = ruleSet;
  const zones = zoneList(answers.timezones, time.organizerZone);
  const urgency = typeof answers.urgency === 'string' ? answers.urgency : '';
  // Each part is remembered by exactly what it depends on (time and settings are fixed per cache).
  const zoneKey = zones.length === 1 ? zones[0]! : zones.join(',');
  const team = cache.get(`team|${zoneKey}`, () => makeTeam(zones, time, settings));
  const timing = cache.get(`timing|${zoneKey}|${urgency}`, () => {
    const replyAt = replyByInstant(team, settings, urgency);
    return { replyAt, facts: teamFacts(team, replyAt), schedules: new Map<string, Schedule>() };
  });
  const derived = deriveFacts(answers, settings, timing.facts);
  const facts = { ...answers, ...derived };
  const { fired, trace } = fire(ruleSet, facts, explain);
  // Which rules fired decides all but the checklist: remembered by that set.
  let firedKey = 'verdict|';
  for (const rule of fired) firedKey += `${rule.id}\u0000`;
  const { result, reasons } = cache.get(firedKey, () => {
    const v = verdict(ruleSet, fired);
    return { result: v, reasons: v.reasons.map(({ rule, text, source }) => ({ rule, text, source })) };
  });
  const meets = result.recommendation !== 'async';
  const { recommendation: outcome, meetingMinutes } = result;
  const scheduleKey = `${outcome}|${meetingMinutes}`;
  let schedule = timing.schedules.get(scheduleKey);
  if (schedule === undefined) {
    schedule = assembleSchedule(
      cache.get(`base|${zoneKey}`, () => scheduleBase(team)),
      outcome === 'sync' ? null : cache.get(`reply|${zoneKey}|${urgency}`, () => replyBy(team, timing.replyAt)),
      outcome === 'async' ? [] : cache.get(`slots|${zoneKey}|${meetingMinutes}`, () => meetingSlots(team, meetingMinutes)),
    );
    timing.schedules.set(scheduleKey, schedule);
  }
  return {
    schemaVersion: 1,
    recommendation: result.recommendation,
    label: result.label,
    ...(result.hybridOrder ? { hybridOrder: result.hybridOrder } : {}),
    channels: result.channels,
    confidence: result.confidence,
    answers,
    facts: derived,
    reasons,
    checklist: checklistFor(ruleSet, facts, outcome),
    ...(meets ? { meetingMinutes: result.meetingMinutes } : {}),
    schedule,
    ...(trace ? { trace } : {}),
  };
}
