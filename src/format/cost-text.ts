// Costs in words, for text and Markdown: a live step's "5 person-hours, about €420", and a
// recurring meeting's year beside written updates, with the arithmetic shown so it can be checked.
import type { Money, StepCost, YearCost } from '../core/cost.js';

const whole = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

/** "€420", "CHF 1,200", or "420" when no currency was given. */
export function moneyText(money: Money): string {
  if (!money.currency) return whole(Math.round(money.amount));
  return money.amount.toLocaleString('en-US', { style: 'currency', currency: money.currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
}

const hoursText = (personHours: number, money?: Money): string =>
  `${whole(personHours)} person-hour${personHours === 1 ? '' : 's'}${money ? `, about ${moneyText(money)}` : ''}`;

/** A live step's cost for its meta line, when its headcount is known: "5 person-hours, about €420". */
export const stepCostText = (cost: StepCost | undefined): string | undefined =>
  cost?.personHours === undefined ? undefined : hoursText(cost.personHours, cost.money);

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The year of a recurring meeting and of written updates instead: a heading and two lines. */
export function yearLines(year: YearCost): { heading: string; meeting: string; written: string } {
  const { meeting, written, occurrences } = year;
  const readers = written.readers > 0 ? ` + ${written.readMinutes} min for each of ${plural(written.readers, 'reader')}` : '';
  return {
    heading: `Over a year (${year.every}, ${occurrences} times)`,
    meeting: `${occurrences} × ${meeting.minutes} min × ${plural(meeting.people, 'person', 'people')} = ${hoursText(meeting.personHours, meeting.money)}`,
    written: `${occurrences} × (${written.writeMinutes} min to write${readers}) = ${hoursText(written.personHours, written.money)}`,
  };
}
