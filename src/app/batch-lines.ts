// NDJSON input split into lines, in linear time however the bytes arrive, as the lines each
// chunk of input completes (so a batch writes once a chunk, and still as the input comes). A line longer than the
// limit is not kept: its bytes are skipped up to the next newline and it comes out as `tooLong`,
// so one huge line cannot fill memory or stop the batch. Bytes that are not UTF-8 are reported
// rather than silently replaced (that would change a line's ref).

export type InputLine = { number: number; text: string } | { number: number; problem: string };

/** 1 MiB: a need is a few hundred bytes; nothing sensible comes near this. */
export const MAX_LINE_BYTES = 1 << 20;

const decoder = new TextDecoder('utf-8', { fatal: true });

export async function* inputLines(input: AsyncIterable<string | Uint8Array>, limit = MAX_LINE_BYTES): AsyncGenerator<Iterable<InputLine>> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false; // the current line is already too long
  let number = 1;
  const finish = (): InputLine => {
    const bytes = Buffer.concat(parts, size);
    parts = [];
    size = 0;
    if (skipping) {
      skipping = false;
      return { number: number++, problem: `the line is longer than ${limit.toLocaleString('en')} bytes` };
    }
    try {
      // A byte-order mark is allowed at the very start, as a single `ask` allows it.
      const text = decoder.decode(number === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes);
      return { number: number++, text };
    } catch {
      return { number: number++, problem: 'the line is not valid UTF-8' };
    }
  };
  // Each chunk's lines are decoded one at a time as the caller takes them (it takes them all
  // before asking for the next chunk): only the line in hand is alive, so a long batch leaves
  // little behind for V8's old generation.
  function* linesOf(bytes: Buffer): Generator<InputLine> {
    let start = 0;
    for (let end = bytes.indexOf(10, start); end >= 0; start = end + 1, end = bytes.indexOf(10, start)) {
      keep(bytes.subarray(start, end));
      yield finish();
    }
    keep(bytes.subarray(start));
  }
  for await (const chunk of input) {
    yield linesOf(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
  }
  if (size > 0 || skipping) yield [finish()];

  function keep(piece: Buffer): void {
    if (skipping || piece.length === 0) return;
    if (size + piece.length > limit) {
      skipping = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(Buffer.from(piece)); // a copy: the chunk's memory is not kept
    size += piece.length;
  }
}
