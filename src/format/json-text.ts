// JSON for a terminal as well as for a program: JSON.stringify escapes the C0 controls but leaves
// DEL, the C1 controls (U+009B is a one-character ESC [ on some terminals) and the bidirectional
// formatting characters raw. Written as \uXXXX they parse to the same strings.
const LEFT_RAW = /[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function jsonText(value: unknown, indent: number | undefined = 2): string {
  return JSON.stringify(value, null, indent).replace(LEFT_RAW, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
