// The bytes of batch results: one JSON object a line, in contract key order (the same as
// `ask --json`). Much of each result repeats across lines (the schedule for the same zones, each
// rule's reason, most checklist lines): those parts become UTF-8 once and are copied in.
import type { Advice } from '../core/advice.js';
import type { Problem } from '../errors.js';
import { JSON_KEY_ORDER } from '../format/json.js';
import { VERDICT_FIELDS } from './advise.js';

/** Lines of output as bytes, written straight into one buffer until taken. */
export class Output {
  private buffer = Buffer.allocUnsafe(1 << 18);
  private length = 0;
  private pending = '';
  /** JSON bytes of objects shared across lines: schedules, checklist entries. */
  private readonly byObject = new WeakMap<object, Buffer>();
  /** Per verdict, how to write a result line: see planFor. */
  private readonly plans = new WeakMap<object, Part[]>();

  /** One result line; `verdict` is the object adviseParts gave with it. */
  advice(line: number, ref: unknown, advice: Advice, verdict: object): void {
    this.text(`{"line":${line}`);
    if (ref !== undefined) this.text(`,"ref":${JSON.stringify(ref)}`);
    let plan = this.plans.get(verdict);
    if (plan === undefined) this.plans.set(verdict, (plan = planFor(advice)));
    for (const part of plan) {
      if (typeof part !== 'string') {
        this.bytes(part);
        continue;
      }
      const value = advice[part];
      if (value === undefined) continue;
      this.text(`,"${part}":`);
      if (part === 'schedule') this.object(value as object);
      else if (part === 'checklist') this.list(value as object[]);
      else this.text(JSON.stringify(value));
    }
    this.text('}\n');
  }

  /** The line that replaces a bad line's result. */
  error(line: number, ref: unknown, problems: Problem[]): void {
    this.text(`${JSON.stringify({ line, ...(ref !== undefined ? { ref } : {}), error: { problems } })}\n`);
  }

  /**
   * The bytes so far. They stay valid until the next line is added: the same memory takes the
   * next lines (a new buffer for every run of lines would leave far more memory waiting for the
   * garbage collector than the batch itself uses).
   */
  take(): Buffer {
    this.flush();
    const all = this.buffer.subarray(0, this.length);
    this.length = 0;
    return all;
  }

  /** Text is gathered and encoded in one go before the next bytes (fewer, larger writes). */
  private text(text: string): void {
    this.pending += text;
  }

  private bytes(bytes: Uint8Array): void {
    this.flush();
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** One ASCII character, after what is pending. */
  private char(code: number): void {
    this.flush();
    this.room(1);
    this.buffer[this.length++] = code;
  }

  /**
   * An object whose own values are shared across lines (the schedule's parts: its participants
   * and windows by zones, its reply-by by zones and urgency, its slots): bytes per part, not per
   * schedule, as there are many more schedules than parts.
   */
  private object(value: object): void {
    let first = true;
    for (const key in value) {
      const part = (value as Record<string, unknown>)[key];
      this.text(`${first ? '{' : ','}"${key}":`);
      first = false;
      if (part !== null && typeof part === 'object') this.shared(part);
      else this.text(JSON.stringify(part));
    }
    this.text(first ? '{}' : '}');
  }

  /** JSON made once per object: for values shared across lines. */
  private shared(value: object): void {
    let bytes = this.byObject.get(value);
    if (bytes === undefined) {
      bytes = ownBytes(JSON.stringify(value));
      this.byObject.set(value, bytes);
    }
    this.bytes(bytes);
  }

  /** A list of shared objects (checklist entries are one object per text: core/triage.ts). */
  private list(values: readonly object[]): void {
    this.char(0x5b); // [
    values.forEach((value, i) => {
      if (i > 0) this.char(0x2c); // ,
      this.shared(value);
    });
    this.char(0x5d); // ]
  }

  private flush(): void {
    if (this.pending === '') return;
    this.room(this.pending.length * 3); // UTF-8 needs at most three bytes per UTF-16 unit
    this.length += this.buffer.write(this.pending, this.length);
    this.pending = '';
  }

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }
}

/** A field written per line, or the ready-made JSON of consecutive fields that follow from the verdict. */
type Part = keyof Advice | Buffer;

/** The fields in contract order, each run of VERDICT_FIELDS made into bytes (`,"key":value...`). */
function planFor(advice: Advice): Part[] {
  const plan: Part[] = [];
  let run = '';
  for (const key of JSON_KEY_ORDER) {
    if (!VERDICT_FIELDS.has(key)) {
      if (run !== '') plan.push(ownBytes(run));
      run = '';
      plan.push(key);
    } else if (advice[key] !== undefined) {
      run += `,"${key}":${JSON.stringify(advice[key])}`;
    }
  }
  if (run !== '') plan.push(ownBytes(run));
  return plan;
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
