// A long batch moves to a worker thread whose heap has a fixed size, so that memory stays flat
// however long the input (the main thread's heap grows as V8 sees fit, and V8's flags cannot
// change once Node has started). The main thread goes on reading and sends the worker the input
// as it comes; the worker advises and writes standard output itself.
import { existsSync } from 'node:fs';
import { writeStdoutSync } from '../context.js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { useZoneTable } from '../core/time/tz.js';
import { loadZoneTable } from './zone-data.js';
import { BatchAdvisor } from './batch-advisor.js';
import type { BatchSetup } from './batch-advisor.js';
import { Lines } from './batch-lines.js';

/** What the worker starts from: the batch, and where the main thread's reading has got to. */
export interface Handover extends BatchSetup {
  carry: Uint8Array;
  line: number;
}

/**
 * The worker's heap. Most of a batch's objects die young: a small young generation is collected
 * more often but keeps tens of megabytes from sitting idle (the main thread's grows to 32 MB).
 * The old generation has room for the caches (bounded by size; see AdviceCache) to spare.
 */
const LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 128 };
/** Chunks of input sent but not yet advised, at most: reading waits for the worker beyond this. */
const IN_FLIGHT = 4;

/**
 * The worker's entry, next to the bin. It runs the built bundle (dist/cli.cjs); run from the
 * TypeScript sources (the unit tests), a batch stays in the main thread.
 */
export function workerScript(): string | undefined {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.cjs')) return undefined;
  const script = join(dirname(here), '..', 'bin', 'batch-worker.cjs');
  return existsSync(script) ? script : undefined;
}

/** The main thread's side. */
export class BatchThread {
  private readonly worker: Worker;
  private readonly done: Promise<number>;
  private sent = 0;
  private advised = 0;
  private stopped = false;
  private wake: (() => void) | undefined;

  constructor(script: string, handover: Handover) {
    // stdout: the worker writes the descriptor itself, not through the main thread's stream.
    this.worker = new Worker(script, { workerData: handover, resourceLimits: LIMITS, stdout: true });
    this.done = new Promise<number>((resolve, reject) => {
      let status: number | undefined;
      this.worker.on('message', (message: { advised?: true; status?: number; error?: string }) => {
        if (message.advised) this.advised++;
        else if (message.error !== undefined) reject(new Error(message.error));
        else status = message.status;
        this.wake?.();
      });
      this.worker.on('error', reject);
      // Status 0 without a result: the reader stopped early (`| head -1`), which is no error.
      this.worker.on('exit', (code) => {
        this.stopped = true;
        this.wake?.();
        if (code === 0) resolve(status ?? 0);
        else reject(new Error(`the batch thread stopped (exit code ${code})`));
      });
    });
    this.done.catch(() => undefined); // reported by end()
  }

  /** Sends the next chunk of input; false once the worker has stopped. */
  async send(chunk: string | Uint8Array): Promise<boolean> {
    while (!this.stopped && this.sent - this.advised >= IN_FLIGHT) {
      await new Promise<void>((wake) => (this.wake = wake));
    }
    if (this.stopped) return false;
    // The bytes move to the worker (a copy first, unless the chunk has its memory to itself).
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
    this.worker.postMessage(own, [own.buffer as ArrayBuffer]);
    this.sent++;
    return true;
  }

  /** The worker's status (0, or 2 when a line was bad) once it has finished the input. */
  end(): Promise<number> {
    if (!this.stopped) this.worker.postMessage(null);
    return this.done;
  }
}

/** The worker's side: each message is a chunk of input; null ends it. */
export function batchWorker(): void {
  useZoneTable(loadZoneTable);
  const { carry, line, ...setup } = workerData as Handover;
  const port = parentPort!;
  const lines = new Lines(carry, line);
  const advisor = new BatchAdvisor(setup);
  let bad = 0;
  const advise = (chunk: Uint8Array | null): void => {
    for (const run of chunk === null ? lines.end() : lines.push(chunk)) {
      const advised = advisor.advise(run.text, run.firstLine);
      bad += advised.bad;
      writeOut(advised.bytes);
    }
    if (chunk !== null) return port.postMessage({ advised: true });
    port.postMessage({ status: bad > 0 ? 2 : 0 });
    port.close();
  };
  port.on('message', (chunk: Uint8Array | null) => {
    try {
      advise(chunk);
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
  });
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Standard output, written from this thread. Node makes the descriptor non-blocking once a worker
 * runs, so a full pipe answers EAGAIN: then wait (a little longer each time, up to a millisecond)
 * and go on, so that a slow reader slows the batch down instead of output piling up in memory.
 * A reader that stopped early ends the batch quietly.
 */
function writeOut(bytes: Uint8Array): void {
  let wait = 0.01;
  for (let done = writeStdoutSync(bytes, 0); done < bytes.length; ) {
    Atomics.wait(pause, 0, 0, wait);
    const next = writeStdoutSync(bytes, done);
    wait = next > done ? 0.01 : Math.min(wait * 2, 1);
    done = next;
  }
}
