// The bytes of batch results: one JSON object a line, in contract key order (the same as
// `ask --json`). Nearly all of each result repeats across lines (the fields that follow from the
// verdict, each answer and fact, the schedule's parts for the same zones, the checklist
// entries): those become UTF-8 once and are copied in, so a line costs a few dozen copies
// rather than a JSON.stringify of the whole result.
import type { Advice } from '../core/advice.js';
import type { Problem } from '../errors.js';
import { JSON_KEY_ORDER } from '../format/json.js';
import { type AdviceParts, VERDICT_FIELDS } from './advise.js';
import { type ScheduleBase, assembleSchedule } from '../core/time/schedule.js';
import type { Schedule } from '../core/time/types.js';

/**
 * How a field's value is written: `record`, a record of answers or facts, each `"key":value`
 * pair from a cache by value; `schedule`, see Output.schedule; `list`, a list of shared objects
 * (checklist entries are one object per text: core/triage.ts); `json`, anything else, as JSON
 * text (the explain fields).
 */
type Kind = 'record' | 'schedule' | 'list' | 'json';

/** A string no schedule contains, and how JSON writes it. */
const HOLE = '\u0000hole\u0000';
const HOLE_JSON = JSON.stringify(HOLE);

/** A field written per line (its `,"key":` ready-made), or bytes that follow from the verdict. */
type Part = { bytes: Buffer } | { key: keyof Advice; prefix: Buffer; kind: Kind };

const KINDS: Partial<Record<keyof Advice, Kind>> = { answers: 'record', facts: 'record', schedule: 'schedule', checklist: 'list' };

/**
 * Bytes remembered by key, all forgotten once they pass `budget` bytes (and made again when
 * needed): memory stays bounded whatever the values.
 */
class ByteMemo<K> {
  private readonly byKey = new Map<K, Buffer>();
  private size = 0;
  constructor(private readonly budget: number) {}

  get(key: K, text: () => string): Buffer {
    let bytes = this.byKey.get(key);
    if (bytes === undefined) {
      bytes = ownBytes(text());
      if ((this.size += bytes.length) > this.budget) {
        this.byKey.clear();
        this.size = bytes.length;
      }
      this.byKey.set(key, bytes);
    }
    return bytes;
  }
}

/** Lines of output as bytes, written straight into one buffer until taken. */
export class Output {
  private buffer = Buffer.allocUnsafe(1 << 18);
  private length = 0;
  /** JSON bytes of objects shared across lines (schedule parts, checklist entries). */
  private readonly byObject = new WeakMap<object, Buffer>();
  /** Per schedule base, its bytes before, between and after the reply-by time and the slots. */
  private readonly aroundHoles = new WeakMap<ScheduleBase, [Buffer, Buffer, Buffer]>();
  /** Per verdict, how to write a result line: see planFor. */
  private readonly plans = new WeakMap<object, Part[]>();
  /** Bytes of `"key":value` pairs with primitive values, per key and value. */
  private readonly pairs = new Map<string, ByteMemo<unknown>>();
  /** Bytes of runs of verdict fields, by their text (see planFor). */
  private readonly runs = new ByteMemo<string>(4 << 20);

  /** One result line, from what adviseParts gave. */
  advice(line: number, ref: unknown, { advice, verdict, scheduleBase }: AdviceParts): void {
    this.text(ref === undefined ? `{"line":${line}` : `{"line":${line},"ref":${JSON.stringify(ref)}`);
    let plan = this.plans.get(verdict);
    if (plan === undefined) this.plans.set(verdict, (plan = this.planFor(advice)));
    for (const part of plan) {
      if ('bytes' in part) {
        this.bytes(part.bytes);
        continue;
      }
      const value = advice[part.key];
      if (value === undefined) continue;
      this.bytes(part.prefix);
      if (part.kind === 'json') this.text(JSON.stringify(value));
      else if (part.kind === 'list') this.list(value as object[]);
      else if (part.kind === 'schedule') this.schedule(value as Schedule, scheduleBase);
      else this.record(value as Record<string, unknown>);
    }
    this.byte(0x7d); // }
    this.byte(0x0a); // \n
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
    const all = this.buffer.subarray(0, this.length);
    this.length = 0;
    return all;
  }

  /**
   * `{"key":value,...}` as JSON.stringify writes it. A primitive value's pair is made once per
   * key and value; an object value (a list of zones in the answers) is written as JSON each time.
   */
  private record(value: Record<string, unknown>): void {
    let first = true;
    for (const key in value) {
      const item = value[key];
      if (item === undefined) continue;
      this.byte(first ? 0x7b : 0x2c); // { or ,
      first = false;
      if (item === null || typeof item !== 'object') this.bytes(this.pair(key, item));
      else this.text(`${JSON.stringify(key)}:${JSON.stringify(item)}`);
    }
    if (first) this.byte(0x7b);
    this.byte(0x7d);
  }

  private pair(key: string, value: unknown): Buffer {
    let byValue = this.pairs.get(key);
    if (byValue === undefined) this.pairs.set(key, (byValue = new ByteMemo(1 << 20)));
    return byValue.get(value, () => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
  }

  /**
   * A schedule is its participants' shared base with two holes, the reply-by time and the slots
   * (each shared by every line with the same people and urgency or meeting): the base becomes
   * bytes around the holes once, by writing it with a marker in each.
   */
  private schedule(value: Schedule, base: ScheduleBase): void {
    let around = this.aroundHoles.get(base);
    if (around === undefined) {
      const [head, middle, tail] = JSON.stringify(assembleSchedule(base, HOLE as never, HOLE as never)).split(HOLE_JSON);
      this.aroundHoles.set(base, (around = [ownBytes(head!), ownBytes(middle!), ownBytes(tail!)]));
    }
    this.bytes(around[0]);
    if (value.replyBy === null) this.text('null');
    else this.bytes(this.sharedBytes(value.replyBy));
    this.bytes(around[1]);
    this.bytes(this.sharedBytes(value.suggestedSlots));
    this.bytes(around[2]);
  }

  /** JSON made once per object. */
  private sharedBytes(value: object): Buffer {
    let bytes = this.byObject.get(value);
    if (bytes === undefined) {
      bytes = ownBytes(JSON.stringify(value));
      this.byObject.set(value, bytes);
    }
    return bytes;
  }

  private list(values: readonly object[]): void {
    this.byte(0x5b); // [
    for (let i = 0; i < values.length; i++) {
      if (i > 0) this.byte(0x2c); // ,
      this.bytes(this.sharedBytes(values[i]!));
    }
    this.byte(0x5d); // ]
  }

  /**
   * The fields in contract order, each run of VERDICT_FIELDS made into bytes (`,"key":value...`).
   * There are thousands of verdicts (sets of fired rules) but far fewer different runs, so equal
   * runs share their bytes.
   */
  private planFor(advice: Advice): Part[] {
    const plan: Part[] = [];
    let run = '';
    for (const key of JSON_KEY_ORDER) {
      if (!VERDICT_FIELDS.has(key)) {
        if (run !== '') plan.push({ bytes: this.runs.get(run, () => run) });
        run = '';
        plan.push(fieldPart(key));
      } else if (advice[key] !== undefined) {
        run += `,"${key}":${JSON.stringify(advice[key])}`;
      }
    }
    if (run !== '') plan.push({ bytes: this.runs.get(run, () => run) });
    return plan;
  }

  private text(text: string): void {
    this.room(text.length * 3); // UTF-8 needs at most three bytes per UTF-16 unit
    this.length += this.buffer.write(text, this.length);
  }

  private bytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** One ASCII character. */
  private byte(code: number): void {
    this.room(1);
    this.buffer[this.length++] = code;
  }

  private room(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.length + bytes));
    this.buffer.copy(bigger, 0, 0, this.length);
    this.buffer = bigger;
  }
}

const fieldParts = new Map<keyof Advice, Part>();
/** The part for a field written per line: one for every plan (made once per key). */
const fieldPart = (key: keyof Advice): Part => {
  let part = fieldParts.get(key);
  if (part === undefined) fieldParts.set(key, (part = { key, prefix: ownBytes(`,"${key}":`), kind: KINDS[key] ?? 'json' }));
  return part;
};

/**
 * Bytes with their own memory. Buffer.from puts small strings in shared 8 KB slabs, and one
 * remembered fragment would keep a whole slab of short-lived ones alive.
 */
function ownBytes(text: string): Buffer {
  const bytes = Buffer.allocUnsafeSlow(Buffer.byteLength(text));
  bytes.write(text);
  return bytes;
}
