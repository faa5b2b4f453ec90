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
import { adviseAt, AdviceCache } from './advise.js';
import { JSON_KEY_ORDER } from '../format/json.js';
import type { TimeContext } from '../core/time/types.js';
import type { AdviseOptions } from './advise.js';

export interface BatchOptions extends AdviseOptions {
  answers?: string;
}

/** Output is written in chunks of this many lines, waiting for the reader when it falls behind. */
const CHUNK_LINES = 64;

/** `time` is fixed once for the whole batch: every line is advised as of the same moment. */
export async function runBatch(ctx: Context, ruleSet: RuleSet, time: TimeContext, opts: BatchOptions): Promise<number> {
  const cache = new AdviceCache();
  const out = new Output();
  const input = opts.answers && opts.answers !== '-' ? await openFile(ctx, opts.answers) : ctx.stdin;
  let bad = 0;
  let pending = 0;
  if (input === ctx.stdin && ctx.stdin.isTTY) {
    ctx.stderr.write('Reading answers as NDJSON, one JSON object a line; Ctrl+D ends.\n');
  }
  for await (const { text, line, lastOfChunk } of lines(input)) {
    if (text.trim() !== '') {
      if (!adviseLine(ruleSet, text, line, time, cache, out, opts.explain ?? false)) bad++;
      pending++;
    }
    // Out as soon as the input pauses, so a slow producer sees each result without waiting.
    if (pending >= CHUNK_LINES || (lastOfChunk && pending > 0)) {
      await write(ctx, out.take());
      pending = 0;
    }
  }
  if (pending > 0) await write(ctx, out.take());
  return bad > 0 ? 2 : 0;
}

/** Advises one line into `out`; false when the line was bad (an error object was written). */
function adviseLine(
  ruleSet: RuleSet,
  text: string,
  line: number,
  time: TimeContext,
  cache: AdviceCache,
  out: Output,
  explain: boolean,
): boolean {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return failure(out, line, undefined, [
      { message: `not valid JSON: ${(error as Error).message}`, hint: 'Each line must be one JSON object, e.g. {"purpose":"decision","urgency":"today","attendees":3}.' },
    ]);
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return failure(out, line, undefined, [
      { message: 'expected a JSON object of answers', hint: 'Each line must be one JSON object, e.g. {"purpose":"decision","urgency":"today","attendees":3}.' },
    ]);
  }
  const { ref, ...answers } = raw as Record<string, unknown>;
  const checked = validateAnswers(answers, ruleSet.questions, { organizerZone: time.organizerZone });
  if ('problems' in checked) return failure(out, line, ref, checked.problems);
  serialize(out, line, ref, adviseAt(ruleSet, checked.answers, time, explain, cache));
  return true;
}

function failure(out: Output, line: number, ref: unknown, problems: Problem[]): false {
  out.text(`${JSON.stringify({ line, ...(ref !== undefined ? { ref } : {}), error: { problems } })}\n`);
  return false;
}

/**
 * Lines of output as bytes, written straight into one buffer per chunk of lines. Much of each
 * result repeats across lines: the schedule (cached by zones and outcome), each rule's reason,
 * most checklist lines. Those are turned into UTF-8 once and copied in; only the rest is
 * stringified and encoded per line.
 */
class Output {
  private buffer = Buffer.allocUnsafe(1 << 18);
  private length = 0;
  private pending = '';
  private readonly byObject = new WeakMap<object, Buffer>();
  /** Item id -> text -> bytes: two levels, so that the long text is hashed only once. */
  private readonly byItem = new Map<string, Map<string, Buffer>>();
  private items_ = 0;

  /** Text is gathered and encoded in one go before the next bytes (fewer, larger writes). */
  text(text: string): void {
    this.pending += text;
  }

  bytes(bytes: Uint8Array): void {
    this.flush();
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** An object whose own values are shared across lines (the schedule's parts). */
  object(value: object): void {
    let first = true;
    for (const [key, part] of Object.entries(value)) {
      this.text(`${first ? '{' : ','}"${key}":`);
      first = false;
      if (part !== null && typeof part === 'object') this.shared(part as object);
      else this.text(JSON.stringify(part));
    }
    this.text(first ? '{}' : '}');
  }

  /** JSON made once per object: for values shared across lines (a verdict's reasons). */
  shared(value: object): void {
    let bytes = this.byObject.get(value);
    if (bytes === undefined) {
      bytes = ownBytes(JSON.stringify(value));
      this.byObject.set(value, bytes);
    }
    this.bytes(bytes);
  }

  private flush(): void {
    if (this.pending === '') return;
    this.room(this.pending.length * 3); // UTF-8 needs at most three bytes per UTF-16 unit
    this.length += this.buffer.write(this.pending, this.length);
    this.pending = '';
  }

  items<T extends { text: string }>(list: readonly T[], id: (item: T) => string): void {
    this.text('[');
    list.forEach((item, i) => {
      if (i > 0) this.text(',');
      let byText = this.byItem.get(id(item));
      if (byText === undefined) this.byItem.set(id(item), (byText = new Map()));
      let bytes = byText.get(item.text);
      if (bytes === undefined) {
        if (++this.items_ > 5_000) this.forget();
        bytes = ownBytes(JSON.stringify(item));
        byText.set(item.text, bytes);
      }
      this.bytes(bytes);
    });
    this.text(']');
  }

  /** The bytes so far; the next lines go into a new buffer (the old one may still be in flight). */
  take(): Buffer {
    this.flush();
    const all = this.buffer.subarray(0, this.length);
    this.buffer = Buffer.allocUnsafe(this.buffer.length);
    this.length = 0;
    return all;
  }

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }

  private forget(): void {
    this.byItem.clear();
    this.items_ = 0;
  }
}

/**
 * One result line, keys in contract order (the same as `ask --json`). The reasons, and
 * the parts of the schedule, are objects shared by every line with the same fired rules or the
 * same zones: their bytes are made once.
 */
function serialize(out: Output, line: number, ref: unknown, advice: Advice): void {
  out.text(`{"line":${line}`);
  if (ref !== undefined) out.text(`,"ref":${JSON.stringify(ref)}`);
  for (const key of JSON_KEY_ORDER) {
    const value = advice[key];
    if (value === undefined) continue;
    out.text(`,"${key}":`);
    if (key === 'schedule') out.object(value as object);
    else if (key === 'reasons') out.shared(value as object);
    else if (key === 'checklist') out.items(value as Advice['checklist'], (c) => c.id);
    else out.text(JSON.stringify(value));
  }
  out.text('}\n');
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
async function* lines(input: Input): AsyncGenerator<{ text: string; line: number; lastOfChunk: boolean }> {
  const decoder = new TextDecoder();
  let carry = '';
  let line = 0;
  for await (const chunk of input) {
    carry += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let end = carry.indexOf('\n'); end >= 0; ) {
      const next = carry.indexOf('\n', end + 1);
      yield { text: carry.slice(start, end), line: ++line, lastOfChunk: next < 0 };
      start = end + 1;
      end = next;
    }
    carry = carry.slice(start);
  }
  carry += decoder.decode();
  if (carry !== '') yield { text: carry, line: ++line, lastOfChunk: true };
}

async function write(ctx: Context, bytes: Buffer): Promise<void> {
  const ok = ctx.stdout.write(bytes);
  const stream = ctx.stdout as { once?: (event: string, fn: () => void) => unknown };
  if (ok === false && typeof stream.once === 'function') {
    await new Promise<void>((done) => stream.once!('drain', done));
  }
}

/**
 * Bytes with their own memory. Buffer.from puts small strings in shared 8 KB slabs, and one
 * remembered fragment would keep a whole slab of short-lived ones alive.
 */
function ownBytes(text: string): Buffer {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  bytes.write(text);
  return bytes;
}
