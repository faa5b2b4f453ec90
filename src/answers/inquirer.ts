// The only file that imports Inquirer. The CLI loads it with `await import()` only when a prompt
// is needed, so scripted runs never pay for it. It does nothing at import time.
import { styleText } from 'node:util';
import { confirm, input, number, select } from '@inquirer/prompts';
import { CancelledError } from '../errors.js';
import type { AskFn, PromptContext, PromptSpec } from './interview.js';
import { visible } from '../text/safe.js';

/** Prompt text comes from rule files and echoes what was typed: shown escaped (safe.ts). */
const shown = (result: true | string): true | string => (result === true ? true : visible(result));

/** Shape matches Inquirer's Prompt(config, context), so @inquirer/testing's render can drive it. */
export const inquirerAsk: AskFn = async (spec, context) => {
  try {
    return await askOnce(spec, context);
  } catch (error) {
    // Ctrl+C: Inquirer rejects with ExitPromptError; checked by name to avoid importing its class.
    if (error instanceof Error && error.name === 'ExitPromptError') throw new CancelledError();
    throw error;
  }
};

/**
 * The question's help on its own line under it while it is asked (long lines wrap badly after the
 * question), and gone once answered. Text entries get a "›" line of their own to type on.
 */
function helpTheme(spec: PromptSpec) {
  const help = spec.help;
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

function askOnce(spec: PromptSpec, context: PromptContext | undefined): Promise<unknown> {
  // Help stays out of the prompt line: long lines wrap badly; the theme shows it under the question.
  const message = visible(spec.message);
  const theme = helpTheme(spec);
  switch (spec.kind) {
    case 'select':
      return select(
        {
          message,
          ...theme,
          choices: (spec.choices ?? []).map((c) => ({ ...c, value: c.value, name: visible(c.name) })),
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
