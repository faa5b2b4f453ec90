// The batch cache (src/app/advise.ts) must stay bounded by size, not by count alone: a rule set
// of 1,000 rules fires hundreds a line, and a count-bounded cache of such verdicts once ran the
// batch worker out of memory.
import { describe, expect, it } from 'vitest';
import { AdviceCache } from '../../src/app/advise.js';

/** Looks up keys in order; returns those that had to be computed. */
function misses(cache: AdviceCache, keys: string[], size = 1, kind = 'k'): string[] {
  const computed: string[] = [];
  for (const key of keys) cache.get(kind, key, () => (computed.push(key), key.toUpperCase()), size);
  return computed;
}

const keys = (n: number, prefix = 'e') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe('AdviceCache', () => {
  it('gives the computed value on a hit', () => {
    const cache = new AdviceCache(10);
    expect(cache.get('k', 'a', () => 'A')).toBe('A');
    expect(cache.get('k', 'a', () => 'other')).toBe('A');
  });

  it('keeps two generations of entries of size 1, then forgets the oldest', () => {
    const cache = new AdviceCache(10);
    misses(cache, keys(20)); // young: e10-e19, old: e0-e9
    expect(misses(cache, ['e19', 'e10', 'e9'])).toEqual([]);
    const full = new AdviceCache(10);
    misses(full, keys(30)); // e0-e9 went when e20 arrived
    expect(misses(full, ['e29', 'e15', 'e5'])).toEqual(['e5']);
  });

  it('holds fewer entries the larger they are', () => {
    const cache = new AdviceCache(100);
    misses(cache, keys(30), 10); // ten a generation: e0-e9 went when e20 arrived
    expect(misses(cache, ['e29', 'e15', 'e5'], 10)).toEqual(['e5']);
    const small = new AdviceCache(100);
    misses(small, keys(30), 1); // the same entries at size 1 all fit
    expect(misses(small, ['e29', 'e15', 'e5'])).toEqual([]);
  });

  it('always keeps the newest entry, however large', () => {
    const cache = new AdviceCache(10);
    misses(cache, ['huge'], 1_000);
    expect(misses(cache, ['huge'])).toEqual([]);
  });

  it('bounds each kind apart', () => {
    const cache = new AdviceCache(10);
    misses(cache, keys(5), 1, 'zones');
    misses(cache, keys(100), 1, 'verdict');
    expect(misses(cache, keys(5), 1, 'zones')).toEqual([]);
  });
});
