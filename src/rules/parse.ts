// Pure: rule file texts in, a RuleSet or every problem at file:line:col out. YAML is parsed with
// positions kept, so that each problem found in the data can point back at its line and column.
import { type Document, LineCounter, type Node, isAlias, isMap, isNode, isScalar, parseDocument, visit } from 'yaml';
import type { Problem } from '../errors.js';
import type { RuleSet } from '../core/types.js';
import { type Path, RESERVED_KEYS } from './shape.js';
import type { RuleDoc } from './merge.js';
import { type Diagnostic, validateRuleSet } from './validate.js';
import { unsafeTextWarnings } from './unsafe-text.js';
import { textLimitProblem } from './limits.js';

export interface RuleText {
  /** The name shown in messages, e.g. "rules/questions.yaml". */
  file: string;
  text: string;
}

export type ParseResult = { ruleSet: RuleSet; warnings: Problem[] } | { errors: Problem[]; warnings: Problem[] };

interface Parsed {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

const YAML_HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'Each key may appear once in a mapping; remove or rename the repeated one.',
  TAB_AS_INDENT: 'Indent with spaces, not tabs.',
  MULTIPLE_DOCS: 'A rule file holds one YAML document: remove the "---" line or split the file.',
  BLOCK_AS_IMPLICIT_KEY: 'Quote text that contains ": ", e.g. reason: "Note: ...".',
};
const DEFAULT_YAML_HINT = 'Check the indentation and punctuation here; list items start with "- " and nested keys are indented.';

export interface ParseOptions {
  origin?: string;
  /** The built-in files, for a set that says `extends: builtin`; their items come first and may be replaced. */
  base?: RuleText[];
}

export function parseRuleTexts(files: RuleText[], options: ParseOptions = {}): ParseResult {
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const parsed: Parsed[] = [];
  const data: RuleDoc[] = [];
  const all = [...(options.base ?? []).map((t) => ({ ...t, base: true })), ...files];
  for (const { file, text, base } of all as (RuleText & { base?: boolean })[]) {
    // Checked on the text: the parser recurses once per level (a 10,000-deep condition overflows
    // it) and reads about 1 MB a second (a 100,000-value list would take it a second or two).
    const deep = textLimitProblem(file, text);
    if (deep) {
      errors.push(deep);
      continue;
    }
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const at = (offset: number): string => where(file, lines, offset);
    for (const e of doc.errors) errors.push(unclosedFlow(text, e.message, e.pos[0], at) ?? { where: at(e.pos[0]), message: e.message, hint: YAML_HINTS[e.code] ?? DEFAULT_YAML_HINT });
    for (const w of doc.warnings) warnings.push({ where: at(w.pos[0]), message: w.message });
    if (doc.errors.length > 0) continue;
    const unsafe = unsafeKeys(doc, at);
    errors.push(...unsafe);
    if (unsafe.length > 0) continue;
    if (!base) warnings.push(...unsafeTextWarnings(doc, text, at));
    try {
      data.push({ file, data: doc.toJS({ maxAliasCount: 100 }), ...(base && { base }) });
      parsed.push({ file, doc, lines });
    } catch (e) {
      // Unresolved or excessive aliases (a "billion laughs" file): point at the first alias.
      const alias = firstAlias(doc);
      errors.push({
        where: at(alias?.range?.[0] ?? 0),
        message: e instanceof Error ? e.message : String(e),
        hint: 'Use fewer YAML aliases (*name); write the values out instead.',
      });
    }
  }
  // Syntax problems first: validating a partial set would mostly report their echoes.
  if (errors.length > 0) return { errors, warnings };

  const result = validateRuleSet(data, { origin: options.origin });
  // Problems in reading order: by file, then by position in the file; problems in examples last,
  // since examples only refer to the rest (a misspelt "rules:" shows first, its echoes after).
  const order = (d: Diagnostic): number => {
    const index = parsed.findIndex((p) => p.file === d.file);
    const entry = parsed[index];
    const inExamples = d.path[0] === 'examples' ? 1e15 : 0;
    return inExamples + index * 1e9 + (entry ? (rangeOf(entry.doc, d.path, d.atKey ?? false)?.[0] ?? 0) : 0);
  };
  const toProblems = (list: Diagnostic[]): Problem[] =>
    list
      .map((d, i) => ({ d, i, key: order(d) }))
      .sort((a, b) => a.key - b.key || a.i - b.i)
      .map(({ d }) => {
        const related = d.related ? ` (first at ${locate(parsed, d.related.file, d.related.path, d.atKey ?? false)})` : '';
        const at = locate(parsed, d.file, d.path, d.atKey ?? false);
        return { ...(at && { where: at }), message: d.message + related, ...(d.hint && { hint: d.hint }) };
      });
  warnings.push(...toProblems(result.warnings));
  if ('errors' in result) return { errors: toProblems(result.errors), warnings };
  for (const { file, doc, lines } of parsed) {
    let index = 0;
    for (const example of result.ruleSet.examples) {
      if (example.file !== file) continue;
      const range = rangeOf(doc, ['examples', index++], false);
      if (range) example.line = lines.linePos(range[0]).line;
    }
  }
  return { ruleSet: result.ruleSet, warnings };
}

/**
 * The YAML parser notices a missing "}" or "]" only where the next line starts; the mistake is on
 * the line that opened the bracket, so point there.
 */
function unclosedFlow(text: string, message: string, offset: number, at: (offset: number) => string): Problem | undefined {
  const close = /^Flow (?:map|sequence) in block collection must .* end with an? ([}\]])/.exec(message)?.[1];
  if (!close) return undefined;
  const open = close === '}' ? '{' : '[';
  let depth = 0;
  let lineEnd = offset;
  while (lineEnd > 0) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    // Brackets inside quotes or after a comment's "#" do not count.
    const line = text.slice(lineStart, lineEnd).replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, (q) => ' '.repeat(q.length)).replace(/(^|\s)#.*$/, '');
    for (let i = line.length - 1; i >= 0; i--) {
      if (line[i] === close) depth++;
      else if (line[i] === open && depth-- === 0) {
        return {
          where: at(lineStart + i),
          message: `this "${open}" is never closed with "${close}"`,
          hint: `Add "${close}" where the ${open === '{' ? 'mapping' : 'list'} ends (usually the end of this line), or write it as an indented block.`,
        };
      }
    }
    lineEnd = lineStart - 1;
  }
  return undefined;
}

function where(file: string, lines: LineCounter, offset: number): string {
  const { line, col } = lines.linePos(offset);
  return `${file}:${line}:${col}`;
}

/** `__proto__`, `constructor` and `prototype` are refused anywhere, as are keys that are not text. */
function unsafeKeys(doc: Document.Parsed, at: (offset: number) => string): Problem[] {
  const problems: Problem[] = [];
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key;
      const offset = isNode(key) ? (key.range?.[0] ?? 0) : 0;
      if (isScalar(key) && RESERVED_KEYS.includes(String(key.value))) {
        problems.push({ where: at(offset), message: `"${String(key.value)}" is a reserved name and cannot be a key`, hint: 'Rename or remove it.' });
      } else if (!isScalar(key)) {
        problems.push({ where: at(offset), message: 'a key must be plain text', hint: 'Write keys as plain names, e.g. id: ...' });
      }
    },
  });
  return problems;
}

function firstAlias(doc: Document.Parsed): Node | undefined {
  let found: Node | undefined;
  visit(doc, {
    Alias(_, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

/** The node at `path` (the key itself for atKey), else the nearest ancestor that has a position. */
function rangeOf(doc: Document.Parsed, path: Path, atKey: boolean): [number, number, number] | undefined {
  if (atKey && path.length > 0) {
    const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
    const last = path.at(-1);
    const pair = isMap(parent) ? parent.items.find((p) => isScalar(p.key) && p.key.value === last) : undefined;
    if (isNode(pair?.key) && pair.key.range) return pair.key.range;
  }
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && !isAlias(node) && node.range) return node.range;
  }
  return undefined;
}

function locate(parsed: Parsed[], file: string, path: Path, atKey: boolean): string | undefined {
  const entry = parsed.find((p) => p.file === file);
  if (!entry) return file || undefined;
  return where(file, entry.lines, rangeOf(entry.doc, path, atKey)?.[0] ?? 0);
}
