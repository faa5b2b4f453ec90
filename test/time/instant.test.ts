import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { IANAZone } from 'luxon';
import { parseNow } from '../../src/core/time/instant.js';
import { parseWindow } from '../../src/core/time/window.js';

describe('parseNow', () => {
  it.each([
    ['2026-03-16T12:00:00Z', 'UTC', '2026-03-16T12:00:00.000Z'],
    ['2026-03-16T12:00:00+01:00', 'America/New_York', '2026-03-16T11:00:00.000Z'],
    // Without an offset the time is read in the organizer's zone.
    ['2026-03-16T09:00', 'America/New_York', '2026-03-16T13:00:00.000Z'],
    ['2026-03-16', 'Asia/Kolkata', '2026-03-15T18:30:00.000Z'],
    // With an offset, a wall-clock time that the zone skips is still a plain instant.
    ['2026-03-08T02:30:00-05:00', 'America/New_York', '2026-03-08T07:30:00.000Z'],
  ])('reads %j in %s', (iso, zone, utc) => {
    const result = parseNow(iso, IANAZone.create(zone));
    expect('instant' in result && new Date(result.instant).toISOString()).toBe(utc);
  });

  it.each([
    ['yesterday', 'UTC', 'is not a valid ISO 8601 date-time', 'such as 2026-03-16T12:00:00Z'],
    ['2026-02-30T10:00:00Z', 'UTC', 'is not a valid ISO 8601 date-time', 'such as 2026-03-16T12:00:00Z'],
    ['2026-03-16 12:00', 'UTC', 'is not a valid ISO 8601 date-time', 'such as 2026-03-16T12:00:00Z'],
    // 02:30 never happens in New York on the day the clocks go forward...
    ['2026-03-08T02:30', 'America/New_York', 'does not exist in America/New_York', 'add an offset'],
    // ...and 01:30 happens twice on the day they go back: we ask which one rather than guess.
    ['2026-11-01T01:30', 'America/New_York', 'happens twice', '2026-11-01T01:30:00-04:00 or 2026-11-01T01:30:00-05:00'],
    ['2026-03-29T01:30', 'Europe/London', 'does not exist in Europe/London', 'add an offset'],
  ])('refuses %j in %s', (iso, zone, message, hint) => {
    const result = parseNow(iso, IANAZone.create(zone));
    if (!('problem' in result)) throw new Error(`accepted ${iso}`);
    expect(result.problem).toMatchObject({ where: '--now', message: expect.stringContaining(message) });
    expect(result.problem.hint).toContain(hint);
  });
});

describe('parseWindow: reply windows in working time', () => {
  it.each([
    ['PT1H', { days: 0, hours: 1 }],
    ['PT90M', { days: 0, hours: 1.5 }],
    ['P2D', { days: 2, hours: 0 }],
    ['P1W', { days: 5, hours: 0 }],
    ['P1DT4H', { days: 1, hours: 4 }],
    ['2 working days', { days: 2, hours: 0 }],
    ['a week', { days: 5, hours: 0 }],
    ['4 hours', { days: 0, hours: 4 }],
  ])('reads %s', (text, window) => {
    expect(parseWindow(text, 'replyWithin')).toEqual(window);
  });
  it.each([
    ['P300000Y', /years or months/],
    ['P1M', /years or months/],
    ['P0D', /empty reply window/],
    ['P16D', /longer than 15 working days/],
    ['1 fortnight', /not a reply window/],
    ['', /not a reply window/],
  ])('refuses %j', (text, says) => {
    const result = parseWindow(text, 'settings.replyBy.today');
    expect('problem' in result && result.problem).toMatchObject({ where: 'settings.replyBy.today', message: expect.stringMatching(says) });
  });
});

describe('instants inside bounds', () => {
  it.each([
    ['+275760-08-28T00:00:00Z', /year 275760/],
    ['1899-12-31T23:00:00Z', /year 1899/],
    ['2201-01-01T00:00:00Z', /year 2201/],
    ['2026-03-16T12:00:00+99:99', /offset \+99:99/],
    ['2026-03-16T12:00:00-19:00', /offset -19:00/],
    ['2026-03-16T12:00:00+05:60', /offset \+05:60/],
  ])('refuses %s, which would spin or mean nothing', (text, says) => {
    const result = parseNow(text);
    expect('problem' in result && result.problem.message).toMatch(says);
  });
  it.each(['1900-01-01T00:00:00Z', '2200-12-31T12:00:00Z', '2026-03-16T12:00:00+14:00', '2026-03-16T12:00:00-12:00'])('accepts %s', (text) => {
    expect('instant' in parseNow(text)).toBe(true);
  });
});

describe('the quick path for plain ISO instants', () => {
  const two = (n: number) => String(n).padStart(2, '0');
  it('reads every Z/offset date-time exactly as luxon does, and leaves invalid ones to it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2060 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 24 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 60 }),
        fc.constantFrom('', '.5', '.123', '.04'), fc.constantFrom('Z', '+05:30', '-03:00', '+14:00', '-00:00', '+24:00'),
        (y, mo, d, h, mi, s, frac, offset) => {
          const text = `${y}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}:${two(s)}${frac}${offset}`;
          const luxon = DateTime.fromISO(text, { zone: 'UTC' });
          const ours = parseNow(text);
          if (offset === '+24:00') expect('problem' in ours).toBe(true); // past the widest UTC offset, +18:00
          else if (luxon.isValid) expect('instant' in ours && ours.instant).toBe(luxon.toMillis());
          else expect('problem' in ours).toBe(true);
        },
      ),
      { numRuns: 3000, seed: 11 },
    );
  });
});
