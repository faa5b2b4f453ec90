// A meeting read on a participant's own clock (meeting-clock.ts), as the series' fit and the
// rotation read it: a night shift's hours run past midnight and belong to the day they start.
import { beforeAll, describe, expect, it } from 'vitest';
import type { RuleSet } from '../../src/core/types.js';
import type { Participant } from '../../src/core/time/hours.js';
import { outsideHours } from '../../src/core/time/meeting-clock.js';
import { loadDefaults } from '../ruleset/helpers.js';
import { needOf } from '../world.js';

let night: Participant;
beforeAll(async () => {
  const rules: RuleSet = await loadDefaults();
  night = needOf({ purpose: 'quick-question', urgency: 'today', attendees: 2, timezones: ['Asia/Manila@22:00-07:00'] }, rules, { now: '2026-03-04T10:00:00Z' }).participants[0]!;
});

const HALF_HOUR = 30 * 60_000;
const manila = (local: string): number => Date.parse(`${local}+08:00`);

describe('a night shift (22:00-07:00) on its own clock', () => {
  it('holds a meeting inside the shift, after midnight too, on the day the shift starts', () => {
    expect(outsideHours(night, manila('2026-03-06T23:00'), HALF_HOUR)).toBe(false); // Friday night
    expect(outsideHours(night, manila('2026-03-07T01:00'), HALF_HOUR)).toBe(false); // still Friday's shift
  });

  it('puts an afternoon meeting and a Saturday-night one outside it', () => {
    expect(outsideHours(night, manila('2026-03-06T15:00'), HALF_HOUR)).toBe(true);
    expect(outsideHours(night, manila('2026-03-07T23:00'), HALF_HOUR)).toBe(true); // Saturday's shift is weekend
  });
});
