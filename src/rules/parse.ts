// Pure: rule file texts in, a RuleSet or every problem at file:line:col out. YAML is parsed with
// positions kept, so that each problem found in the data can point back at its line and column.
import { type Document, LineCounter, type Node, isAlias, isMap, isNode, isScalar, parseDocument, visit } from 'yaml';
import type { Problem, SourcePlace } from '../errors.js';
import { syntaxProblems } from './yaml-errors.js';
import type { RuleSet } from '../core/types.js';
import { type Path, RESERVED_KEYS } from './shape.js';
import type { RuleDoc } from './merge.js';
import { type Diagnostic, validateRuleSet } from './validate.js';
import { unsafeTextWarnings } from './unsafe-text.js';
import { cutTextWarnings } from './warn-cut-text.js';
import { textLimitProblem } from './limits.js';
import { sourcePlace } from '../text/place.js';

export interface RuleText {
  /** The name shown in messages, e.g. "rules/questions.yaml". */
  file: string;
  text: string;
}

export type ParseResult =
  | { ruleSet: RuleSet; warnings: Problem[] }
  | {
      errors: Problem[];
      warnings: Problem[];
      /** Files with YAML errors were left out, so checks across files (names one file gives another) were skipped. */
      partial?: boolean;
    };

interface Parsed {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  text: string;
}

export interface ParseOptions {
  origin?: string;
  /** The built-in files, for a set that says `extends: builtin`; their items come first and may be replaced. */
  base?: RuleText[];
}

/** A problem with the order it is shown in: by file, then by place in the file. */
type Placed = { problem: Problem; key: number };

export function parseRuleTexts(files: RuleText[], options: ParseOptions = {}): ParseResult {
  const errors: Placed[] = [];
  const warnings: Problem[] = [];
  /** Text YAML cut at " #": shown among the rule set's warnings, in file order. */
  const cut: Placed[] = [];
  const parsed: Parsed[] = [];
  const data: RuleDoc[] = [];
  let broken = false;
  const all = [...(options.base ?? []).map((t) => ({ ...t, base: true })), ...files];
  for (const [index, { file, text, base }] of (all as (RuleText & { base?: boolean })[]).entries()) {
    // Checked on the text: the parser recurses once per level (a 10,000-deep condition overflows
    // it) and reads about 1 MB a second (a 100,000-value list would take it a second or two).
    const deep = textLimitProblem(file, text);
    if (deep) {
      errors.push({ problem: deep, key: index * 1e9 });
      continue;
    }
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
    const entry: Parsed = { file, doc, lines, text };
    const key = (offset: number): number => index * 1e9 + offset;
    for (const w of doc.warnings) warnings.push({ ...place(entry, w.pos[0]), message: w.message });
    if (doc.errors.length > 0) {
      // One problem per mistake, and the other files are still checked.
      broken = true;
      for (const { line, col, message, hint } of syntaxProblems(text, doc.errors)) {
        const offset = lines.lineStarts[line - 1]! + col - 1;
        errors.push({ problem: { ...place(entry, offset), message, hint }, key: key(offset) });
      }
      continue;
    }
    const unsafe = unsafeKeys(doc);
    errors.push(...unsafe.map(({ offset, ...p }) => ({ problem: { ...place(entry, offset), ...p }, key: key(offset) })));
    if (unsafe.length > 0) continue;
    const old = tableSection(doc);
    if (old?.both) errors.push({ problem: { ...place(entry, old.offset), ...TABLE_TWICE }, key: key(old.offset) });
    else if (old && !base) warnings.push({ ...place(entry, old.offset), ...RULES_RENAMED });
    if (!base) warnings.push(...unsafeTextWarnings(doc, text, (offset) => place(entry, offset).where));
    if (!base) cut.push(...cutTextWarnings(doc, text).map(({ offset, ...p }) => ({ problem: { ...place(entry, offset), ...p }, key: key(offset) })));
    try {
      data.push({ file, data: doc.toJS({ maxAliasCount: 100 }), ...(base && { base }) });
      parsed.push(entry);
    } catch (e) {
      // Unresolved or excessive aliases (a "billion laughs" file): point at the first alias.
      const offset = firstAlias(doc)?.range?.[0] ?? 0;
      const message = e instanceof Error ? e.message : String(e);
      errors.push({ problem: { ...place(entry, offset), message, hint: 'Use fewer YAML aliases (*name); write the values out instead.' }, key: key(offset) });
    }
  }
  const sorted = (list: Placed[]): Problem[] => list.sort((a, b) => a.key - b.key).map((p) => p.problem);
  // With a file left out, a name it defines looks unknown elsewhere: those checks wait for the fix.
  const result = data.length > 0 ? validateRuleSet(data, { origin: options.origin }) : undefined;
  const kept = (list: Diagnostic[]): Diagnostic[] => (broken ? list.filter((d) => !d.acrossFiles) : list);
  warnings.push(...sorted([...cut, ...(result ? placeAll(parsed, all, kept(result.warnings)) : [])]));
  const found = [...errors, ...(result && 'errors' in result ? placeAll(parsed, all, kept(result.errors)) : [])];
  if (found.length > 0 || !result || 'errors' in result) {
    return { errors: sorted(found), warnings, ...(broken && { partial: true }) };
  }
  // Each example's line, found by its name: counting the set's examples from a file would shift
  // every line after a built-in example that a team's file replaced.
  for (const { file, doc, lines } of parsed) {
    const lineOf = new Map<string, number>();
    const listed = doc.get('examples');
    const count = listed && typeof listed === 'object' && 'items' in listed ? (listed.items as unknown[]).length : 0;
    for (let i = 0; i < count; i++) {
      const name = doc.getIn(['examples', i, 'name']);
      const range = rangeOf(doc, ['examples', i], false);
      if (typeof name === 'string' && range && !lineOf.has(name)) lineOf.set(name, lines.linePos(range[0]).line);
    }
    for (const example of result.ruleSet.examples) {
      if (example.file !== file) continue;
      const line = lineOf.get(example.name);
      if (line !== undefined) example.line = line;
    }
  }
  return { ruleSet: result.ruleSet, warnings };
}

const RULES_RENAMED = { message: 'the decision table\'s section is now called "table:"; "rules:" is still read', hint: 'Rename the key "rules:" to "table:"; the rows under it stay as they are.', deprecated: true as const };
const TABLE_TWICE = { message: 'this file has both "table:" and "rules:" (the old name of table:)', hint: 'Move the rows under one "table:" key.' };

/**
 * The decision table's section is `table:` in a file; `rules:`, its old name, is still read. Both
 * reach the validator as `rules` (the key node keeps its place in the file, so every position
 * still points into the file as written). Returns where the old name is used.
 */
function tableSection(doc: Document.Parsed): { offset: number; both: boolean } | undefined {
  const map = doc.contents;
  if (!isMap(map)) return undefined;
  const keyNamed = (name: string) => map.items.map((p) => p.key).find((k) => isScalar(k) && k.value === name) as { value: unknown; range?: [number, number, number] } | undefined;
  const table = keyNamed('table');
  const old = keyNamed('rules');
  if (table) table.value = 'rules';
  return old ? { offset: old.range?.[0] ?? 0, both: table !== undefined } : undefined;
}

/**
 * Diagnostics at file:line:col, in reading order: by file, then by position in the file; problems
 * in examples last, since examples only refer to the rest (a misspelt "rules:" shows first).
 */
function placeAll(parsed: Parsed[], all: RuleText[], list: Diagnostic[]): Placed[] {
  return list.map((d, i) => {
    const index = all.findIndex((f) => f.file === d.file);
    const entry = parsed.find((p) => p.file === d.file);
    const offset = entry ? (rangeOf(entry.doc, d.path, d.atKey ?? false)?.[0] ?? 0) : 0;
    const related = d.related ? ` (first at ${locate(parsed, d.related.file, d.related.path, d.atKey ?? false)})` : '';
    const at = entry ? place(entry, offset) : d.file ? { where: d.file } : {};
    const problem = { ...at, message: d.message + related, ...(d.hint && { hint: d.hint }) };
    return { problem, key: (d.path[0] === 'examples' ? 1e15 : 0) + index * 1e9 + offset + i / 1e6 };
  });
}

/** "file:line:col" and the line of text, for a caret under the column. */
const place = ({ file, text }: Parsed, offset: number): { where: string; at: SourcePlace } => sourcePlace(file, text, offset);

/** `__proto__`, `constructor` and `prototype` are refused anywhere, as are keys that are not text. */
function unsafeKeys(doc: Document.Parsed): (Problem & { offset: number })[] {
  const problems: (Problem & { offset: number })[] = [];
  visit(doc, {
    Pair(_, pair) {
      const key = pair.key;
      const offset = isNode(key) ? (key.range?.[0] ?? 0) : 0;
      if (isScalar(key) && RESERVED_KEYS.includes(String(key.value))) {
        problems.push({ offset, message: `"${String(key.value)}" is a reserved name and cannot be a key`, hint: 'Rename or remove it.' });
      } else if (!isScalar(key)) {
        problems.push({ offset, message: 'a key must be plain text', hint: 'Write keys as plain names, e.g. id: ...' });
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
  return place(entry, rangeOf(entry.doc, path, atKey)?.[0] ?? 0).where;
}
