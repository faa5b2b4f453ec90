import type { Context } from '../context.js';

/**
 * Writes bytes that the caller will reuse (copied unless the output is done with them when
 * write() returns), waiting for a stream reader that has fallen behind.
 */
export async function writeBytes(ctx: Context, bytes: Buffer): Promise<void> {
  if (bytes.length === 0) return;
  const ok = ctx.stdout.write(ctx.stdout.consumes === true ? bytes : Buffer.from(bytes));
  const stream = ctx.stdout as { once?: (event: string, fn: () => void) => unknown };
  if (ok === false && typeof stream.once === 'function') {
    await new Promise<void>((done) => stream.once!('drain', done));
  }
}
