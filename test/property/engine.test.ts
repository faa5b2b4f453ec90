// For any valid answers and any moment, the engine `ask` uses gives one of the three outcomes with
// a checklist, chosen by a row of the table, and gives it again, identically, when asked twice, with
// or without batch mode's memo. Answers are generated from the shipped questions themselves, zones
// from every name Intl knows, moments across several years and around clock changes.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { batchMemo } from '../../src/app/batch.js';
import { advise } from '../../src/core/advise.js';
import { type When, needOf } from '../world.js';
import { OUTCOMES } from '../../src/core/types.js';
import type { Question, RuleSet } from '../../src/core/types.js';
import { builtInRulesDir, loadRuleSet } from '../../src/rules/load.js';

let ruleSet: RuleSet;
beforeAll(async () => {
  ruleSet = (await loadRuleSet(builtInRulesDir(), { origin: 'built-in', cwd: process.cwd() })).ruleSet;
});

const ZONES = Intl.supportedValuesOf('timeZone');
const hhmm = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
/** Working hours in quarter hours, start before end, possibly up to 24:00. */
const hours = fc
  .tuple(fc.integer({ min: 0, max: 95 }), fc.integer({ min: 1, max: 96 }))
  .filter(([a, b]) => a < b)
  .map(([a, b]) => `${hhmm(a * 15)}-${hhmm(b * 15)}`);
const zoneSpec = fc.tuple(fc.constantFrom(...ZONES), fc.option(hours, { nil: undefined })).map(([zone, h]) => (h ? `${zone}@${h}` : zone));

/** Clock changes in the Americas, Europe, Australia, New Zealand and Chile (UTC instants). */
const CLOCK_CHANGES = [
  '2024-03-10T07:00:00Z', '2024-11-03T06:00:00Z', '2025-03-30T01:00:00Z', '2025-10-26T01:00:00Z',
  '2026-03-08T07:00:00Z', '2026-03-29T01:00:00Z', '2026-04-04T16:00:00Z', '2026-04-04T14:00:00Z',
  '2026-09-06T04:00:00Z', '2026-09-26T14:00:00Z', '2026-10-03T16:00:00Z', '2026-10-25T01:00:00Z',
  '2026-11-01T06:00:00Z', '2027-03-14T07:00:00Z', '2028-10-29T01:00:00Z',
].map((iso) => Date.parse(iso));
const HOUR = 3_600_000;
const now = fc
  .oneof(
    fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2031, 11, 31) }),
    fc.constantFrom(...CLOCK_CHANGES).chain((t) => fc.integer({ min: t - 36 * HOUR, max: t + 36 * HOUR })),
  )
  .map((ms) => new Date(ms).toISOString());

const time: fc.Arbitrary<When> = fc.record(
  { now, organizerZone: fc.constantFrom(...ZONES), workingHours: hours },
  { requiredKeys: ['now', 'organizerZone'] },
);

function valueFor(q: Question): fc.Arbitrary<unknown> {
  switch (q.type) {
    case 'choice':
      return fc.constantFrom(...(q.choices ?? []).map((c) => c.value));
    case 'number':
      return fc.integer({ min: q.min ?? 0, max: q.max ?? 1000 });
    case 'boolean':
      return fc.boolean();
    case 'zones':
      return fc.uniqueArray(zoneSpec, { minLength: 1, maxLength: 4 });
  }
}

/** Every required answer, and any subset of the optional ones (the rest take their defaults). */
const rawAnswers = (): fc.Arbitrary<Record<string, unknown>> => {
  const model = Object.fromEntries(ruleSet.questions.map((q) => [q.id, valueFor(q)]));
  const required = ruleSet.questions.filter((q) => q.default === undefined && q.type !== 'zones').map((q) => q.id);
  return fc.record(model, { requiredKeys: required });
};

describe('the engine, for any valid answers at any moment', () => {
  it('generates answers that match the shipped questions', () => {
    const byId = Object.fromEntries(ruleSet.questions.map((q) => [q.id, q]));
    expect(byId.attendees).toMatchObject({ type: 'number', min: 2, max: 500 });
    expect(byId.back_and_forth).toMatchObject({ type: 'number', min: 0, max: 1000 });
    expect(byId.purpose?.choices?.length).toBeGreaterThanOrEqual(8);
  });

  it('returns async, sync or hybrid from a row of the table, with a checklist, the same every time', () => {
    fc.assert(
      fc.property(fc.constant(null).chain(rawAnswers), time, (raw, t) => {
        const need = needOf(raw, ruleSet, t);
        const advice = advise(ruleSet, need);
        expect(OUTCOMES).toContain(advice.recommendation);
        expect(advice.checklist.length).toBeGreaterThan(0);
        expect(advice.checklist.every((c) => c.text.trim() !== '' && !/\{[a-z_]+\}/.test(c.text))).toBe(true);
        expect(advice.channels.length).toBeGreaterThan(0);
        expect(ruleSet.rules.map((r) => r.id)).toContain(advice.row);
        expect(advice.plan).toBe(ruleSet.rules.find((r) => r.id === advice.row)!.plan);
        expect(advise(ruleSet, need)).toEqual(advice);
        // A batch's memo: what it remembers gives exactly what working it out gives.
        const memo = batchMemo();
        expect(advise(ruleSet, needOf(raw, ruleSet, t, memo), { explain: true, memo })).toEqual({ ...advice, trace: expect.any(Object) });
        expect(advise(ruleSet, needOf(raw, ruleSet, t, memo), { memo })).toEqual(advice);
        // Survives the trip through JSON unchanged (what scripts read).
        expect(JSON.parse(JSON.stringify(advice))).toEqual(advice);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 100), seed: Number(process.env.PROPERTY_SEED ?? 20260316) },
    );
  });
});
