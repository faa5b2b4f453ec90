// Text generators for the parser properties: random text of every kind, and text that is nearly
// YAML or JSON, which reaches deeper into the parsers than random characters do.
import fc from 'fast-check';

/** Random text: ASCII, any code point (lone surrogates included), whole graphemes. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
);

const KEYS = ['purpose', 'urgency', 'attendees', 'timezones', 'sensitive', '__proto__', 'constructor', 'prototype', 'toString', '<<', '', ' ', 'a b', '"q"', '? k', '-', '1', 'null', 'true'];
const SCALARS = [
  'decision', 'today', '5', '2.5', '-3', '0x1F', '1e309', '.inf', '.nan', '~', 'null', 'yes', 'no', 'on', 'y', 'true', '""', "''", '"\\u0000"', '"\\ud800"',
  'Europe/London', 'Europe/Berln', 'UTC@09:00-17:00', '2026-03-16', '!!binary aGk=', '!!int x', '!!str 3', '!!map {}', '!!set {a}', '!!omap [a: 1]', '!custom x',
  '&a [1, 2]', '*a', '*missing', '|\n  block', '>-\n  folded', '[a, [b, [c]]]', '{a: {b: {c: d}}}', '{', ']', "'unterminated", '"unterminated', '@', '`', '%', '\t', '#', ': :',
];

/** Lines of `key: value` with random indentation, list dashes, comments and document markers. */
export const yamlish: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom('', '- ', '? '), fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), fc.constantFrom(...SCALARS)).map(
        ([indent, lead, key, value]) => `${' '.repeat(indent)}${lead}${key}: ${value}`,
      ),
      fc.constantFrom('---', '...', '# comment', '%YAML 1.2', '%TAG ! tag:x,2000:', '', '  - item', '- [a, b]', 'x: &anchor', '  y: *anchor'),
    ),
    { maxLength: 12 },
  )
  .map((lines) => lines.join('\n'));

/** Valid JSON of any shape, an object of any values, and JSON cut short or with a stray character. */
export const jsonish: fc.Arbitrary<string> = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 }).map((o) => JSON.stringify(o)),
  fc.tuple(fc.json({ maxDepth: 3 }), fc.nat(), fc.constantFrom('', ',', '"', '{', '}', ':', '\\', '\u0000', '\n', '\t', '#', '&', '*')).map(([text, at, insert]) => {
    const cut = at % (text.length + 1);
    return text.slice(0, cut) + insert + text.slice(cut + (insert === '' ? 0 : at % 2));
  }),
);
