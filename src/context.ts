// The injected context (create-astro style): everything a command needs from the outside world.
// The bin builds it from the process; tests build it from memory streams and a fixed clock.
import type { AskFn } from './answers/interview.js';

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
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
}

export function processContext(): Context {
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    // A getter: asking ICU for the zone costs milliseconds, and --zone makes it unnecessary.
    get systemZone() {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    },
  };
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
