import fc from 'fast-check';
import { IANAZone } from 'luxon';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSchedule } from '../../src/core/time/schedule.js';
import { makeZoneTable, readZoneTable } from '../../src/zone-data/table.js';
import { tableNames, useZoneTable, zoneOf } from '../../src/zone-data/tz.js';
import { wallClockInstant } from '../../src/core/time/hours.js';
import { at, settings } from './helpers.js';

const ZONES = ['America/New_York', 'Europe/London', 'Asia/Kolkata', 'Pacific/Auckland', 'America/Los_Angeles', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Africa/Casablanca', 'America/Sao_Paulo', 'UTC'];
const START = Date.UTC(2024, 0, 1);
const END = Date.UTC(2029, 0, 1);
const intl = (name: string, ts: number) => IANAZone.create(name).offset(ts);
const text = makeZoneTable(ZONES, START, END, 'test', intl);

afterAll(() => useZoneTable(() => undefined));

describe('zone table', () => {
  it('gives the same offset as Intl at any instant, inside its years and outside them', () => {
    useZoneTable(() => readZoneTable(text, 'test'));
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.integer({ min: Date.UTC(2022, 0, 1), max: Date.UTC(2031, 0, 1) }), (name, ts) => {
        expect(zoneOf(name).offset(ts)).toBe(intl(name, ts));
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('finds each change to the minute (New York, 8 March 2026, 07:00 UTC)', () => {
    useZoneTable(() => readZoneTable(text, 'test'));
    const ny = zoneOf('America/New_York');
    expect(ny).not.toBeInstanceOf(IANAZone);
    expect(ny.offset(Date.UTC(2026, 2, 8, 6, 59))).toBe(-300);
    expect(ny.offset(Date.UTC(2026, 2, 8, 7, 0))).toBe(-240);
  });

  it('is not used when it was made from other zone data, or is not a table at all', () => {
    expect(readZoneTable(text, 'other')).toBeUndefined();
    expect(readZoneTable('not a table\n', undefined)).toBeUndefined();
    useZoneTable(() => undefined);
    expect(zoneOf('Europe/London')).toBeInstanceOf(IANAZone);
    expect(tableNames().size).toBe(0);
  });

  it('knows names case-insensitively', () => {
    useZoneTable(() => readZoneTable(text, 'test'));
    expect(tableNames().get('europe/london')).toBe('Europe/London');
  });

  it('gives the same schedule as Intl', () => {
    const zones = ['America/New_York', 'Europe/London', 'Asia/Kolkata@08:00-16:00'];
    const make = () => buildSchedule(zones, at('2026-03-27T22:30:00Z', 'Pacific/Auckland'), settings, { outcome: 'hybrid', urgency: 'this-week', meetingMinutes: 50 });
    useZoneTable(() => undefined);
    const withIntl = make();
    useZoneTable(() => readZoneTable(text, 'test'));
    expect(make()).toEqual(withIntl);
  });
});

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
