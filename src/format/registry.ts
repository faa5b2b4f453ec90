// Formatters found by name (ESLint style): each is a pure function of the advice, and only the
// edge writes what they return.
import type { Advice, RenderContext } from '../core/advice.js';
import { UserError } from '../errors.js';
import { didYouMean } from '../core/suggest.js';
import { formatJson } from './json.js';
import { formatMarkdown } from './markdown.js';
import { formatText } from './text.js';

export type Formatter = (advice: Advice, ctx: RenderContext) => string;
export type FormatName = 'text' | 'json' | 'markdown';

export const formatters: Record<FormatName, Formatter> = {
  text: formatText,
  json: formatJson,
  markdown: formatMarkdown,
};

export const FORMAT_NAMES = Object.keys(formatters) as FormatName[];

export const isFormatName = (name: string): name is FormatName => Object.hasOwn(formatters, name);

export function getFormatter(name: string): Formatter {
  if (isFormatName(name)) return formatters[name];
  throw new UserError({
    where: '--format',
    message: `unknown format "${name}".`,
    hint: `Use one of: ${FORMAT_NAMES.join(', ')}.${didYouMean(name, FORMAT_NAMES)}`,
  });
}
