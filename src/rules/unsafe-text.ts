// `rules validate` warns about text that would act on a terminal instead of being shown: escape
// sequences, other control characters and bidirectional overrides (see text/safe.ts). Every
// place commtriage prints such text escapes it; the warning tells the author it is there at all.
import { type Document, isScalar, visit } from 'yaml';
import type { Problem } from '../errors.js';
import { describeUnsafe } from '../text/safe.js';

/** One warning per text (key or value) that holds an unsafe character, at the character itself. */
export function unsafeTextWarnings(doc: Document.Parsed, source: string, at: (offset: number) => string): Problem[] {
  const warnings: Problem[] = [];
  visit(doc, {
    Scalar(_, node) {
      if (!isScalar(node) || typeof node.value !== 'string') return;
      const found = describeUnsafe(node.value);
      if (!found || !node.range) return;
      // The character's own position when it is written raw; else the start of the text (an escape such as "\e").
      const raw = describeUnsafe(source.slice(node.range[0], node.range[1]));
      warnings.push({
        where: at(node.range[0] + (raw?.index ?? 0)),
        message: `this text holds ${found.shown}, which a terminal would act on instead of showing`,
        hint: 'commtriage shows it escaped; remove it unless you mean it to be there.',
      });
    },
  });
  return warnings;
}
