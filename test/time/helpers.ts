// Shared inputs for the time tests: the default settings of the shipped rule set, and the time
// work of advise() (core/advise.ts) step by step, on needs read the way `ask` reads them.
import type { Question, Settings } from '../../src/core/types.js';
import type { Memo } from '../../src/core/memo.js';
import { type Team, teamOf } from '../../src/core/time/team.js';
import { type TimeFacts, teamTime } from '../../src/core/time/facts.js';
import { type ScheduleOptions, schedule } from '../../src/core/time/schedule.js';
import type { Schedule } from '../../src/core/time/types.js';
import { type When, needOf } from '../world.js';

export const settings: Settings = {
  meetingMinutes: 25,
  workingHours: '09:00-17:00',
  quietHours: '22:00-07:00',
  replyBy: { immediate: 'PT1H', today: 'PT8H', 'this-week': 'P3D', whenever: 'P7D' },
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

/** The schedule advise() makes for these entries and plan. */
export function buildSchedule(zones: string[], when: When, s: Settings, options: ScheduleOptions & { urgency: string }, memo?: Memo): Schedule {
  const team = makeTeam(zones, when, s, memo);
  return schedule(team, teamTime(team, s, options.urgency, memo), options, memo);
}

export const NY = 'America/New_York';
export const LONDON = 'Europe/London';
export const KOLKATA = 'Asia/Kolkata';
export const AUCKLAND = 'Pacific/Auckland';
export const LA = 'America/Los_Angeles';
export const TOKYO = 'Asia/Tokyo';
