// Work that repeats between the needs of one run, remembered by key (json-rules-engine's Almanac,
// ESLint's lint-result-cache): the batch runner makes one and passes it in; a single `ask` passes
// none. A memo serves one rule set and one time context, so keys name only what varies between
// needs. The core itself keeps nothing between calls.
export interface Memo {
  remember<T>(key: string, compute: () => T): T;
}

/** Remembers nothing: every call works its answer out. */
export const NO_MEMO: Memo = { remember: (_key, compute) => compute() };
