import { describe, expect, it } from 'vitest';
import { checkZone } from '../../src/core/time/zones.js';
import { normalizePlace } from '../../src/zone-data/places.js';
import { makeWorld } from '../../src/zone-data/world.js';
import { placeText, world } from '../world.js';

describe('city and country names', () => {
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
    const result = checkZone(name, world);
    expect(result).toMatchObject({ zone, place: expect.stringMatching(label) });
  });

  it('lists the candidates of an ambiguous name, each with its zone, and how to choose', () => {
    const result = checkZone('Springfield', world);
    expect('problem' in result && result.problem.message).toMatch(/could be several places: Springfield, Massachusetts.*\(America\/New_York\); Springfield, Missouri.*\(America\/Chicago\)/);
    expect('problem' in result && result.problem.hint).toMatch(/"Springfield \(Massachusetts\)"/);
    expect(world.place('USA')).toMatchObject({ candidates: expect.arrayContaining([expect.objectContaining({ zone: 'America/Los_Angeles' })]) });
  });

  it('keeps abbreviations refused and IANA names as they were', () => {
    expect(checkZone('EST', world)).toMatchObject({ problem: { message: expect.stringMatching(/abbreviation/) } });
    expect(checkZone('Europe/London', world)).toEqual({ zone: 'Europe/London' });
  });

  it('normalizes case, accents, dots and hyphens', () => {
    expect(normalizePlace('  São-Paulo ')).toBe('sao paulo');
    expect(normalizePlace('Saint Louis')).toBe(normalizePlace('St. Louis'));
  });

  it('reads the table only for a name that is not an IANA zone', () => {
    let reads = 0;
    const counted = makeWorld({
      places: () => {
        reads++;
        return placeText();
      },
    });
    for (const zone of ['Europe/London', 'America/New_York', 'Asia/Kolkata', 'UTC']) checkZone(zone, counted);
    expect(reads).toBe(0);
    expect(checkZone('Tokyo', counted)).toMatchObject({ zone: 'Asia/Tokyo' });
    checkZone('Paris', counted);
    expect(reads).toBe(1);
  });
});
