// NDJSON input as runs of whole lines. Bytes are decoded only up to the last newline ("\n" is
// never part of a longer UTF-8 sequence), so what is left over is plain bytes that can be handed
// on, to a worker thread for instance, with the line number it starts at.

/** Lines go out in runs of at most this many (one write of results each). */
const RUN_LINES = 128;

export interface Run {
  /** Whole lines, each ending in "\n" (but perhaps the very last of the input). */
  text: string;
  firstLine: number;
}

export class Lines {
  constructor(
    /** The bytes after the last newline so far. */
    public carry: Uint8Array = new Uint8Array(0),
    /** The number of the next line. */
    public line = 1,
  ) {}

  /** The runs of lines completed by one more chunk of input. */
  *push(chunk: string | Uint8Array): Generator<Run> {
    const more = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    const bytes = this.carry.length > 0 ? Buffer.concat([this.carry, more]) : Buffer.from(more.buffer, more.byteOffset, more.length);
    const last = bytes.lastIndexOf(10);
    if (last < 0) {
      this.carry = Buffer.from(bytes); // a copy: the chunk's memory is not kept
      return;
    }
    this.carry = Uint8Array.prototype.slice.call(bytes, last + 1);
    yield* this.split(bytes.toString('utf8', 0, last + 1));
  }

  /** The last line, when the input does not end in a newline. */
  *end(): Generator<Run> {
    if (this.carry.length === 0) return;
    const text = Buffer.from(this.carry.buffer, this.carry.byteOffset, this.carry.length).toString('utf8');
    this.carry = new Uint8Array(0);
    yield { text, firstLine: this.line++ };
  }

  private *split(text: string): Generator<Run> {
    for (let start = 0; start < text.length; ) {
      let end = start;
      let count = 0;
      while (count < RUN_LINES && end < text.length) {
        end = text.indexOf('\n', end) + 1;
        count++;
      }
      yield { text: text.slice(start, end), firstLine: this.line };
      this.line += count;
      start = end;
    }
  }
}
