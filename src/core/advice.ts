// The result of `ask`: the JSON contract for scripts (schemaVersion 3) and the input of every
// formatter: the triage (core/types.ts) with the answers, the derived facts, each step's times and
// the schedule. Fields listed in the README keep their meaning; new fields may be added.
import type { Answers, FactValue, Overridden, StepAdvice as ChosenStep, Triage } from './types.js';
import type { Schedule, StepTime } from './time/types.js';
import type { StepCost, YearCost } from './cost.js';
import type { Series } from './time/series.js';
import type { Timeline } from './time/timeline.js';

/** A step of the plan with its checklist and its times (a reply-by, slots, or a session per region). */
export type StepAdvice = ChosenStep & StepTime & {
  /** Live steps: person-hours, and money when every attendee has a rate. */
  cost?: StepCost;
};

export interface Advice extends Omit<Triage, 'overridden' | 'meetingMinutes' | 'noticeHours' | 'steps'> {
  schemaVersion: 3;
  answers: Answers;
  /** Derived facts (overlap_hours, zone_spread_hours, ...). */
  facts: Record<string, FactValue>;
  /** The plan as steps, in order: what to do, for whom, on which channel, when. */
  steps: StepAdvice[];
  /** Strong signals the plan does not follow, each with why (absent when none). */
  overridden?: Overridden[];
  /** Suggested meeting length, for sync and hybrid. */
  meetingMinutes?: number;
  /** A recurring meeting (the `recurring` answer): its year, beside written updates instead. */
  yearly?: YearCost;
  schedule: Schedule;
  /** A recurring live step (the `recurring` answer) over the next 52 weeks: absent for a one-off. */
  series?: Series;
  /**
   * The spans the text strips draw, as values; not a field of the contract. Not enumerable, so
   * JSON, --fields, copies and spreads leave it out; a formatter reads it from the advice it is given.
   */
  readonly timeline?: Timeline;
}

/** The advice with its timeline attached (see Advice.timeline). */
export const withTimeline = (advice: Advice, timeline: Timeline): Advice => Object.defineProperty(advice, 'timeline', { value: timeline });
