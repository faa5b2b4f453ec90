import { describe, expect, it } from 'vitest';
import { parseHoursRange, parseZoneSpec } from '../../src/core/time/zones.js';
import { world } from '../world.js';

describe('parseZoneSpec', () => {
  it.each([
    ['America/New_York', { zone: 'America/New_York' }],
    ['  Europe/London ', { zone: 'Europe/London' }],
    ['america/new_york', { zone: 'America/New_York' }],
    ['asia/kolkata', { zone: 'Asia/Kolkata' }],
    ['utc', { zone: 'UTC' }],
    ['US/Eastern', { zone: 'America/New_York' }],
    ['America/New_York@08:00-16:00', { zone: 'America/New_York', hours: '08:00-16:00' }],
    ['Asia/Kolkata@8:30-17:30', { zone: 'Asia/Kolkata', hours: '08:30-17:30' }],
    ['Europe/London@00:00-24:00', { zone: 'Europe/London', hours: '00:00-24:00' }],
    ['Asia/Manila@22:00-07:00', { zone: 'Asia/Manila', hours: '22:00-07:00' }],
  ])('accepts %j', (spec, expected) => {
    const { hours, ...rest } = parseZoneSpec(spec, world) as { zone: string; hours?: { text: string } };
    expect({ ...rest, ...(hours ? { hours: hours.text } : {}) }).toEqual(expected);
  });

  it.each([
    ['Europe/Berln', 'not a known time zone', 'Did you mean "Europe/Berlin"?'],
    ['America/New_Yrok', 'not a known time zone', 'Did you mean "America/New_York"?'],
    ['Asia/Kolkatta', 'not a known time zone', 'Did you mean "Asia/Kolkata"?'],
    ['Mars/Olympus_Mons', 'not a known time zone', 'Use an IANA name'],
    ['EST', 'is an abbreviation', 'Did you mean "America/New_York"?'],
    ['CET', 'is an abbreviation', 'Did you mean "Europe/Paris"?'],
    ['+05:30', 'not a known time zone', 'Use an IANA name'],
    ['', 'is empty', 'Use an IANA name'],
    ['America/New_York@09:00-09:00', 'starts and ends at the same time', 'America/New_York@08:00-16:00'],
    ['America/New_York@09:00-25:00', 'outside 00:00-24:00', 'Zone@HH:mm-HH:mm'],
    ['America/New_York@09:60-17:00', 'outside 00:00-24:00', 'Zone@HH:mm-HH:mm'],
    ['America/New_York@9-17', 'not a range of hours', 'Zone@HH:mm-HH:mm'],
    ['Europe/Berln@9-17', 'not a known time zone', 'Europe/Berlin'],
  ])('refuses %j, saying what is wrong and how to fix it', (spec, message, hint) => {
    const result = parseZoneSpec(spec, world);
    if (!('problem' in result)) throw new Error(`accepted ${spec}`);
    expect(result.problem.where).toBe('timezones');
    expect(result.problem.message).toContain(message);
    expect(result.problem.hint).toContain(hint);
  });
});

describe('parseHoursRange', () => {
  it.each([
    ['09:00-17:00', false, { start: 540, end: 1020, text: '09:00-17:00' }],
    ['8:00 - 16:30', false, { start: 480, end: 990, text: '08:00-16:30' }],
    ['22:00-07:00', true, { start: 1320, end: 420, text: '22:00-07:00' }],
  ])('reads %j (wraps: %j)', (text, wraps, expected) => {
    expect(parseHoursRange(text, '--working-hours', wraps)).toEqual(expected);
  });

  it.each([
    ['22:00-07:00', false, 'overnight hours are not supported'],
    ['07:00-07:00', true, 'starts and ends at the same time'],
    ['24:00-24:00', true, 'outside 00:00-24:00'],
    ['nine to five', false, 'not a range of hours'],
  ])('refuses %j (wraps: %j)', (text, wraps, message) => {
    const result = parseHoursRange(text, '--working-hours', wraps);
    expect('problem' in result && result.problem).toMatchObject({ where: '--working-hours', message: expect.stringContaining(message) });
  });
});
