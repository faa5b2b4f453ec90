// The names a draft template may hold in braces besides the facts: values of the step the draft
// is for. Described once, so the validator (rules/check-drafts.ts), the drafts (draft.ts) and the
// documentation agree.

export const DRAFT_VALUES = {
  minutes: "a live step's length in minutes",
  channel: "the step's first channel, e.g. Email",
  who: "the step's named roles, e.g. the incident lead, a scribe, and whoever can act (empty when it has none)",
  reply_window: "a written step's working time to reply, e.g. 2 working days",
  sessions: 'how many sessions a live step is split into, one per region or zone (0 when everyone meets at once)',
} as const;

/** In a part's `item` only: the entry it is written for. */
export const DRAFT_ENTRY_VALUES = {
  name: 'the reader, zone or session (a name from the roster and a place, e.g. Priya (Kolkata))',
  time: 'their own time: a reply-by, a meeting time, or a session in each zone',
} as const;

export const DRAFT_VALUE_NAMES: readonly string[] = Object.keys(DRAFT_VALUES);
export const DRAFT_ENTRY_NAMES: readonly string[] = Object.keys(DRAFT_ENTRY_VALUES);

/** The person's own placeholders in a draft: [[what you need decided]]. */
export const FILL_IN = /\[\[([^[\]]*)\]\]/g;

/** What is wrong with the [[ ]] in a text, if anything: an unclosed, stray or empty pair. */
export function fillInProblem(text: string): string | undefined {
  const rest = text.replace(FILL_IN, (_, inner: string) => (inner.trim() === '' ? '\u0000' : ''));
  if (rest.includes('\u0000')) return 'an empty [[ ]]';
  if (rest.includes('[[')) return 'a "[[" that is not closed by "]]"';
  if (rest.includes(']]')) return 'a "]]" with no "[[" before it';
  return undefined;
}
