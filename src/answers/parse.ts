// Answers as YAML text (a file, stdin) -> a raw record of id -> value. Pure: the callers read
// files and streams. Types are checked later, against the questions (validate.ts). Keys given
// twice and forbidden keys are refused with the same words as the JSON reader (json.ts).
import { isMap, isNode, isScalar, parseDocument, visit } from 'yaml';
import type { Problem } from '../errors.js';
import { UserError } from '../errors.js';
import { FORBIDDEN_KEYS } from '../core/record.js';
import { MAX_ANSWERS_BYTES, duplicateProblem, forbiddenProblem } from './json.js';
import { sourcePlace } from '../text/place.js';

/** Enough for any honest answers file, far too few for an alias bomb ("billion laughs"). */
const MAX_ALIASES = 50;
const FORMAT_HINT =
  'Answers are YAML or JSON mapping question ids to values, e.g. `purpose: decision` or {"purpose": "decision"}.';

export function parseAnswersText(text: string, source: string): Record<string, unknown> {
  const bytes = text.length > MAX_ANSWERS_BYTES ? text.length : Buffer.byteLength(text, 'utf8');
  // Callers stop reading just past the limit, so the real size is unknown here: name only the limit.
  if (bytes > MAX_ANSWERS_BYTES) {
    fail(
      source,
      `the answers are larger than the size limit, ${MAX_ANSWERS_BYTES / 1024} KB.`,
      'Answers are a short mapping of question ids to values; check that this is the right file.',
    );
  }
  const binaryAt = text.search(/[\u0000\uFFFD]/);
  if (binaryAt >= 0) {
    fail(sourcePlace(source, text, binaryAt).where, 'this looks like binary data (a NUL byte or invalid UTF-8), not YAML or JSON.', FORMAT_HINT);
  }
  if (text.trim() === '') fail(source, 'no answers were given (the input is empty).', EMPTY_HINT);

  // logLevel error: yaml would otherwise print its own warnings to stderr, unasked.
  // uniqueKeys off: a key given twice is found below, by name, as the JSON reader reports it.
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false, logLevel: 'error' });
  const where = (offset: number | undefined): string => (offset === undefined ? source : sourcePlace(source, text, offset).where);
  if (doc.errors.length > 0) {
    // The first few errors; later ones are usually echoes of the first.
    const problems = doc.errors.slice(0, 3).map(
      (e): Problem => ({
        where: where(e.pos[0]),
        message: `${e.message.replace(/\.$/, '')} (not valid YAML or JSON).`,
        hint: FORMAT_HINT,
      }),
    );
    throw new UserError(problems);
  }
  if (doc.contents === null) fail(source, 'no answers were given (only comments).', EMPTY_HINT);
  if (!isMap(doc.contents)) {
    const found = isScalar(doc.contents) ? 'a single value' : 'a list';
    fail(where(doc.contents.range?.[0]), `expected a mapping like \`purpose: decision\`, found ${found}.`, FORMAT_HINT);
  }

  const forbidden: Problem[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) forbidden.push(duplicateProblem(String(pair.key.value), where(pair.key.range?.[0])));
        seen.add(pair.key.value);
      }
    },
    Pair(_, pair) {
      if (!isScalar(pair.key)) {
        forbidden.push({
          where: where(isNode(pair.key) ? pair.key.range?.[0] : undefined),
          message: 'this key is not a plain name (it is a list, a mapping or empty); answer keys are plain names.',
          hint: 'Write each answer as `id: value`; run `commtriage questions` to list the ids.',
        });
      } else if (FORBIDDEN_KEYS.has(String(pair.key.value))) {
        forbidden.push(forbiddenProblem(String(pair.key.value), where(pair.key.range?.[0])));
      }
    },
  });
  if (forbidden.length > 0) throw new UserError(forbidden);

  let plain: unknown;
  try {
    plain = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (error) {
    // yaml throws ReferenceError for alias bombs and for aliases without an anchor.
    const message = error instanceof Error ? error.message : String(error);
    fail(source, `the answers could not be read: ${message}.`, `Use at most ${MAX_ALIASES} YAML aliases (*name), each after its anchor (&name).`);
  }
  const result: Record<string, unknown> = Object.create(null);
  for (const [key, value] of Object.entries(plain as Record<string, unknown>)) result[key] = value;
  return result;
}

const EMPTY_HINT =
  'Give answers with --set id=value, --answers FILE, or YAML/JSON on standard input, e.g. `echo "purpose: decision" | commtriage ask`.';

function fail(where: string, message: string, hint: string): never {
  throw new UserError({ where, message, hint });
}
