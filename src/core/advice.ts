// The result of `ask`: the JSON contract for scripts (schemaVersion 2) and the input of every
// formatter: the triage (core/types.ts) with the answers, the derived facts and the schedule.
// Fields listed in the README keep their meaning; new fields may be added.
import type { Answers, FactValue, Overridden, Triage } from './types.js';
import type { Schedule } from './time/types.js';

export interface Advice extends Omit<Triage, 'overridden' | 'meetingMinutes' | 'noticeHours'> {
  schemaVersion: 2;
  answers: Answers;
  /** Derived facts (overlap_hours, zone_spread_hours, ...). */
  facts: Record<string, FactValue>;
  /** Strong signals the plan does not follow, each with why (absent when none). */
  overridden?: Overridden[];
  /** Suggested meeting length, for sync and hybrid. */
  meetingMinutes?: number;
  schedule: Schedule;
}
