// `commtriage ask`: gather answers (flags > file > stdin > prompts), then advise.
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { canPrompt, readAll, readFileBounded } from '../context.js';
import { parseSetFlags } from '../answers/flags.js';
import { MAX_ANSWERS_BYTES, parseJsonAnswers } from '../answers/json.js';
import { mergeAnswerSources } from '../answers/sources.js';
import { validateAnswers, validateGiven } from '../answers/validate.js';
import { interview } from '../answers/interview.js';
import type { AskFn } from '../answers/interview.js';
import { UserError } from '../errors.js';
import type { Problem } from '../errors.js';
import type { Answers, RuleSet } from '../core/types.js';
import { advise } from '../core/advise.js';
import { type TimeFlags, timeContext } from './time-flags.js';
import { checkFormat } from '../format/registry.js';
import { parseFields } from '../format/json.js';
import { renderAdvice } from './render.js';
import { loadRulesFor } from './rules-source.js';

export interface AskOptions extends TimeFlags {
  explain?: boolean;
  /** --fields a,b.c: JSON output with only these fields. */
  fields?: string;
  set: string[];
  answers?: string;
  format: string;
  input: boolean;
  color?: boolean;
  rules?: string;
  batch?: boolean;
}

export async function runAsk(ctx: Context, opts: AskOptions): Promise<number> {
  const ruleSet = await loadRulesFor(ctx, opts.rules);
  checkFormat(opts.format); // an unknown --format fails before any question is asked
  const fields = opts.fields === undefined ? undefined : checkFields(opts);
  const time = timeContext(ctx, opts);
  if (opts.batch) return (await import('./batch.js')).runBatch(ctx, ruleSet, time, { ...opts, fields });
  const answers = await gatherAnswers(ctx, opts, ruleSet, time.organizerZone);
  const advice = advise(ruleSet, answers, time, { explain: opts.explain });
  ctx.stdout.write(await renderAdvice(advice, ruleSet, ctx, { ...opts, fields }));
  return 0;
}

async function gatherAnswers(ctx: Context, opts: AskOptions, ruleSet: RuleSet, organizerZone: string): Promise<Answers> {
  const set = parseSetFlags(opts.set);
  const file = opts.answers ? await readAnswersFile(ctx, opts.answers) : undefined;
  // Stdin is read only when nothing else gave answers (or as `--answers -`): a caller that
  // passes flags or a file may leave stdin open, or have it feeding a loop (`while read`).
  const readsStdin = opts.answers === undefined && opts.set.length === 0 && !ctx.stdin.isTTY;
  const stdin = readsStdin ? await readStdin(ctx, Boolean(file) || opts.set.length > 0) : undefined;
  const raw = mergeAnswerSources({ set, file, stdin });
  if (!canPrompt(ctx, opts.input)) return checked(validateAnswers(raw, ruleSet.questions, { organizerZone })).answers;
  // At a terminal: bad given values are still errors; whatever is missing is asked for.
  const { given } = checked(validateGiven(raw, ruleSet.questions));
  const ask: AskFn = ctx.ask ?? (await import('../answers/inquirer.js')).inquirerAsk;
  const answered = await interview(ruleSet.questions, given, ask, { organizerZone });
  ctx.stderr.write('\n'); // a blank line between the questions and the advice
  return checked(validateAnswers(answered, ruleSet.questions, { organizerZone })).answers;
}

/** --fields picks JSON fields: it means nothing to text or Markdown. */
function checkFields(opts: AskOptions): string[] {
  if (opts.format !== 'json' && !opts.batch) {
    throw new UserError({ where: '--fields', message: `--fields picks fields of JSON output, not of ${opts.format}.`, hint: 'Add --json, or leave --fields out.' });
  }
  return parseFields(opts.fields!);
}

function checked<T extends object>(result: T | { problems: Problem[] }): T {
  if ('problems' in result) throw new UserError(result.problems);
  return result;
}

async function readAnswersFile(ctx: Context, path: string): Promise<Record<string, unknown>> {
  if (path === '-') return parseAnswers(await readAll(ctx.stdin, MAX_ANSWERS_BYTES), 'stdin');
  let text: string;
  try {
    // A read with a limit, not readFile: /dev/zero or a huge file must not fill memory.
    text = readFileBounded(resolve(ctx.cwd, path), MAX_ANSWERS_BYTES);
  } catch (error) {
    throw new UserError({
      where: path,
      message: `cannot read the answers file: ${readProblem((error as NodeJS.ErrnoException).code)}.`,
      hint: 'Check the path and its permissions, or pipe the answers in: commtriage ask --json < answers.yaml',
    });
  }
  return parseAnswers(text, path);
}

function readProblem(code: string | undefined): string {
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a directory, not a file';
  return code ?? 'unknown error';
}

/** Empty stdin is fine when flags or a file already gave answers; otherwise it is an error. */
async function readStdin(ctx: Context, haveOther: boolean): Promise<Record<string, unknown> | undefined> {
  const text = await readAll(ctx.stdin, MAX_ANSWERS_BYTES);
  if (text.trim() === '' && haveOther) return undefined;
  return parseAnswers(text, 'stdin');
}

/** JSON from scripts takes the fast path; YAML, and anything to report, the full parser. */
async function parseAnswers(text: string, source: string): Promise<Record<string, unknown>> {
  return parseJsonAnswers(text) ?? (await import('../answers/parse.js')).parseAnswersText(text, source);
}
