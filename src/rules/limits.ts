// Limits checked on the text before the YAML parser sees it. The parser and everything after it
// recurse once per level, so a condition 10,000 levels deep would overflow the stack; and it reads
// about 1 MB a second, so an enormous [a, b, ...] list is refused before it is parsed. The depth
// counts block levels by indentation ("- " items and "key:" mappings each open one) and flow
// levels by brackets; it errs on the high side by a level or two, far below the limit. A long
// list written as "- " lines is caught after parsing (check-conditions.ts). README, "Limits".

/** Levels of mappings and lists; the built-in files use 8 at most. */
export const MAX_NESTING = 64;
/** Values in one condition's list (in, notIn): the longest real list is the ~600 IANA zones. */
export const MAX_CONDITION_LIST = 1000;

const BLOCK_SCALAR = /(?:^|[\s:-])[|>][-+0-9]*\s*(?:#.*)?$/;

/** Where the text first passes a limit: nested too deeply, or a list written [a, b, ...] too long. */
export interface TextLimit {
  offset: number;
  kind: 'depth' | 'list';
}

/** The first place the text passes MAX_NESTING or holds a [list] longer than MAX_CONDITION_LIST. */
export function textLimitAt(text: string): TextLimit | undefined {
  const stack: number[] = []; // the columns of the open block levels
  const flow: number[] = []; // per open [ or {: its items so far ([) or -1 ({)
  let blockScalarIndent = -1; // inside "reason: |" text: lines indented more than this are text
  let offset = 0;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const indent = line.length - line.trimStart().length;
    const body = line.trimStart();
    if (body === '' || (body.startsWith('#') && flow.length === 0)) continue;
    if (blockScalarIndent >= 0) {
      if (indent > blockScalarIndent) continue;
      blockScalarIndent = -1;
    }
    let column = indent;
    if (flow.length === 0) {
      while (stack.length > 0 && stack.at(-1)! >= indent) stack.pop();
      // "- - key: value" opens a list level per dash, then a mapping level for the key.
      while (/^-(?:\s|$)/.test(line.slice(column, column + 2))) {
        stack.push(column);
        column += 1;
        while (line[column] === ' ' || line[column] === '\t') column++;
      }
      if (/^[^\s#[{"'][^:#]*:(?:\s|$)|^["'][^"']*["']\s*:(?:\s|$)/.test(line.slice(column))) stack.push(column);
      if (stack.length > MAX_NESTING) return { offset: start + column, kind: 'depth' };
    }
    const wasFlow = flow.length;
    const result = scanFlow(line, column, flow, stack.length);
    if ('kind' in result) return { offset: start + result.at, kind: result.kind };
    if (wasFlow === 0 && flow.length === 0 && BLOCK_SCALAR.test(line.slice(0, result.end))) blockScalarIndent = indent;
  }
  return undefined;
}

/** Brackets and commas outside quotes and comments; a bracket inside plain text at level 0 is text. */
function scanFlow(line: string, from: number, flow: number[], block: number): { end: number } | { at: number; kind: TextLimit['kind'] } {
  let quote: string | undefined;
  for (let i = from; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    const inFlow = flow.length > 0;
    if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!))) return { end: i };
    if ((ch === '"' || ch === "'") && (inFlow || valueStart(line, i))) quote = ch;
    else if ((ch === '[' || ch === '{') && (inFlow || valueStart(line, i))) {
      flow.push(ch === '[' ? 1 : -1);
      if (block + flow.length > MAX_NESTING) return { at: i, kind: 'depth' };
    } else if ((ch === ']' || ch === '}') && inFlow) flow.pop();
    else if (ch === ',' && inFlow && flow.at(-1)! > 0) {
      if (++flow[flow.length - 1]! > MAX_CONDITION_LIST) return { at: i, kind: 'list' };
    } else if (!inFlow && !/\s/.test(ch) && !valueStart(line, i)) {
      // Plain text (a reason with "[1]" in it): skip to the end of the scalar.
      const next = line.slice(i).search(/:\s| #/);
      if (next < 0) return { end: line.length };
      i += next;
    }
  }
  return { end: line.length };
}

/** At the start of a value: after "key: ", "- ", or the start of the line. */
function valueStart(line: string, i: number): boolean {
  const before = line.slice(0, i).trimEnd();
  return before === '' || before.endsWith(':') || /(?:^|\s)-$/.test(before) || before.endsWith(',') || /[[{]$/.test(before);
}

/** The problem for a file nested deeper than the limit or with a [list] too long, at file:line:col, or undefined. */
export function textLimitProblem(file: string, text: string): { where: string; message: string; hint: string } | undefined {
  const found = textLimitAt(text);
  if (found === undefined) return undefined;
  const { offset } = found;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  const where = `${file}:${line}:${col}`;
  if (found.kind === 'list') return { where, ...listTooLong('in', MAX_CONDITION_LIST + 1, true) };
  return {
    where,
    message: `nested more than ${MAX_NESTING} levels deep (mappings and lists), the limit for a rule file`,
    hint: 'Flatten the condition: `not: { not: X }` is X, and an `all` inside an `all` can be one list. A condition rarely needs more than five levels.',
  };
}

/** The problem for a condition list longer than the limit. */
export const listTooLong = (op: string, length: number, atLeast = false): { message: string; hint: string } => ({
  message: atLeast
    ? `this list has more than ${MAX_CONDITION_LIST.toLocaleString('en-US')} values, the limit for a list in a rule file`
    : `operator "${op}" has a list of ${length.toLocaleString('en-US')} values, more than the limit of ${MAX_CONDITION_LIST.toLocaleString('en-US')}`,
  hint: 'Shorten the list, or turn it around: "notIn" with the values that are left out instead of "in" with the rest (or the reverse), or a question whose answer groups them.',
});
