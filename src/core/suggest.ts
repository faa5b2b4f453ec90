// "Did you mean ...?" for near misses in ids, keys, operators and zone names.

export function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + cost);
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The closest candidate within a third of the word's length (at least 2 edits), if any. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** " Did you mean `x`?" or "" — ready to append to a hint. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closest(word, candidates);
  return match ? ` Did you mean "${match}"?` : '';
}

const bare = (name: string): string => name.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * closest, or else the one candidate that holds the word or is held by it, ignoring case and
 * separators: "overlap" -> overlap_hours, "zone_spread" -> zone_spread_hours, "attendees_count" ->
 * attendees. Part matches need four letters and must be unambiguous.
 */
export function closestName(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  const near = closest(word, list);
  if (near !== undefined) return near;
  const w = bare(word);
  if (w.length < 4) return undefined;
  const holding = list.filter((c) => bare(c).includes(w));
  if (holding.length === 1) return holding[0];
  if (holding.length > 1) return undefined;
  const held = list.filter((c) => bare(c).length >= 4 && w.includes(bare(c)));
  return held.length === 1 ? held[0] : undefined;
}
