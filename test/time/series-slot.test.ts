// A recurring meeting's slot suits the whole series: in the weeks between two zones' clock changes
// the shared hours are wider than usual, and a start taken from those weeks alone falls before
// someone's day once the second zone changes its clocks.
import { beforeAll, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { advise } from '../../src/core/advise.js';
import type { RuleSet } from '../../src/core/types.js';
import { loadDefaults } from '../ruleset/helpers.js';
import { needOf } from '../world.js';

let rules: RuleSet;
beforeAll(async () => {
  rules = await loadDefaults();
});

// Monday 16 March 2026: New York changed its clocks on 8 March, London changes on 29 March, so for
// two weeks the gap is 4 hours instead of 5.
const when = { now: '2026-03-16T09:00:00Z', organizerZone: 'Europe/London' };
const answers = { purpose: 'relationship', urgency: 'this-week', attendees: 2, timezones: ['Europe/London', 'America/New_York'] };

/** The hours (HH:mm) a weekly series from `start` (kept on London's wall clock) starts at in New York over a year. */
function newYorkStarts(start: string): Set<string> {
  const first = DateTime.fromISO(start, { zone: 'Europe/London' });
  const seen = new Set<string>();
  for (let week = 0; week < 52; week++) seen.add(first.plus({ weeks: week }).setZone('America/New_York').toFormat('HH:mm'));
  return seen;
}

describe('a weekly meeting asked for in the weeks between two clock changes', () => {
  it('gets a slot that stays inside both working days all year', () => {
    const advice = advise(rules, needOf({ ...answers, recurring: 'weekly' }, rules, when));
    const slot = advice.steps[0]!.slots![0]!;
    for (const hhmm of newYorkStarts(slot.start)) expect(hhmm >= '09:00' && hhmm <= '16:35').toBe(true);
    expect(advice.series?.moved.length).toBeGreaterThan(0);
  });

  it('a one-off meeting still takes the earliest hour the two days share this week', () => {
    const once = advise(rules, needOf(answers, rules, when)).steps[0]!.slots![0]!;
    const weekly = advise(rules, needOf({ ...answers, recurring: 'weekly' }, rules, when)).steps[0]!.slots![0]!;
    expect(DateTime.fromISO(once.start, { zone: 'America/New_York' }).toFormat('HH:mm')).toBe('09:00');
    expect(Date.parse(weekly.start)).toBeGreaterThan(Date.parse(once.start));
  });
});
