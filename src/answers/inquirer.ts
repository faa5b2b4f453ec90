// The only file that imports Inquirer. The CLI loads it with `await import()` only when a prompt
// is needed, so scripted runs never pay for it. It does nothing at import time.
import { styleText } from 'node:util';
import { confirm, input, number, select } from '@inquirer/prompts';
import { CancelledError } from '../errors.js';
import type { AskFn, PromptContext, PromptSpec } from './interview.js';
import { visible } from '../text/safe.js';
import { wrapWords } from '../text/wrap.js';

/** Prompt text comes from rule files and echoes what was typed: shown escaped (safe.ts), broken at spaces. */
const shownAt = (width: number | undefined) => (result: true | string): true | string =>
  result === true ? true : wrapWords(`  ${visible(result)}`, width === undefined ? undefined : width - 1).slice(2);

/** Text after a two-column lead ("? ", "> ", "❯ "), broken at spaces to the terminal's width. */
const lead2 = (text: string, width: number | undefined): string => wrapWords(`  ${visible(text)}`, width === undefined ? undefined : width - 1).slice(2);

/** The signals that end a prompt, with the exit status a shell gives a process they end (128 + number). */
const SIGNALS = { SIGINT: 130, SIGHUP: 129, SIGTERM: 143 } as const;

/**
 * Shape matches Inquirer's Prompt(config, context), so @inquirer/testing's render can drive it.
 * A signal during a prompt (kill, a closed terminal window) aborts the prompt, which then shows
 * the cursor again and leaves raw mode; left to itself the process died with the cursor hidden.
 * Listening also stops Inquirer's signal-exit from killing the process before that clean-up.
 */
export const inquirerAsk: AskFn = async (spec, context) => {
  const controller = new AbortController();
  let status: number | undefined;
  const listeners = Object.entries(SIGNALS).map(([name, code]) => {
    const listener = () => {
      status ??= code;
      controller.abort();
    };
    process.on(name, listener);
    return [name, listener] as const;
  });
  try {
    return await askOnce(spec, { ...context, signal: controller.signal });
  } catch (error) {
    // Ctrl+C: Inquirer rejects with ExitPromptError; checked by name to avoid importing its class.
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) throw new CancelledError(status);
    throw error;
  } finally {
    for (const [name, listener] of listeners) process.off(name, listener);
  }
};

/**
 * The question's help on its own line under it while it is asked (long lines wrap badly after the
 * question), and gone once answered. Text entries get a "›" line of their own to type on.
 */
/** The terminal's width, where the prompts are drawn (Inquirer's own wrapping assumes 80 there). */
const widthOf = (context: PromptContext | undefined): number | undefined =>
  (context?.output as { columns?: number } | undefined)?.columns ?? process.stderr.columns;

function helpTheme(spec: PromptSpec, width: number | undefined) {
  // Roster names in "known:" come from a file: escaped. Broken at spaces, under the question.
  const help = spec.help === undefined ? undefined : wrapWords(`  ${visible(spec.help)}`, width === undefined ? undefined : width - 1).slice(2);
  if (!help) return {};
  const typed = spec.kind === 'input' || spec.kind === 'number';
  return {
    theme: {
      style: {
        message: (text: string, status: string) =>
          status === 'done' ? styleText('bold', text) : `${styleText('bold', text)}\n  ${styleText('dim', help)}${typed ? '\n ›' : ''}`,
      },
    },
  };
}

function askOnce(spec: PromptSpec, context: (PromptContext & { signal?: AbortSignal }) | undefined): Promise<unknown> {
  // Help stays out of the prompt line: long lines wrap badly; the theme shows it under the question.
  const width = widthOf(context);
  // "? " before the message and the typed answer after it: broken at spaces, not by the terminal.
  const message = lead2(spec.message, width);
  const shown = shownAt(width);
  const theme = helpTheme(spec, width);
  switch (spec.kind) {
    case 'select':
      return select(
        {
          message,
          ...theme,
          choices: (spec.choices ?? []).map((c) => ({ ...c, value: c.value, name: lead2(c.name, width), short: visible(c.name) })),
          ...(typeof spec.default === 'string' ? { default: spec.default } : {}),
          pageSize: 10,
        },
        context,
      );
    case 'number':
      return number(
        {
          message,
          ...theme,
          ...(typeof spec.default === 'number' ? { default: spec.default } : {}),
          required: true,
          // Bounds and whole numbers are checked by our validate, so its words are the ones shown.
          step: 'any',
          validate: (value) => shown(spec.validate(value)),
        },
        context,
      );
    case 'confirm':
      return confirm({ message, ...theme, ...(typeof spec.default === 'boolean' ? { default: spec.default } : {}) }, context);
    case 'input':
      return input(
        {
          message,
          ...theme,
          ...(typeof spec.default === 'string' ? { default: spec.default } : {}),
          required: spec.id !== 'with',
          validate: (value) => shown(spec.validate(value)),
        },
        context,
      );
  }
}
