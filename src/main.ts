// The entry the bin imports: one top-level catch turns every error into a message and a status.
import { Settings } from 'luxon';
import { run } from './cli.js';
import type { Context } from './context.js';
import { OutputError, processContext } from './context.js';
import { CancelledError, EXIT, MAX_SHOWN_PROBLEMS, ProblemError, exitCodeOf, formatProblem, moreLine } from './errors.js';
import { visible } from './text/safe.js';
import { wrapWords } from './text/wrap.js';

export { systemWorld } from './zone-data/system.js';

export async function main(argv: string[], ctx: Context = processContext()): Promise<number> {
  // A speed setting for the library, not an input: every text commtriage shows is formatted by
  // its own code (core/time/label.ts), but luxon asks ICU for the machine's locale on every date
  // unless told one, and that costs a scripted run as much as the rest of its time-zone work.
  Settings.defaultLocale = 'en-US';
  const debug = argv.includes('--debug') || (ctx.env.DEBUG ?? '').split(',').includes('commtriage');
  try {
    return await run(argv, ctx);
  } catch (error) {
    return report(error, ctx, debug);
  }
}

export function report(error: unknown, ctx: Context, debug: boolean): number {
  if (error instanceof ProblemError) {
    ctx.stderr.write(ctx.stderr.isTTY ? wrapWords(describe(error), ctx.stderr.columns) : describe(error)); // at spaces, not mid-word
    return exitCodeOf(error);
  }
  if (error instanceof OutputError) {
    ctx.stderr.write(`commtriage: ${error.message}\n`);
    return error.exitCode;
  }
  if (error instanceof CancelledError) {
    ctx.stderr.write('Cancelled.\n');
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(`commtriage: unexpected error: ${visible(message)}\n`);
  if (debug && error instanceof Error && error.stack) ctx.stderr.write(`${visible(error.stack)}\n`);
  else ctx.stderr.write('  Run again with --debug for details, and please report it.\n');
  return EXIT.unexpected;
}

/** One problem on one line (and its hint); several as a counted, indented list, cut short when long. */
function describe(error: ProblemError): string {
  const { problems } = error;
  if (problems.length <= 1) return `commtriage: ${problems[0] ? formatProblem(problems[0]) : visible(error.message)}\n`;
  const items = problems.slice(0, MAX_SHOWN_PROBLEMS).map((p) => `  ${formatProblem(p).replace(/\n/g, '\n  ')}`);
  const more = moreLine(problems.length);
  if (more) items.push(`  ${more}`);
  return `commtriage: ${problems.length.toLocaleString('en-US')} problems:\n${items.join('\n')}\n`;
}

/** The man page, written by the build (scripts/build.mjs) from the same commands as --help. */
export async function manual(ctx: Context): Promise<string> {
  const [{ buildProgram }, { manPage }, { VERSION }] = await Promise.all([import('./cli.js'), import('./cli/man.js'), import('./version.js')]);
  return manPage(buildProgram(ctx, () => {}), VERSION);
}
