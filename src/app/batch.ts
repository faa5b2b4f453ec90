// `commtriage ask --batch`: NDJSON in (one answers object a line), one JSON result a line out,
// in input order. Streams, so memory stays flat however long the input; a bad line yields an
// error object and processing goes on. A long batch moves to a worker thread (./batch-worker.ts).
import { accessSync, constants, createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Context, Input } from '../context.js';
import { UserError } from '../errors.js';
import { parseSetFlags } from '../answers/flags.js';
import { validateGiven } from '../answers/validate.js';
import type { RuleSet } from '../core/types.js';
import type { TimeContext } from '../core/time/types.js';
import type { AdviseOptions } from './advise.js';
import { BatchAdvisor } from './batch-advisor.js';
import { Lines } from './batch-lines.js';
import type { Run } from './batch-lines.js';
import type { BatchThread } from './batch-worker.js';

export interface BatchOptions extends AdviseOptions {
  answers?: string;
  /** --set id=value flags: answers for every line. */
  set?: string[];
}

/** Lines advised in the main thread before a batch moves to a worker thread. */
const WORKER_AFTER_LINES = 256;

/** `time` is fixed once for the whole batch: every line is advised as of the same moment. */
export async function runBatch(ctx: Context, ruleSet: RuleSet, time: TimeContext, opts: BatchOptions): Promise<number> {
  const set = opts.set !== undefined && opts.set.length > 0 ? parseSetFlags(opts.set) : undefined;
  if (set !== undefined) {
    // The same --set answers go into every line: a bad one is reported once, before any line.
    const checked = validateGiven(set, ruleSet.questions);
    if ('problems' in checked) throw new UserError(checked.problems);
  }
  const setup = { ruleSet, time, explain: opts.explain ?? false, ...(set ? { set } : {}) };
  const input = opts.answers && opts.answers !== '-' ? openFile(ctx, opts.answers) : ctx.stdin;
  if (input === ctx.stdin && ctx.stdin.isTTY) {
    ctx.stderr.write('Reading answers as NDJSON, one JSON object a line; Ctrl+D ends.\n');
  }
  let threads = ctx.threads === true;
  const lines = new Lines();
  let advisor: BatchAdvisor | undefined = new BatchAdvisor(setup);
  let thread: BatchThread | undefined;
  let bad = 0;
  const advise = async (runs: Iterable<Run>): Promise<void> => {
    for (const run of runs) {
      const advised = advisor!.advise(run.text, run.firstLine);
      bad += advised.bad;
      await writeBytes(ctx, advised.bytes);
    }
  };
  for await (const chunk of input) {
    if (thread !== undefined) {
      if (!(await thread.send(chunk))) break;
      continue;
    }
    await advise(lines.push(chunk));
    if (threads && lines.line > WORKER_AFTER_LINES) {
      threads = false; // decided once
      // Loaded only now: worker_threads costs a scripted run's start-up a few milliseconds.
      const { BatchThread, workerScript } = await import('./batch-worker.js');
      const script = workerScript();
      if (script !== undefined) {
        thread = new BatchThread(script, { ...setup, carry: lines.carry, line: lines.line });
        advisor = undefined; // its caches can go
      }
    }
  }
  if (thread !== undefined) return Math.max(bad > 0 ? 2 : 0, await thread.end());
  await advise(lines.end());
  return bad > 0 ? 2 : 0;
}

function openFile(ctx: Context, path: string): Input {
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
  return createReadStream(full);
}


/**
 * Writes bytes that the caller will reuse (copied unless the output is done with them when
 * write() returns), waiting for a stream reader that has fallen behind.
 */
async function writeBytes(ctx: Context, bytes: Buffer): Promise<void> {
  if (bytes.length === 0) return;
  const ok = ctx.stdout.write(ctx.stdout.consumes === true ? bytes : Buffer.from(bytes));
  const stream = ctx.stdout as { once?: (event: string, fn: () => void) => unknown };
  if (ok === false && typeof stream.once === 'function') {
    await new Promise<void>((done) => stream.once!('drain', done));
  }
}
