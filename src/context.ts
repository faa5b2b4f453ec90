// The injected context (create-astro style): everything a command needs from the outside world.
// The bin builds it from the process; tests build it from memory streams and a fixed clock.
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import type { AskFn } from './answers/interview.js';
import { systemZoneName } from './app/zone-data.js';
import { UserError } from './errors.js';

export interface Output {
  write(text: string | Uint8Array): unknown;
  /** write() is done with the bytes when it returns: the caller may reuse their memory. */
  consumes?: boolean;
  isTTY?: boolean;
  /** A terminal's width in characters. */
  columns?: number;
}

export interface Input extends AsyncIterable<string | Uint8Array> {
  isTTY?: boolean;
}

export interface Context {
  stdin: Input;
  stdout: Output;
  stderr: Output;
  env: Record<string, string | undefined>;
  cwd: string;
  /** The current instant; commands pass it into the core as a parameter. */
  now: () => Date;
  /** The system's own time zone (IANA). */
  systemZone: string;
  /** The prompt function; absent means "load Inquirer when a prompt is needed". */
  ask?: AskFn;
  /** The process's own streams: a long batch may move to a worker thread that uses them too. */
  threads?: boolean;
}

export function processContext(): Context {
  return {
    // Getters: Node builds each stream (and loads its modules) on first use only.
    get stdin() {
      return processStdin;
    },
    stdout: processStdout,
    get stderr() {
      return process.stderr;
    },
    env: process.env,
    // A getter: a deleted working directory is an error only for commands that need it (not --help).
    get cwd() {
      return workingDirectory();
    },
    now: () => new Date(),
    // A getter: finding the zone may cost milliseconds, and --zone makes it unnecessary.
    get systemZone() {
      return systemZoneName(process.env);
    },
    threads: true,
  };
}

/** process.cwd(), or a UserError when the directory was deleted or cannot be read. */
function workingDirectory(): string {
  try {
    return process.cwd();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new UserError({ message: `the current directory cannot be read (${code}; deleted or moved?): cd to one that exists and run again.` });
  }
}

/** Prompts only when both ends are a terminal and the user did not say --no-input. */
export const canPrompt = (ctx: Context, input: boolean): boolean =>
  input && ctx.stdin.isTTY === true && ctx.stdout.isTTY === true;

/** chalk 5 does not honour NO_COLOR by itself. */
export function useColor(ctx: Context, flag: boolean | undefined): boolean {
  if (flag === false) return false;
  if (ctx.env.NO_COLOR !== undefined && ctx.env.NO_COLOR !== '') return false;
  if (ctx.env.FORCE_COLOR !== undefined && ctx.env.FORCE_COLOR !== '0') return true;
  return ctx.stdout.isTTY === true && ctx.env.TERM !== 'dumb';
}

export async function readAll(input: Input, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buffer.length;
    if (size > limit) return `${Buffer.concat(chunks).toString('utf8')}${buffer.toString('utf8')}`;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A file's text, at most limit + 1 bytes of it (enough for the caller to see it is too big):
 * /dev/zero or a huge file cannot fill memory. Synchronous: a file stream would load Node's
 * stream and file-handle modules, which cost more than the read.
 */
export function readFileBounded(path: string, limit: number): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(limit + 1);
    let size = 0;
    for (let n = 1; n > 0 && size < buffer.length; size += n) n = readSync(fd, buffer, size, buffer.length - size, null);
    return buffer.toString('utf8', 0, size);
  } finally {
    closeSync(fd);
  }
}

/**
 * Standard input, read directly from file descriptor 0 where it can be: process.stdin builds a
 * socket or file stream (and loads their modules), which costs a scripted run more than the
 * rest of its reading. A terminal, or a pipe someone left non-blocking, goes through
 * process.stdin as usual.
 */
const processStdin: Input = {
  get isTTY() {
    // Only a character device can be a terminal; asking process.stdin then is cheap enough.
    return isCharacterDevice(0) && process.stdin.isTTY === true;
  },
  async *[Symbol.asyncIterator]() {
    if (this.isTTY) {
      yield* process.stdin;
      return;
    }
    const buffer = Buffer.alloc(1 << 16);
    for (;;) {
      let n: number;
      try {
        n = readSync(0, buffer, 0, buffer.length, null);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN') {
          yield* process.stdin;
          return;
        }
        if (code === 'EOF' || code === 'EBADF') return;
        throw error;
      }
      if (n === 0) return;
      yield Buffer.from(buffer.subarray(0, n));
    }
  },
};

/** The stream, built on first use, with a reader that stops early (`| head -1`) not an error. */
function stdoutStream(): NodeJS.WriteStream {
  if (!stdoutReady) {
    stdoutReady = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
  return process.stdout;
}
let stdoutReady = false;
let stdoutDirect = true;
let stdoutTTY: boolean | undefined;

/**
 * Standard output, written straight to file descriptor 1 where it can be, for the same reason as
 * processStdin. A terminal, or a descriptor that is non-blocking (EAGAIN), goes through
 * process.stdout. A closed reader ends the run quietly with status 0.
 */
const processStdout: Output = {
  get isTTY() {
    stdoutTTY ??= isCharacterDevice(1) && stdoutStream().isTTY === true;
    return stdoutTTY;
  },
  get columns() {
    return processStdout.isTTY ? stdoutStream().columns : undefined;
  },
  consumes: true,
  write(text: string | Uint8Array): boolean {
    if (!stdoutDirect || processStdout.isTTY) {
      stdoutDirect = false;
      return stdoutStream().write(typeof text === 'string' ? text : Buffer.from(text)); // a copy: see consumes
    }
    const bytes = typeof text === 'string' ? Buffer.from(text) : text;
    const done = writeStdoutSync(bytes, 0);
    if (done === bytes.length) return true;
    stdoutDirect = false; // non-blocking: the stream waits for the reader
    return stdoutStream().write(Buffer.from(bytes.subarray(done))); // a copy: see consumes
  },
};

/**
 * Writes bytes from `from` on to file descriptor 1 until done or the descriptor would block
 * (EAGAIN); returns how far it got. A reader that stopped early ends the run with status 0.
 */
export function writeStdoutSync(bytes: Uint8Array, from: number): number {
  let done = from;
  try {
    while (done < bytes.length) done += writeSync(1, bytes, done, bytes.length - done);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') process.exit(0);
    if (code !== 'EAGAIN') throw error;
  }
  return done;
}

function isCharacterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}
