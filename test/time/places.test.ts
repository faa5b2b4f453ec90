import { describe, expect, it } from 'vitest';
import { checkZone } from '../../src/core/time/zones.js';
import { lookupPlace, normalizePlace, usePlaceTable } from '../../src/zone-data/places.js';
import { loadPlaceText } from '../../src/zone-data/system.js';
import { withPlaces } from './places-helper.js';

describe('city and country names', () => {
  withPlaces();

  it.each([
    ['London', 'Europe/London', /London, Westminster, United Kingdom/], // before London, Ontario
    ['Bangalore', 'Asia/Kolkata', /Bengaluru/], // a former name
    ['São Paulo', 'America/Sao_Paulo', /Brazil/],
    ['sao paulo', 'America/Sao_Paulo', /Brazil/],
    ['Sydney', 'Australia/Sydney', /Australia/], // before Sydney, Nova Scotia
    ['Portland', 'America/Los_Angeles', /Oregon/],
    ['Portland (Maine)', 'America/New_York', /Maine/],
    ['London, Canada', 'America/Toronto', /Ontario/],
    ['India', 'Asia/Kolkata', /India/],
    ['Rome', 'Europe/Rome', /Italy/], // four letters, yet not an abbreviation
  ])('%s -> %s, the most populous match', (name, zone, label) => {
    const result = checkZone(name);
    expect(result).toMatchObject({ zone, place: expect.stringMatching(label) });
  });

  it('lists the candidates of an ambiguous name, each with its zone, and how to choose', () => {
    const result = checkZone('Springfield');
    expect('problem' in result && result.problem.message).toMatch(/could be several places: Springfield, Massachusetts.*\(America\/New_York\); Springfield, Missouri.*\(America\/Chicago\)/);
    expect('problem' in result && result.problem.hint).toMatch(/"Springfield \(Massachusetts\)"/);
    expect(lookupPlace('USA')).toMatchObject({ candidates: expect.arrayContaining([expect.objectContaining({ zone: 'America/Los_Angeles' })]) });
  });

  it('keeps abbreviations refused and IANA names as they were', () => {
    expect(checkZone('EST')).toMatchObject({ problem: { message: expect.stringMatching(/abbreviation/) } });
    expect(checkZone('Europe/London')).toEqual({ zone: 'Europe/London' });
  });

  it('normalizes case, accents, dots and hyphens', () => {
    expect(normalizePlace('  São-Paulo ')).toBe('sao paulo');
    expect(normalizePlace('Saint Louis')).toBe(normalizePlace('St. Louis'));
  });

  it('reads the table only for a name that is not an IANA zone', () => {
    let reads = 0;
    usePlaceTable(() => {
      reads++;
      return loadPlaceText();
    });
    for (const zone of ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'UTC']) checkZone(zone);
    expect(reads).toBe(0);
    expect(checkZone('Tokyo')).toMatchObject({ zone: 'Asia/Tokyo' });
    checkZone('Paris');
    expect(reads).toBe(1);
    withPlaces();
  });
});
