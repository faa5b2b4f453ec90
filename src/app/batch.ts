// `commtriage ask --batch`: NDJSON in (one answers object a line), one JSON result a line out,
// in input order, each written as soon as its line is advised. A bad line yields an error object
// and the batch goes on. The same advise() as a single `ask`, with one memo for the run.
import { closeSync, createReadStream, fstatSync, openSync } from 'node:fs';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { LRUCache } from 'lru-cache';
import { parseSetFlags } from '../answers/flags.js';
import { readJsonAnswers } from '../answers/json.js';
import { type NeedContext, readNeed } from '../answers/need.js';
import { validateGiven } from '../answers/validate.js';
import type { Advice } from '../core/advice.js';
import { type Memo, advise } from '../core/advise.js';
import type { Problem } from '../core/problem.js';
import type { RuleSet } from '../core/types.js';
import { type Context, type Input, writeOut } from '../context.js';
import { UserError, readProblem } from '../errors.js';
import { adviceLine, errorLine } from '../format/ndjson.js';
import { inputLines } from './batch-lines.js';
import { ruleSetField } from './rules-source.js';

export interface BatchOptions {
  answers?: string;
  /** --set id=value flags: answers for every line; they win over the line's own (and over `given`). */
  set?: string[];
  /** Answers for every line from elsewhere (--with). */
  given?: Record<string, unknown>;
  explain?: boolean;
  fields?: string[];
}

type Result = { ref: unknown; problems: Problem[] } | { ref: unknown; advice: Advice };

const WRITE_AT = 32_000;

const EXAMPLE = 'Each line must be one JSON object, e.g. {"purpose":"decision","urgency":"today","attendees":3}.';

/**
 * What a batch remembers: the time-zone work per set of people and urgency, their schedules and
 * each person's hours (see the core's Memo). Bounded by the estimated size of what it holds,
 * least recently used out first. The estimate is about half of what V8 really keeps: 24 MB of it
 * keeps the bench's 1,000,000-line peak near 175 MB (32 MB took it to 194 MB), and holds most of
 * its teams' step times.
 */
export function batchMemo(maxSize = 24 << 20): Memo {
  const cache = new LRUCache<string, { value: unknown }>({ maxSize, sizeCalculation: (entry, key) => key.length * 2 + bytesOf(entry.value) });
  return {
    remember<T>(key: string, compute: () => T): T {
      let entry = cache.get(key);
      if (entry === undefined) cache.set(key, (entry = { value: compute() }));
      return entry.value as T;
    },
  };
}

/** A plain map for the few distinct lists of people a batch reads (cheaper than the LRU), emptied when full. */
const smallMemo = (values = new Map<string, unknown>()): Memo => ({
  remember: <T>(key: string, compute: () => T): T => (values.get(key) ?? (values.size >= 4096 && values.clear(), values.set(key, compute()).get(key))) as T,
});

/** About how many bytes a value holds (V8 keeps more; the bound only needs to grow with it). */
export function bytesOf(value: unknown, depth = 0): number {
  if (typeof value === 'string') return 16 + 2 * value.length;
  if (typeof value !== 'object' || value === null) return 8;
  if (ArrayBuffer.isView(value)) return 64 + value.byteLength;
  const prototype = Object.getPrototypeOf(value);
  // A class instance (a luxon DateTime) is shared, not owned; deep data is rare and counted flat.
  if (depth > 8 || (prototype !== Object.prototype && prototype !== Array.prototype && prototype !== null)) return 64;
  let bytes = 32;
  for (const item of Object.values(value)) bytes += 8 + bytesOf(item, depth + 1);
  return bytes;
}

/** `time` is fixed once for the whole batch: every line is advised as of the same moment. */
export async function runBatch(ctx: Context, ruleSet: RuleSet, time: NeedContext, opts: BatchOptions): Promise<number> {
  const flags = { ...opts.given, ...(opts.set !== undefined && opts.set.length > 0 ? parseSetFlags(opts.set) : {}) };
  const set = Object.keys(flags).length > 0 ? flags : undefined;
  if (set !== undefined) {
    // The same --set answers go into every line: a bad one is reported once, before any line.
    const checked = validateGiven(set, ruleSet.questions, time);
    if ('problems' in checked) throw new UserError(checked.problems);
  }
  const source = opts.answers && opts.answers !== '-' ? opts.answers : 'stdin';
  const input = opts.answers && opts.answers !== '-' ? openFile(ctx, opts.answers) : ctx.stdin;
  if (input === ctx.stdin && ctx.stdin.isTTY) ctx.stderr.write('Reading answers as NDJSON, one JSON object a line; Ctrl+D ends.\n');
  // A batch keeps little alive (the memo, tens of MB) while making a lot of short-lived garbage:
  // left alone, V8 lets the old generation grow to about four times what is alive before it
  // collects, so the peak drifts upwards over a long run. Growing by half keeps it flat.
  setFlagsFromString('--heap-growing-percent=50');
  const memo = batchMemo();
  // Reading a line meets a few lists of people again and again: a plain map is cheaper than the LRU.
  const reading: NeedContext = { ...time, memo: smallMemo() };
  // Like a single `ask --json`: a field says when the advice did not come from the built-in rules.
  const origin = ruleSetField(ruleSet);
  let bad = 0;
  let count = 0;
  for await (const lines of inputLines(input)) {
    let out = '';
    for (const line of lines) {
      if ('text' in line && line.text.trim() === '') continue;
      count++;
      const result: Result = 'text' in line ? adviseLine(line.text, line.number) : { ref: undefined, problems: [{ message: line.problem, hint: EXAMPLE }] };
      if ('problems' in result) bad++;
      out += 'problems' in result ? errorLine(line.number, result.ref, result.problems) : adviceLine(line.number, result.ref, result.advice, opts.fields);
      // Written in pieces of about 32 KB: one write a line costs a system call each, and one
      // string for a whole chunk is big enough to go straight to V8's old generation.
      if (out.length >= WRITE_AT) {
        await writeOut(ctx, out);
        out = '';
      }
    }
    await writeOut(ctx, out); // what is left of this chunk of input: results never wait for more input
  }
  // A person watching gets the tally; a script reads the exit status.
  if (ctx.stderr.isTTY) ctx.stderr.write(`${count - bad} of ${count} lines advised${bad > 0 ? `; ${bad} had errors` : ''}.\n`);
  return bad > 0 ? 2 : 0;

  function adviseLine(text: string, number: number): Result {
    // The line read as `ask` reads a JSON file (json.ts): a key given twice is refused, with where.
    const read = readJsonAnswers(text, source, number, 'ref');
    if (read === undefined || 'problems' in read) return { ref: undefined, problems: read?.problems ?? [notAnObject(text)] };
    const { answers, aside: ref } = read;
    const need = readNeed(set === undefined ? answers : { ...answers, ...set }, ruleSet, reading);
    if ('problems' in need) return { ref, problems: need.problems };
    const advice = advise(ruleSet, need.need, { explain: opts.explain, memo });
    return { ref, advice: origin ? { ...advice, ...origin } : advice };
  }
}

/** Why a line is not a JSON object of answers. */
function notAnObject(text: string): Problem {
  try {
    JSON.parse(text);
  } catch (error) {
    return { message: `not valid JSON: ${(error as Error).message}`, hint: EXAMPLE };
  }
  return { message: 'expected a JSON object of answers', hint: EXAMPLE };
}

function openFile(ctx: Context, path: string): Input {
  let fd: number | undefined;
  try {
    fd = openSync(resolve(ctx.cwd, path), 'r');
    if (fstatSync(fd).isDirectory()) throw Object.assign(new Error('a directory'), { code: 'EISDIR' });
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    const code = (error as NodeJS.ErrnoException).code;
    throw new UserError({
      where: path,
      message: `cannot read the answers file: ${readProblem(code)}.`,
      hint: 'Check the path, or pipe the lines in: commtriage ask --batch < answers.ndjson',
    });
  }
  return createReadStream('', { fd, highWaterMark: 1 << 16 });
}
