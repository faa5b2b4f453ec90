// What the plan's meetings cost: person-hours always, money when every attendee has a rate.
// For a recurring meeting, the year's cost beside that of a written update instead (Basecamp:
// people x duration; HBR's calculator: pay x an overhead for benefits). Pure: the rates come in
// with the need (the edge reads them from the roster and flags).
import type { Settings } from './types.js';

/** What an hour of the attendees' time is paid, as the edge found it. */
export interface Pay {
  /** Pay per hour of each person the roster named (you first), in order. */
  rates: number[];
  /** Pay per hour for anyone counted in `attendees` beyond them. */
  defaultRate?: number;
  /** ISO 4217 code, e.g. EUR; absent, amounts are in the rates' own units. */
  currency?: string;
  /** Replaces the rule set's costOverhead. */
  overhead?: number;
}

export interface Money {
  amount: number;
  currency?: string;
}

/** A live step's cost. `people` and the totals only when the step's headcount is known. */
export interface StepCost {
  /** Hours each person in it spends. */
  hoursEach: number;
  people?: number;
  personHours?: number;
  money?: Money;
}

export type Frequency = 'weekly' | 'biweekly' | 'monthly';
export const PER_YEAR: Record<Frequency, number> = { weekly: 52, biweekly: 26, monthly: 12 };

/** A recurring meeting's year, and the same year as written updates. */
export interface YearCost {
  every: Frequency;
  occurrences: number;
  meeting: { minutes: number; people: number; personHours: number; money?: Money };
  written: { writeMinutes: number; readMinutes: number; readers: number; personHours: number; money?: Money };
}

const tenth = (n: number): number => Math.round(n * 10) / 10;

/** Audiences whose headcount is the `attendees` answer; the deciders, the affected or named roles are fewer, by how many nobody said. */
const WHOLE_GROUP: readonly string[] = ['everyone', 'contributors'];

/** The average pay per hour of `people` attendees, or undefined when someone has no rate. */
function averageRate(pay: Pay | undefined, people: number): number | undefined {
  if (!pay || people <= 0) return undefined;
  const named = pay.rates.slice(0, people);
  const rest = people - named.length;
  if (rest > 0 && pay.defaultRate === undefined) return undefined;
  return (named.reduce((sum, r) => sum + r, 0) + rest * (pay.defaultRate ?? 0)) / people;
}

export function moneyFor(personHours: number, people: number, pay: Pay | undefined, settings: Settings): Money | undefined {
  const rate = averageRate(pay, people);
  if (rate === undefined) return undefined;
  const amount = Math.round(personHours * rate * (pay?.overhead ?? settings.costOverhead));
  return pay?.currency ? { amount, currency: pay.currency } : { amount };
}

export function stepCost(step: { audience: string; meetingMinutes?: number; who?: string }, attendees: number, pay: Pay | undefined, settings: Settings): StepCost {
  const minutes = step.meetingMinutes ?? settings.meetingMinutes;
  const hoursEach = tenth(minutes / 60);
  if (step.who || !WHOLE_GROUP.includes(step.audience)) return { hoursEach };
  const personHours = tenth((attendees * minutes) / 60);
  const money = moneyFor((attendees * minutes) / 60, attendees, pay, settings);
  return { hoursEach, people: attendees, personHours, ...(money ? { money } : {}) };
}

/** Person-minutes of one written update among `people`: one writes it, each of the others reads it (settings.writtenMinutes). */
export function writtenUpdateMinutes(people: number, settings: Settings): number {
  const { write, read } = settings.writtenMinutes;
  return write + read * Math.max(people - 1, 0);
}

/** The year of a recurring meeting of `attendees` for `minutes`, beside one written update per occurrence. */
export function yearCost(every: Frequency, minutes: number, attendees: number, pay: Pay | undefined, settings: Settings): YearCost {
  const occurrences = PER_YEAR[every];
  const { write, read } = settings.writtenMinutes;
  const readers = Math.max(attendees - 1, 0);
  const meetingHours = (occurrences * attendees * minutes) / 60;
  const writtenHours = (occurrences * writtenUpdateMinutes(attendees, settings)) / 60;
  const meetingMoney = moneyFor(meetingHours, attendees, pay, settings);
  const writtenMoney = moneyFor(writtenHours, attendees, pay, settings);
  return {
    every,
    occurrences,
    meeting: { minutes, people: attendees, personHours: tenth(meetingHours), ...(meetingMoney ? { money: meetingMoney } : {}) },
    written: { writeMinutes: write, readMinutes: read, readers, personHours: tenth(writtenHours), ...(writtenMoney ? { money: writtenMoney } : {}) },
  };
}

export const isFrequency = (value: unknown): value is Frequency => typeof value === 'string' && Object.hasOwn(PER_YEAR, value);
