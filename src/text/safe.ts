// Text from files commtriage did not write (rule files, answers, paths, flags) is shown to people
// only through visible(): a character that a terminal would act on instead of showing is written
// as an escape the reader can see. Applied where text is rendered, never in the core; JSON output
// is left to JSON.stringify (see README, "Text that cannot act on your terminal").

/**
 * The characters shown escaped:
 * - C0 controls but tab and newline (ESC starts terminal commands: titles, clearing, hyperlinks;
 *   CR and backspace overwrite what was printed), DEL, and the C1 controls (U+0080-U+009F:
 *   U+009B is a one-character ESC [ on some terminals);
 * - bidirectional formatting: the embeddings, overrides and isolates (U+202A-U+202E,
 *   U+2066-U+2069), which reorder what follows them, and the invisible direction marks
 *   (U+200E, U+200F, U+061C), which move neighbouring punctuation and cannot be seen.
 */
export const UNSAFE_CHARACTERS = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escape = (ch: string): string => {
  const code = ch.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** The text with every unsafe character written as \xNN or \uNNNN; newlines and tabs stay. */
export function visible(text: string): string {
  UNSAFE_CHARACTERS.lastIndex = 0;
  return UNSAFE_CHARACTERS.test(text) ? text.replace(UNSAFE_CHARACTERS, escape) : text;
}

/**
 * A copy of plain data (objects, arrays, strings, numbers) with every string, keys included,
 * passed through visible(). For the advice before a human-readable formatter reads it.
 */
export function visibleDeep<T>(value: T): T {
  if (typeof value === 'string') return visible(value) as T;
  if (Array.isArray(value)) return value.map((v) => visibleDeep(v)) as T;
  if (value === null || typeof value !== 'object') return value;
  // fromEntries defines own properties: a key named __proto__ stays a key.
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [visible(key), visibleDeep(v)])) as T;
}

/** The first unsafe character in the text, described for a warning: "ESC (\x1b)". */
export function describeUnsafe(text: string): { index: number; shown: string } | undefined {
  UNSAFE_CHARACTERS.lastIndex = 0;
  const match = UNSAFE_CHARACTERS.exec(text);
  if (!match) return undefined;
  const ch = match[0];
  const name = NAMES[ch.charCodeAt(0)];
  return { index: match.index, shown: name ? `${name} (${escape(ch)})` : escape(ch) };
}

const NAMES: Record<number, string> = {
  0x1b: 'an escape character',
  0x0d: 'a carriage return',
  0x08: 'a backspace',
  0x07: 'a bell',
  0x00: 'a NUL',
  0x7f: 'a DEL',
  0x9b: 'a C1 control sequence introducer',
  0x202a: 'a left-to-right embedding',
  0x202b: 'a right-to-left embedding',
  0x202c: 'a pop directional formatting',
  0x202d: 'a left-to-right override',
  0x202e: 'a right-to-left override',
  0x2066: 'a left-to-right isolate',
  0x2067: 'a right-to-left isolate',
  0x2068: 'a first-strong isolate',
  0x2069: 'a pop directional isolate',
  0x200e: 'a left-to-right mark',
  0x200f: 'a right-to-left mark',
  0x061c: 'an Arabic letter mark',
};

/** A value as the user wrote it, for a message: JSON-quoted, anything long cut short. */
export function shown(value: unknown, max: number): string {
  const text = typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? String(value));
  return text.length > max ? `${text.slice(0, max - 3)}...` : text;
}
