// YAML syntax errors as one problem per mistake. The parser reports an indentation mistake as a
// cascade (a tab gave five errors, a dedent three), often on the line above and with a hint about
// quoting. Here the first error is explained: a tab or a line indented unlike its neighbours is
// reported on its own line with "indent this line like the one above". That line is then mended
// in a copy, and the copy parsed again, so a later, independent mistake is found in the same run.
import { type YAMLError, parseDocument } from 'yaml';
import { OPERATOR_SYMBOLS } from './rule-shapes.js';
import { sourcePlace } from '../text/place.js';

export interface SyntaxProblem {
  /** 1-based, in the text as written (mending keeps every line where it was). */
  line: number;
  col: number;
  message: string;
  hint: string;
}

const HINTS: Record<string, string> = {
  DUPLICATE_KEY: 'Each key may appear once in a mapping; remove or rename the repeated one.',
  MULTIPLE_DOCS: 'A rule file holds one YAML document: remove the "---" line or split the file.',
  BLOCK_AS_IMPLICIT_KEY: 'Quote text that contains ": ", e.g. reason: "Note: ...".',
};
const DEFAULT_HINT = 'Check the indentation and punctuation here; list items start with "- " and nested keys are indented.';
const MAX_PER_FILE = 10;

interface Found {
  problem: SyntaxProblem;
  /** The text with this mistake mended, to look for the next one; absent: stop here. */
  mended?: string;
}

export function syntaxProblems(text: string, errors: readonly YAMLError[]): SyntaxProblem[] {
  const problems: SyntaxProblem[] = [];
  let current = text;
  let pending = errors;
  while (pending.length > 0 && problems.length < MAX_PER_FILE) {
    const first = [...pending].sort((a, b) => a.pos[0] - b.pos[0])[0]!;
    const found = explain(current, first);
    if (problems.some((p) => p.line === found.problem.line)) break; // mending did not help: stop
    problems.push(found.problem);
    if (found.mended === undefined) break;
    current = found.mended;
    pending = parseDocument(current, { uniqueKeys: true, prettyErrors: false }).errors;
  }
  return problems;
}

function explain(text: string, error: YAMLError): Found {
  const lines = text.split('\n');
  const { line, col } = position(text, error.pos[0]);
  const flow = unclosedFlow(text, error.message, error.pos[0]);
  if (flow) return { problem: flow };
  const symbol = operatorSymbol(lines, line);
  if (symbol) return symbol;
  const quoting = error.code === 'BLOCK_AS_IMPLICIT_KEY' && /:\s\S.*:\s/.test(lines[line - 1] ?? '');
  for (const candidate of quoting ? [] : [line, line + 1]) {
    const indent = indentation(lines, candidate);
    if (indent) return indent;
  }
  const problem = { line, col, message: error.message, hint: HINTS[error.code] ?? DEFAULT_HINT };
  if (error.code === 'DUPLICATE_KEY') return { problem, mended: replaceLine(lines, line, (l) => `${l.slice(0, col - 1)}x${l.slice(col - 1)}`) };
  return { problem };
}

function position(text: string, offset: number): { line: number; col: number } {
  const { line, column } = sourcePlace('', text, offset).at;
  return { line, col: column };
}

const replaceLine = (lines: string[], line: number, edit: (text: string) => string): string =>
  lines.map((l, i) => (i === line - 1 ? edit(l) : l)).join('\n');

/** `operator: >` is a YAML error (">" starts a block of text); operators are names anyway. */
function operatorSymbol(lines: string[], line: number): Found | undefined {
  const text = lines[line - 1] ?? '';
  const match = /(\boperator:\s*)(>=|<=|!=|==|>|<|=)(?=[\s,}]|$)/.exec(text);
  const name = match ? OPERATOR_SYMBOLS[match[2]!] : undefined;
  if (!match || !name) return undefined;
  const col = match.index + match[1]!.length + 1;
  return {
    problem: { line, col, message: `operators are written as names: "${match[2]}" is "${name}"`, hint: `Write operator: ${name}.` },
    mended: replaceLine(lines, line, (l) => `${l.slice(0, col - 1)}${name}${l.slice(col - 1 + match[2]!.length)}`),
  };
}

const spaces = (list: number[]): string => `${list.length > 1 ? `${list.slice(0, -1).join(', ')} or ${list.at(-1)}` : list[0]} spaces`;
const leading = (line: string): string => /^[ \t]*/.exec(line)![0];
const isBlank = (line: string): boolean => /^\s*(#.*)?$/.test(line);
const looksLikeEntry = (content: string): boolean => /^(- |-$|[\w"'.-]+\s*:(\s|$))/.test(content);

interface Context {
  /** Indents a line may have here: of the enclosing keys and list items, innermost last. */
  stack: number[];
  /** The nearest non-blank line above ends a key with ":" (or is a bare "-"): a block may start. */
  opens: boolean;
  /** The nearest non-blank line above leaves a "{" or "[" open. */
  inFlow: boolean;
  above?: string;
}

/** What the lines above `line` (1-based) allow. They parsed, so text that continues a value is skipped. */
function contextOf(lines: string[], line: number): Context {
  const stack: number[] = [];
  let opens = false;
  let scalarParent = -1;
  let depth = 0;
  let above: string | undefined;
  for (const text of lines.slice(0, line - 1)) {
    if (isBlank(text)) continue;
    const indent = leading(text).length;
    if (scalarParent >= 0 && indent > scalarParent) continue; // inside a | or > block
    scalarParent = -1;
    if (depth > 0 || (!opens && indent > (stack.at(-1) ?? -1) && stack.length > 0)) {
      depth = Math.max(0, depth + flowDepth(text));
      continue; // a value running on from the line above
    }
    while (stack.length > 0 && stack.at(-1)! > indent) stack.pop();
    if (stack.at(-1) !== indent) stack.push(indent);
    let content = text.slice(indent);
    for (let item = /^-( +)/.exec(content); item; item = /^-( +)/.exec(content)) {
      stack.push(stack.at(-1)! + 1 + item[1]!.length);
      content = content.slice(1 + item[1]!.length);
    }
    const value = content.replace(/\s+#.*$/, '');
    opens = /:$/.test(value) || value === '-';
    if (/(^|:\s*)[|>][-+0-9]*$/.test(value)) scalarParent = stack.at(-1)!;
    depth = Math.max(0, flowDepth(value));
    above = text;
  }
  return { stack, opens, inFlow: depth > 0, above };
}

const flowDepth = (text: string): number => {
  const bare = text.replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, '');
  return (bare.match(/[{[]/g)?.length ?? 0) - (bare.match(/[}\]]/g)?.length ?? 0);
};

/** A tab in the indentation, or an indent that lines up with nothing above: one problem, mended. */
function indentation(lines: string[], line: number): Found | undefined {
  const text = lines[line - 1];
  if (text === undefined || isBlank(text)) return undefined;
  const { stack, opens, inFlow, above } = contextOf(lines, line);
  if (inFlow || above === undefined) return undefined;
  const lead = leading(text);
  const content = text.slice(lead.length);
  const top = stack.at(-1) ?? 0;
  const mend = (indent: number): string => replaceLine(lines, line, () => ' '.repeat(indent) + content);
  const others = [...new Set(stack.slice(0, -1))].reverse();
  const further = others.length > 0 ? `, or like a line further up that it belongs with (${spaces(others)})` : '';
  if (lead.includes('\t')) {
    const want = opens ? top + 2 : top;
    const how = opens
      ? `indent this line like the one above plus 2 spaces (${want} spaces), since that line ends with ":"`
      : `indent this line like the one above (${want} spaces)${further}`;
    return {
      problem: { line, col: lead.indexOf('\t') + 1, message: 'this line is indented with a tab', hint: `YAML indents with spaces only: replace the tab, and ${how}.` },
      mended: mend(want),
    };
  }
  const indent = lead.length;
  if (!looksLikeEntry(content) || stack.includes(indent) || (opens && indent > top) || (opens && indent === top && content.startsWith('-'))) return undefined;
  const deeper = indent > top;
  const message = deeper
    ? `this line is indented ${indent} spaces, deeper than the line above (${top}), which does not end with ":"`
    : `this line is indented ${indent} spaces, which lines up with no line above it`;
  const nearest = deeper ? top : stack.reduce((best, s) => (Math.abs(s - indent) <= Math.abs(best - indent) ? s : best), top);
  return {
    problem: { line, col: indent + 1, message, hint: `Indent this line like the one above (${top} spaces)${further}.` },
    mended: mend(nearest),
  };
}

/**
 * The YAML parser notices a missing "}" or "]" only where the next line starts; the mistake is on
 * the line that opened the bracket, so point there.
 */
function unclosedFlow(text: string, message: string, offset: number): SyntaxProblem | undefined {
  const close = /^Flow (?:map|sequence) in block collection must .* end with an? ([}\]])/.exec(message)?.[1];
  if (!close) return undefined;
  const open = close === '}' ? '{' : '[';
  let depth = 0;
  let lineEnd = offset;
  let hidden: SyntaxProblem | undefined;
  while (lineEnd > 0) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    // Brackets inside quotes or after a comment's "#" do not count.
    const unquoted = text.slice(lineStart, lineEnd).replace(/"(?:[^"\\]|\\.)*"|'[^']*'/g, (q) => ' '.repeat(q.length));
    const line = unquoted.replace(/(^|\s)#.*$/, '');
    // A "#" that cut a plain value short hid the closing bracket in its comment (warn-cut-text.ts).
    if (unquoted.slice(line.length).includes(close)) hidden = cutFlowText(text, lineStart, line.length, close) ?? hidden;
    for (let i = line.length - 1; i >= 0; i--) {
      if (line[i] === close) depth++;
      else if (line[i] === open && depth-- === 0) {
        if (hidden) return hidden;
        return {
          ...position(text, lineStart + i),
          message: `this "${open}" is never closed with "${close}"`,
          hint: `Add "${close}" where the ${open === '{' ? 'mapping' : 'list'} ends (usually the end of this line), or write it as an indented block.`,
        };
      }
    }
    lineEnd = lineStart - 1;
  }
  return undefined;
}

/** The problem for a " #" in a flow collection that turned the rest of the line, with its bracket, into a comment. */
function cutFlowText(text: string, lineStart: number, cutAt: number, close: string): SyntaxProblem | undefined {
  const lineEnd = text.indexOf('\n', lineStart);
  const raw = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  const hash = raw.indexOf('#', cutAt);
  if (hash < 0) return undefined;
  const before = /(\w+):[ \t]*([^,{}[\]"'#]*?)[ \t]*$/.exec(raw.slice(0, hash));
  const word = /^#[^\s,{}[\]]*/.exec(raw.slice(hash))![0];
  const rest = raw.slice(hash).trimEnd();
  const example = before ? `${before[1]}: ${JSON.stringify(`${before[2] ? `${before[2]} ` : ''}${word}`)}` : `"... ${word}"`;
  return {
    ...position(text, lineStart + hash),
    message: `the text was cut at " ${rest.length > 40 ? `${rest.slice(0, 37)}...` : rest}": YAML reads " #" as the start of a comment, and the comment hid the "${close}"`,
    hint: `Quote the whole value: ${example}`,
  };
}
