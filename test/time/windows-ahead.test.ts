// The shared windows the advice lists are the ones still ahead: asked in the evening, today's has
// gone; asked during one, it starts now. overlap_hours still measures the whole week.
import { beforeAll, describe, expect, it } from 'vitest';
import { advise } from '../../src/core/advise.js';
import type { RuleSet } from '../../src/core/types.js';
import { loadDefaults } from '../ruleset/helpers.js';
import { needOf } from '../world.js';

let rules: RuleSet;
beforeAll(async () => {
  rules = await loadDefaults();
});

const answers = { purpose: 'resolve-issue', urgency: 'this-week', attendees: 2, timezones: ['Europe/London', 'America/New_York'] };
const adviceAt = (now: string) => advise(rules, needOf(answers, rules, { now, organizerZone: 'Europe/London' }));

describe('shared windows listed', () => {
  it('leaves out the window that has already ended today', () => {
    const advice = adviceAt('2026-05-12T20:40:00+01:00'); // Tuesday evening in London
    expect(advice.schedule.windows[0]!.days?.['Europe/London']).toBe('Wed 13 May');
    expect(advice.schedule.windows.every((w) => Date.parse(w.end) > Date.parse('2026-05-12T19:40:00Z'))).toBe(true);
    expect(advice.facts.overlap_hours).toBe(3);
  });

  it('starts the window under way at the moment of asking', () => {
    const advice = adviceAt('2026-05-12T15:30:00+01:00'); // inside 14:00-17:00 London
    const first = advice.schedule.windows[0]!;
    expect(first.local['Europe/London']).toBe('15:30-17:00');
    expect(first.hours).toBe(1.5);
  });
});
