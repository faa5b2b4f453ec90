// Shared inputs for the time tests: the default settings of the shipped rule set, and the time
// work of advise() (core/advise.ts) step by step, on needs read the way `ask` reads them.
import { DEFAULT_SETTINGS } from '../../src/rules/validate.js';
import type { Question, Settings } from '../../src/core/types.js';
import type { Memo } from '../../src/core/memo.js';
import { type Team, teamOf } from '../../src/core/time/team.js';
import { type TimeFacts, teamTime } from '../../src/core/time/facts.js';
import { schedule } from '../../src/core/time/schedule.js';
import { type StepTiming, stepTimes } from '../../src/core/time/step-times.js';
import type { HybridOrder, Outcome } from '../../src/core/types.js';
import type { Schedule } from '../../src/core/time/types.js';
import { type When, needOf } from '../world.js';

export const settings: Settings = {
  ...DEFAULT_SETTINGS,
  replyBy: { immediate: 'PT1H', today: 'PT3H', 'this-week': 'P2D', whenever: 'P5D' },
};

export const at = (now: string, organizerZone = 'UTC', workingHours?: string): When => ({
  now,
  organizerZone,
  ...(workingHours ? { workingHours } : {}),
});

const TIMEZONES: Question[] = [{ id: 'timezones', type: 'zones', prompt: 'Where is everyone?' }];

/** The team advise() makes for these `timezones` entries. */
export function makeTeam(zones: string[], when: When, s: Settings = settings, memo?: Memo): Team {
  const need = needOf(zones.length > 0 ? { timezones: zones } : {}, { questions: TIMEZONES, settings: s }, when, memo);
  return teamOf(need.participants, need, s, memo);
}

/** The time facts advise() finds for these entries and urgency. */
export const timeFacts = (zones: string[], when: When, s: Settings, urgency: string): TimeFacts => teamTime(makeTeam(zones, when, s), s, urgency).facts;

/** A plan of one or two steps, as the older tests describe it. */
export interface ScheduleOptions {
  outcome: Outcome;
  meetingMinutes: number;
  hybridOrder?: HybridOrder;
  urgency: string;
  minNoticeMinutes?: number;
}

/** The schedule advise() makes for these entries and a plan of a written step, a live one, or both in order. */
export function buildSchedule(zones: string[], when: When, s: Settings, options: ScheduleOptions, memo?: Memo): Schedule {
  const team = makeTeam(zones, when, s, memo);
  const written: StepTiming = { kind: 'written', replyWithin: Object.hasOwn(s.replyBy, options.urgency) ? s.replyBy[options.urgency]! : 'P1D' };
  const live: StepTiming = { kind: 'live', meetingMinutes: options.meetingMinutes, noticeHours: (options.minNoticeMinutes ?? 0) / 60 };
  const steps = options.outcome === 'async' ? [written] : options.outcome === 'sync' ? [live] : options.hybridOrder === 'meet-first' ? [live, written] : [written, live];
  const times = stepTimes(team, steps, options.urgency, memo);
  const summary = { replyBy: times.find((t) => t.replyBy)?.replyBy ?? null, suggestedSlots: times.find((t) => t.slots)?.slots ?? [] };
  return schedule(team, teamTime(team, s, options.urgency, memo), summary, memo);
}

export const NY = 'America/New_York';
export const LONDON = 'Europe/London';
export const KOLKATA = 'Asia/Kolkata';
export const AUCKLAND = 'Pacific/Auckland';
export const LA = 'America/Los_Angeles';
export const TOKYO = 'Asia/Tokyo';
