// `rules validate` warns about text that YAML cut short: in a plain (unquoted) value, a space then
// "#" starts a comment, so `text: Post it in #eng-decisions` reads "Post it in" and the channel
// name is silently dropped. Found on the parsed document: a text field's plain value followed on
// its line by a comment. A comment written "# like this" (a space after the "#") is taken as meant;
// one that runs straight on from the "#" (#eng-decisions, #3) is taken as cut-off text.
import { type Document, isPair, isScalar, visit } from 'yaml';
import type { Problem } from '../errors.js';

/** The keys whose values are prose that people read (a `steps:` text field may join them). */
export const TEXT_KEYS: readonly string[] = ['text', 'reason', 'label', 'prompt', 'help', 'source', 'name'];

const SHOWN_MAX = 40;

/** One warning per cut text, at the offset of its "#" (the loader turns it into file:line:col). */
export function cutTextWarnings(doc: Document.Parsed, source: string): (Problem & { offset: number })[] {
  const warnings: (Problem & { offset: number })[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || !TEXT_KEYS.includes(String(pair.key.value))) return;
      const value = pair.value;
      if (!isScalar(value) || value.type !== 'PLAIN' || !value.range) return;
      const hash = cutAt(source, value.range[1]);
      if (hash === undefined) return;
      const end = source.indexOf('\n', hash);
      const rest = source.slice(hash, end < 0 ? undefined : end).trimEnd();
      const kept = value.value === null ? '' : String(value.value);
      const cut = rest.length > SHOWN_MAX ? `${rest.slice(0, SHOWN_MAX - 3)}...` : rest;
      const key = String(pair.key.value);
      warnings.push({
        offset: hash,
        message: `the text was cut at " ${cut}": YAML reads " #" as the start of a comment, so ${key} is ${kept ? `only ${JSON.stringify(kept)}` : 'empty'}`,
        hint: `Quote the whole value: ${key}: ${JSON.stringify(kept ? `${kept} ${rest}` : rest)}`,
      });
    },
  });
  return warnings;
}

/** The offset of a "#" that follows the value on its line and runs straight into text, if any. */
function cutAt(source: string, valueEnd: number): number | undefined {
  let i = valueEnd;
  while (source[i] === ' ' || source[i] === '\t') i++;
  // YAML needs a space (or the start of the value) before the "#" for it to start a comment.
  if (source[i] !== '#' || (i === valueEnd && i > 0 && !/\s/.test(source[i - 1]!))) return undefined;
  const next = source[i + 1];
  return next === undefined || /\s/.test(next) ? undefined : i;
}
