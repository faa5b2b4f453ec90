// `commtriage ask --batch`: NDJSON in (one answers object a line), one JSON result a line out,
// in input order. Streams, so memory stays flat however long the input; a bad line yields an
// error object and processing goes on.
import { accessSync, constants, createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import { validateAnswers } from '../answers/validate.js';
import type { Context, Input } from '../context.js';
import type { Advice } from '../core/advice.js';
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
  const fragments = new Fragments();
  const input = opts.answers && opts.answers !== '-' ? await openFile(ctx, opts.answers) : ctx.stdin;
  let bad = 0;
  let pending: string[] = [];
  for await (const { text, line } of lines(input)) {
    if (text.trim() === '') continue;
    const result = adviseLine(ruleSet, text, line, time, cache, fragments, opts.explain ?? false);
    if (!result.ok) bad++;
    pending.push(result.json);
    if (pending.length >= CHUNK_LINES) {
      await write(ctx, pending);
      pending = [];
    }
  }
  if (pending.length > 0) await write(ctx, pending);
  return bad > 0 ? 2 : 0;
}


function adviseLine(
  ruleSet: RuleSet,
  text: string,
  line: number,
  time: TimeContext,
  cache: TimeCache,
  fragments: Fragments,
  explain: boolean,
): { json: string; ok: boolean } {
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
  return { json: serialize(line, ref, adviseAt(ruleSet, checked.answers, time, explain, cache), fragments), ok: true };
}

function failure(line: number, ref: unknown, problems: Problem[]): { json: string; ok: false } {
  return { json: JSON.stringify({ line, ...(ref !== undefined ? { ref } : {}), error: { problems } }), ok: false };
}

/**
 * Much of each result repeats across lines: the schedule (cached by zones and outcome), each
 * rule's reason, most checklist lines. Their JSON is made once and spliced in; the rest is
 * JSON.stringify'd as usual, keys in contract order (the order adviseAt builds them in).
 */
class Fragments {
  private readonly bySchedule = new WeakMap<object, string>();
  private readonly byItem = new Map<string, string>();

  schedule(schedule: object): string {
    let text = this.bySchedule.get(schedule);
    if (text === undefined) {
      text = JSON.stringify(schedule);
      this.bySchedule.set(schedule, text);
    }
    return text;
  }

  items<T extends { text: string }>(list: readonly T[], id: (item: T) => string): string {
    const parts = list.map((item) => {
      const key = `${id(item)}\u0000${item.text}`;
      let text = this.byItem.get(key);
      if (text === undefined) {
        if (this.byItem.size >= 50_000) this.byItem.clear();
        text = JSON.stringify(item);
        this.byItem.set(key, text);
      }
      return text;
    });
    return `[${parts.join(',')}]`;
  }
}

function serialize(line: number, ref: unknown, advice: Advice, fragments: Fragments): string {
  const parts = [`{"line":${line}`];
  if (ref !== undefined) parts.push(`"ref":${JSON.stringify(ref)}`);
  for (const [key, value] of Object.entries(advice)) {
    const json =
      key === 'schedule'
        ? fragments.schedule(value as object)
        : key === 'reasons'
          ? fragments.items(value as Advice['reasons'], (r) => r.rule)
          : key === 'checklist'
            ? fragments.items(value as Advice['checklist'], (c) => c.id)
            : JSON.stringify(value);
    parts.push(`"${key}":${json}`);
  }
  return `${parts.join(',')}}`;
}

async function openFile(ctx: Context, path: string): Promise<Input> {
  const full = resolve(ctx.cwd, path);
  try {
    accessSync(full, constants.R_OK);
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
