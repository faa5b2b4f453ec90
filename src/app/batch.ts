// `commtriage ask --batch`: NDJSON in (one answers object a line), one JSON result a line out,
// in input order. Streams, so memory stays flat however long the input; a bad line yields an
// error object and processing goes on.
import { constants, createReadStream } from 'node:fs';
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import { validateAnswers } from '../answers/validate.js';
import type { Context, Input } from '../context.js';
import { orderedAdvice } from '../format/json.js';
import { UserError } from '../errors.js';
import type { Problem } from '../errors.js';
import type { RuleSet } from '../core/types.js';
import { adviseAt, TimeCache } from './advise.js';
import type { TimeContext } from '../core/time/types.js';
import type { AdviseOptions } from './advise.js';

export interface BatchOptions extends AdviseOptions {
  answers?: string;
}

/** Output is written in chunks of this many lines, waiting for the reader when it falls behind. */
const CHUNK_LINES = 256;

/** `time` is fixed once for the whole batch: every line is advised as of the same moment. */
export async function runBatch(ctx: Context, ruleSet: RuleSet, time: TimeContext, opts: BatchOptions): Promise<number> {
  const cache = new TimeCache();
  const input = opts.answers && opts.answers !== '-' ? await openFile(ctx, opts.answers) : ctx.stdin;
  let bad = 0;
  let pending: string[] = [];
  for await (const { text, line } of lines(input)) {
    if (text.trim() === '') continue;
    const result = adviseLine(ruleSet, text, line, time, cache, opts.explain ?? false);
    if ('error' in result) bad++;
    pending.push(JSON.stringify(result));
    if (pending.length >= CHUNK_LINES) {
      await write(ctx, pending);
      pending = [];
    }
  }
  if (pending.length > 0) await write(ctx, pending);
  return bad > 0 ? 2 : 0;
}

type LineResult = Record<string, unknown>;

function adviseLine(
  ruleSet: RuleSet,
  text: string,
  line: number,
  time: TimeContext,
  cache: TimeCache,
  explain: boolean,
): LineResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return failure(line, undefined, [
      { message: `not valid JSON: ${(error as Error).message}`, hint: 'Each line must be one JSON object, e.g. {"purpose":"decision","urgency":"today","attendees":3}.' },
    ]);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return failure(line, undefined, [
      { message: 'expected a JSON object of answers', hint: 'Each line must be one JSON object, e.g. {"purpose":"decision","urgency":"today","attendees":3}.' },
    ]);
  }
  const { ref, ...answers } = raw as Record<string, unknown>;
  const checked = validateAnswers(answers, ruleSet.questions, { organizerZone: time.organizerZone });
  if ('problems' in checked) return failure(line, ref, checked.problems);
  const advice = adviseAt(ruleSet, checked.answers, time, explain, cache);
  return { line, ...(ref !== undefined ? { ref } : {}), ...orderedAdvice(advice) };
}

function failure(line: number, ref: unknown, problems: Problem[]): LineResult {
  return { line, ...(ref !== undefined ? { ref } : {}), error: { problems } };
}

async function openFile(ctx: Context, path: string): Promise<Input> {
  const full = resolve(ctx.cwd, path);
  try {
    await access(full, constants.R_OK);
  } catch (error) {
    throw new UserError({
      where: path,
      message: `cannot read the answers file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      hint: 'Check the path, or pipe the lines in: commtriage ask --batch < answers.ndjson',
    });
  }
  return createReadStream(full, { encoding: 'utf8' });
}

/** Splits a stream into numbered lines without holding more than one chunk and one line. */
async function* lines(input: Input): AsyncGenerator<{ text: string; line: number }> {
  const decoder = new TextDecoder();
  let carry = '';
  let line = 0;
  for await (const chunk of input) {
    carry += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let end = carry.indexOf('\n'); end >= 0; end = carry.indexOf('\n', start)) {
      yield { text: carry.slice(start, end), line: ++line };
      start = end + 1;
    }
    carry = carry.slice(start);
  }
  carry += decoder.decode();
  if (carry !== '') yield { text: carry, line: ++line };
}

async function write(ctx: Context, rows: string[]): Promise<void> {
  const ok = ctx.stdout.write(`${rows.join('\n')}\n`);
  const stream = ctx.stdout as { once?: (event: string, fn: () => void) => unknown };
  if (ok === false && typeof stream.once === 'function') {
    await new Promise<void>((done) => stream.once!('drain', done));
  }
}
