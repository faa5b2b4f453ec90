// The injected context (create-astro style): everything a command needs from the outside world.
// The bin builds it from the process; tests build it from memory streams and a fixed clock.
import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';
import type { AskFn } from './answers/interview.js';
import { systemWorld, systemZoneName } from './zone-data/system.js';
import type { World } from './zone-data/world.js';
import { UserError } from './errors.js';

export interface Output {
  /** false: the reader has fallen behind; wait for 'drain' (see writeOut). */
  write(text: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
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
  /** The zone table and place names the boundary reads zone names with (zone-data/world.ts). */
  world: World;
  /** The prompt function; absent means "load Inquirer when a prompt is needed". */
  ask?: AskFn;
}

let systemZone: string | undefined;

export function processContext(): Context {
  const world = systemWorld();
  return {
    world,
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
      // Found once: finding it may warn about $TZ, and a warning is said once.
      systemZone ??= systemZoneName(process.env, world, (message) => process.stderr.write(message));
      return systemZone;
    },
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

/**
 * Prompts only when the user did not say --no-input, standard input is a terminal, and so is
 * standard error or output (where the prompts are drawn): `ask > invite.md` still asks.
 */
export const canPrompt = (ctx: Context, input: boolean): boolean =>
  input && ctx.stdin.isTTY === true && (ctx.stderr.isTTY === true || ctx.stdout.isTTY === true);

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

/** Writes to standard output and waits while a slow reader catches up (a batch writes a lot). */
export async function writeOut(ctx: Context, text: string): Promise<void> {
  if (text !== '' && ctx.stdout.write(text) === false && ctx.stdout.once) await new Promise((done) => ctx.stdout.once!('drain', () => done(undefined)));
}

/** Standard output could not be written: the run ends with status 1 and one line saying why. */
export class OutputError extends Error {
  readonly exitCode = 1;
  constructor(code: string | undefined) {
    const why: Record<string, string> = {
      ENOSPC: 'no space left on the device',
      EDQUOT: 'the disk quota is used up',
      EFBIG: 'the file is too large',
      EIO: 'an input/output error',
      EBADF: 'standard output is closed',
    };
    super(`cannot write the output: ${why[code ?? ''] ?? 'the write failed'} (${code ?? 'error'}).`);
    this.name = 'OutputError';
  }
}

/**
 * The stream, built on first use. A reader that stops early (`| head -1`) ends the run quietly
 * with status 0; any other failure ends it at once with status 1 and one line on stderr, so a
 * run waiting for the reader can never hang.
 */
function stdoutStream(): NodeJS.WriteStream {
  if (!stdoutReady) {
    stdoutReady = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      process.stderr.write(`commtriage: ${new OutputError(error.code).message}\n`);
      process.exit(1);
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
 * process.stdout.
 */
const processStdout: Output = {
  get isTTY() {
    stdoutTTY ??= isCharacterDevice(1) && stdoutStream().isTTY === true;
    return stdoutTTY;
  },
  get columns() {
    return processStdout.isTTY ? stdoutStream().columns : undefined;
  },
  once(event, listener) {
    return stdoutStream().once(event, listener);
  },
  write(text: string): boolean {
    if (!stdoutDirect || processStdout.isTTY) {
      stdoutDirect = false;
      return stdoutStream().write(text);
    }
    // The text goes to the descriptor as it is: a Buffer made of it would be memory outside V8's
    // heap that waits for a garbage collection to be freed, and a long batch makes many.
    const rest = writeStdoutSync(text);
    if (rest === undefined) return true;
    stdoutDirect = false; // non-blocking: the stream waits for the reader
    return stdoutStream().write(rest);
  },
};

/**
 * Writes the text to file descriptor 1; returns what is left when the descriptor would block
 * (EAGAIN), else undefined. A reader that stopped early ends the run with status 0; any other
 * failure (a full disk, a closed descriptor) is an OutputError.
 */
function writeStdoutSync(text: string): Buffer | undefined {
  let bytes: Buffer | undefined;
  let done = 0;
  try {
    done = writeSync(1, text);
    // The usual case: all of it. Counting the bytes allocates nothing; encoding the text again
    // would (and the batch's output always has a few non-ASCII characters, such as "·").
    if (done === Buffer.byteLength(text)) return undefined;
    bytes = Buffer.from(text);
    while (done < bytes.length) done += writeSync(1, bytes, done, bytes.length - done);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') process.exit(0);
    if (code !== 'EAGAIN') throw new OutputError(code);
    return (bytes ?? Buffer.from(text)).subarray(done);
  }
}

function isCharacterDevice(fd: number): boolean {
  try {
    return fstatSync(fd).isCharacterDevice();
  } catch {
    return false;
  }
}
