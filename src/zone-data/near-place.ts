// "Londn" -> London: a city name one or two letters off, for the did-you-mean when a name is
// neither a zone nor a place. Only on that error path, so a scan of the ~7,300 names is fine.
import { distance } from '../core/suggest.js';

export interface NamedPlace {
  city: string;
  pop: number;
  zone: string;
  label: string;
}

/** Cities this small are left out: a typo of a capital should not suggest a village. */
const MIN_POPULATION = 100_000;

/**
 * The city whose normalized name is closest to `key` (within a third of its length, at least one
 * edit and at most two), the most populous on a tie; undefined when none is that close.
 */
export function nearestCity(byCity: ReadonlyMap<string, readonly NamedPlace[]>, key: string): NamedPlace | undefined {
  if (key.length < 3) return undefined;
  const limit = Math.min(2, Math.max(1, Math.floor(key.length / 3)));
  let best: NamedPlace | undefined;
  let bestDistance = Infinity;
  for (const [name, rows] of byCity) {
    if (Math.abs(name.length - key.length) > limit) continue;
    const top = rows[0];
    if (!top || top.pop < MIN_POPULATION) continue;
    const d = distance(key, name);
    if (d > limit) continue;
    if (d < bestDistance || (d === bestDistance && best !== undefined && top.pop > best.pop)) {
      best = top;
      bestDistance = d;
    }
  }
  return best;
}
