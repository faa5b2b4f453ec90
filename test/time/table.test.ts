import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { beforeAll, describe, expect, it } from 'vitest';
import { readZoneTable } from '../../src/zone-data/table.js';
import { makeZoneTable } from '../../scripts/tables.js';
import { type World, makeWorld } from '../../src/zone-data/world.js';
import { advise } from '../../src/core/advise.js';
import { readNeed } from '../../src/answers/need.js';
import { wallClockInstant } from '../../src/core/time/hours.js';
import { parseNow } from '../../src/core/time/instant.js';
import { parseHoursRange } from '../../src/core/time/zones.js';
import type { RuleSet } from '../../src/core/types.js';
import { builtInRulesDir, loadRuleSet } from '../../src/rules/load.js';

const ZONES = ['America/New_York', 'Europe/London', 'Asia/Kolkata', 'Pacific/Auckland', 'America/Los_Angeles', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Africa/Casablanca', 'America/Sao_Paulo', 'UTC'];
const START = Date.UTC(2024, 0, 1);
const END = Date.UTC(2029, 0, 1);
const intl = (name: string, ts: number) => IANAZone.create(name).offset(ts);
const text = makeZoneTable(ZONES, START, END, 'test', intl);

const tableWorld = () => makeWorld({ zones: () => readZoneTable(text, 'test') });
const intlWorld = () => makeWorld();

describe('zone table', () => {
  it('gives the same offset as Intl at any instant, inside its years and outside them', () => {
    const world = tableWorld();
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(2022, 0, 1), max: Date.UTC(2031, 0, 1) }), (name, ts) => {
        expect(world.zone(name).offset(ts)).toBe(intl(name, ts));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('finds each change to the minute (New York, 8 March 2026, 07:00 UTC)', () => {
    const ny = tableWorld().zone('America/New_York');
    expect(ny).not.toBeInstanceOf(IANAZone);
    expect(ny.offset(Date.UTC(2026, 2, 8, 6, 59))).toBe(-300);
    expect(ny.offset(Date.UTC(2026, 2, 8, 7, 0))).toBe(-240);
  });

  it('is not used when it was made from other zone data, or is not a table at all', () => {
    expect(readZoneTable(text, 'other')).toBeUndefined();
    expect(readZoneTable('not a table\n', undefined)).toBeUndefined();
    const world = makeWorld({ zones: () => readZoneTable(text, 'other') });
    expect(world.zone('Europe/London')).toBeInstanceOf(IANAZone);
    expect(world.names().size).toBe(0);
  });

  it('knows names case-insensitively', () => {
    expect(tableWorld().names().get('europe/london')).toBe('Europe/London');
  });

  it('gives the same advice as Intl', () => {
    const zones = ['America/New_York', 'Europe/London', 'Asia/Kolkata@08:00-16:00'];
    const answers = { purpose: 'decision', urgency: 'this-week', attendees: 5, timezones: zones };
    expect(adviceIn(tableWorld(), answers, 'Pacific/Auckland', '2026-03-27T22:30:00Z')).toEqual(adviceIn(intlWorld(), answers, 'Pacific/Auckland', '2026-03-27T22:30:00Z'));
  });
});

describe('two worlds in one process', () => {
  // A made-up table in which London keeps New York's clock: advice read with it differs, and
  // advice read with the real zones before and after it does not change.
  const odd = makeZoneTable(['Europe/London', 'America/New_York'], START, END, 'odd', (_name, ts) => intl('America/New_York', ts));
  const oddWorld = () => makeWorld({ zones: () => readZoneTable(odd, 'odd') });
  const answers = { purpose: 'decision', urgency: 'today', attendees: 2, timezones: ['America/New_York', 'Europe/London'] };

  it('gives each advice the zones of its own world', () => {
    const real = adviceIn(intlWorld(), answers, 'UTC', '2026-03-16T12:00:00Z');
    const strange = adviceIn(oddWorld(), answers, 'UTC', '2026-03-16T12:00:00Z');
    expect(real.facts.overlap_hours).toBe(4);
    expect(strange.facts.overlap_hours).toBe(8);
    expect(strange.facts.zone_spread_hours).toBe(0);
    expect(adviceIn(intlWorld(), answers, 'UTC', '2026-03-16T12:00:00Z')).toEqual(real);
  });
});

let ruleSet: RuleSet;
beforeAll(async () => {
  ruleSet = (await loadRuleSet(builtInRulesDir(), { cwd: process.cwd() })).ruleSet;
});

/** advise() on answers read with this world, as `ask --zone ZONE --now NOW` reads them. */
function adviceIn(world: World, answers: Record<string, unknown>, zone: string, now: string) {
  const organizer = world.zone(zone);
  const instant = parseNow(now, organizer);
  const hours = parseHoursRange(ruleSet.settings.workingHours);
  if ('problem' in instant || 'problem' in hours) throw new Error('bad test input');
  const read = readNeed(answers, ruleSet, { world, now: instant.instant, organizer, organizerZone: zone, hours });
  if ('problems' in read) throw new Error(read.problems.map((p) => p.message).join('\n'));
  return advise(ruleSet, read.need);
}

describe('wall-clock times', () => {
  const london = IANAZone.create('Europe/London');
  it('moves a time the clocks skip forward by the jump (29 March 2026, 01:30 -> 02:30 BST)', () => {
    expect(new Date(wallClockInstant(Date.UTC(2026, 2, 29, 1, 30), london)).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });
  it('reads a time that happens twice as the earlier one (25 October 2026, 01:30 BST)', () => {
    expect(new Date(wallClockInstant(Date.UTC(2026, 9, 25, 1, 30), london)).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });
  it('reads an ordinary time with that day’s offset', () => {
    expect(new Date(wallClockInstant(Date.UTC(2026, 6, 1, 9, 0), london)).toISOString()).toBe('2026-07-01T08:00:00.000Z');
  });
});
