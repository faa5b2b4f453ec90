// Times a lead would send, over the answer space: every reader's deadline in their own working
// day, nothing non-urgent booked within the hour, each step after the one before it, and "decide
// live today" with a slot today when the day still holds one. Through the product's advise().
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Advice } from '../../src/core/advice.js';
import { advise } from '../../src/core/advise.js';
import type { RuleSet } from '../../src/core/types.js';
import { needOf } from '../world.js';
import { loadDefaults } from './helpers.js';

let rules: RuleSet;
beforeAll(async () => {
  rules = await loadDefaults();
});

const ZONES = ['America/Los_Angeles', 'America/New_York', 'Europe/London', 'Europe/Berlin', 'Asia/Kolkata', 'Asia/Tokyo', 'Australia/Sydney'];
const PURPOSES = ['quick-question', 'share-info', 'feedback', 'decision', 'brainstorm', 'kickoff', 'relationship', 'resolve-issue', 'announce', 'look-back', 'judgement', 'work-together', 'incident'];

const needs = fc.record({
  purpose: fc.constantFrom(...PURPOSES),
  urgency: fc.constantFrom('immediate', 'today', 'this-week', 'whenever'),
  attendees: fc.integer({ min: 2, max: 30 }),
  informed: fc.constantFrom(0, 40),
  sensitive: fc.boolean(),
  reversible: fc.boolean(),
  writable: fc.boolean(),
  timezones: fc.uniqueArray(fc.constantFrom(...ZONES), { minLength: 1, maxLength: 3 }),
});
// Any quarter hour of 2026, both sides of the clock changes.
const moments = fc.integer({ min: 0, max: 365 * 96 - 1 }).map((q) => new Date(Date.UTC(2026, 0, 1) + q * 900_000).toISOString());

const adviceFor = (answers: Record<string, unknown>, now: string, organizerZone: string): Advice =>
  advise(rules, needOf(answers, rules, { now, organizerZone }));

/** The instant "Mon 16 Mar 12:00" names in the zone: the first such from a day before `now`. */
function instantOf(text: string, zone: string, now: number): number {
  const year = new Date(now).getUTCFullYear();
  for (const y of [year, year + 1]) {
    const t = DateTime.fromFormat(`${text.slice(4)} ${y}`, 'd LLL HH:mm yyyy', { zone }).toMillis();
    if (t >= now - 86_400_000) return t;
  }
  throw new Error(`cannot read ${text}`);
}

describe('times in every plan', () => {
  it('gives every reader of a written step a deadline in their own working day, and keeps the steps in order', () => {
    fc.assert(
      fc.property(needs, moments, fc.constantFrom(...ZONES), (answers, now, organizer) => {
        const advice = adviceFor(answers, now, organizer);
        const start = Date.parse(now);
        let previousEnd = start;
        let afterJustBefore = false;
        for (const step of advice.steps) {
          if (step.replyBy) {
            for (const [zone, text] of Object.entries(step.replyBy.local)) {
              const local = DateTime.fromMillis(instantOf(text, zone, start), { zone });
              expect(local.weekday, `${step.id} ${zone} ${text}`).toBeLessThanOrEqual(5);
              const minutes = local.hour * 60 + local.minute;
              expect(minutes, `${step.id} ${zone} ${text}`).toBeGreaterThan(9 * 60);
              expect(minutes, `${step.id} ${zone} ${text}`).toBeLessThanOrEqual(17 * 60);
            }
            expect(Date.parse(step.replyBy.utc)).toBeGreaterThanOrEqual(previousEnd);
            previousEnd = Date.parse(step.replyBy.utc);
          }
          const held = step.sessions ?? step.slots ?? [];
          if (held.length > 0) {
            const first = Math.min(...held.map((s) => Date.parse(s.start)));
            const urgent = step.n === 1 && answers.urgency === 'immediate';
            // Nothing non-urgent within the hour it is asked; nothing before the step before it ends.
            if (!urgent && !step.startsNow) expect(first - start, step.id).toBeGreaterThanOrEqual(3_600_000);
            // After conversations held just before it, each region waits only for its own (see step-times.ts).
            expect(first).toBeGreaterThanOrEqual(step.justBefore || afterJustBefore ? start : previousEnd);
            // The next step follows the first slot (the others are alternatives), or every session.
            previousEnd = step.sessions ? Math.max(...held.map((s) => Date.parse(s.end))) : Date.parse(held[0]!.end);
          }
          afterJustBefore = step.justBefore === true;
        }
      }),
      { numRuns: 150, seed: 18 },
    );
  });

  it('decides live today when the day still holds a slot: a hard-to-undo decision needed today, in one zone', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 29 }), fc.integer({ min: 9 * 4, max: 15 * 4 - 2 }), (zone, day, quarter) => {
        const local = DateTime.fromObject({ year: 2026, month: 3, day: 2 + day, hour: 0 }, { zone }).plus({ minutes: quarter * 15 });
        fc.pre(local.weekday <= 5);
        const advice = adviceFor({ purpose: 'decision', urgency: 'today', attendees: 3, reversible: false, timezones: [zone] }, local.toUTC().toISO()!, zone);
        expect(advice.plan).toBe('decide-live-now');
        const slot = advice.steps[0]!.slots![0]!;
        expect(DateTime.fromISO(slot.start, { zone }).toISODate()).toBe(local.toISODate());
      }),
      { numRuns: 60, seed: 19 },
    );
  });
});
