// What a meeting costs, through advise() as `ask` runs it: person-hours always, money only when
// every attendee has a rate, and the year of a recurring meeting beside written updates.
import { beforeAll, describe, expect, it } from 'vitest';
import { advise } from '../../src/core/advise.js';
import { type Pay, yearCost } from '../../src/core/cost.js';
import type { RuleSet } from '../../src/core/types.js';
import { needOf } from '../world.js';
import { loadDefaults } from '../ruleset/helpers.js';

let rules: RuleSet;
beforeAll(async () => {
  rules = await loadDefaults();
});

const KICKOFF = { purpose: 'kickoff', urgency: 'this-week', attendees: 6, timezones: ['Europe/London', 'Europe/Berlin'] };
const adviceFor = (answers: Record<string, unknown>, pay?: Pay) => {
  const need = needOf(answers, rules, { now: '2026-12-07T10:00', organizerZone: 'Europe/London' });
  return advise(rules, pay ? { ...need, pay } : need);
};
const liveSteps = (answers: Record<string, unknown>, pay?: Pay) => adviceFor(answers, pay).steps.filter((s) => s.kind === 'live');

describe('the cost of a live step', () => {
  it('is person-hours when nobody gave a rate', () => {
    const [live] = liveSteps(KICKOFF);
    expect(live!.meetingMinutes).toBe(50);
    expect(live!.cost).toEqual({ hoursEach: 0.8, people: 6, personHours: 5 });
  });

  it('is money at each person\'s rate times the overhead, the rest at the default rate', () => {
    // You at 100, two named people at 50 and 80, three more at the default 60: 410 an hour, for 50 minutes, x 1.4.
    const [live] = liveSteps(KICKOFF, { rates: [100, 50, 80], defaultRate: 60, currency: 'EUR' });
    expect(live!.cost!.money).toEqual({ amount: Math.round((410 * 50 * 1.4) / 60), currency: 'EUR' });
  });

  it("uses the roster's overhead instead of the rule set's", () => {
    const [live] = liveSteps(KICKOFF, { rates: [], defaultRate: 60, overhead: 1 });
    expect(live!.cost!.money).toEqual({ amount: 300 });
  });

  it('gives no money when someone counted has no rate (a partial total would read as the whole)', () => {
    const [live] = liveSteps(KICKOFF, { rates: [100, 50] });
    expect(live!.cost).toEqual({ hoursEach: 0.8, people: 6, personHours: 5 });
  });

  it('counts no heads for the deciders, whose number nobody gave: only the hours each', () => {
    const live = liveSteps({ purpose: 'decision', urgency: 'this-week', attendees: 8, reversible: false }, { rates: [], defaultRate: 60 });
    const deciders = live.find((s) => s.audience === 'deciders');
    expect(deciders, 'a one-way door for 8 is decided live by the deciders').toBeDefined();
    expect(deciders!.cost).toEqual({ hoursEach: Math.round((deciders!.meetingMinutes! / 60) * 10) / 10 });
  });

  it('is absent from written steps', () => {
    const written = adviceFor(KICKOFF).steps.filter((s) => s.kind === 'written');
    expect(written.length).toBeGreaterThan(0);
    for (const step of written) expect(step.cost).toBeUndefined();
  });
});

describe('a recurring meeting over a year', () => {
  it('sets the meeting beside written updates, with the arithmetic a reader can check', () => {
    const year = yearCost('weekly', 30, 8, { rates: [], defaultRate: 50, currency: 'USD' }, rules.settings);
    expect(year.meeting).toEqual({ minutes: 30, people: 8, personHours: 208, money: { amount: Math.round(208 * 50 * 1.4), currency: 'USD' } });
    // 52 x (30 min to write + 7 readers x 5 min) = 52 x 65 min
    expect(year.written).toMatchObject({ readers: 7, personHours: Math.round((52 * 65) / 6) / 10 });
    expect(year.written.personHours).toBeLessThan(year.meeting.personHours);
  });

  it('counts 26 biweekly and 12 monthly occurrences', () => {
    expect(yearCost('biweekly', 25, 4, undefined, rules.settings).meeting.personHours).toBe(Math.round((26 * 4 * 25) / 6) / 10);
    expect(yearCost('monthly', 50, 4, undefined, rules.settings).occurrences).toBe(12);
  });
});
