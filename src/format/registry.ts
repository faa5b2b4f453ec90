// Formatters found by name (ESLint style): each is a pure function of the advice, and only the
// edge writes what they return. Each is loaded when asked for: the JSON one needs no colour
// library, so a scripted run never loads chalk.
import type { Advice } from '../core/advice.js';
import { UserError } from '../errors.js';
import { didYouMean } from '../core/suggest.js';
import { FORMAT_NAMES, type FormatName } from '../core/format-names.js';

/** What formatters need besides the advice: labels for channel ids, the people's names, the terminal. */
export interface RenderContext {
  color: boolean;
  /** The terminal's width, to wrap long lines at; none when not writing to a terminal. */
  width?: number;
  channelLabels: Record<string, string>;
  /** Zone -> the people in it ("you, Tom"), where a roster named them: shown beside the zone. */
  names?: Record<string, string>;
  /** JSON only (--fields): the fields to keep, as dotted paths; all of them when absent. */
  fields?: string[];
}

export type Formatter = (advice: Advice, ctx: RenderContext) => string;
const loaders: Record<FormatName, () => Promise<Formatter>> = {
  text: async () => (await import('./text.js')).formatText,
  json: async () => (await import('./json.js')).formatJson,
  markdown: async () => (await import('./markdown.js')).formatMarkdown,
};

export const isFormatName = (name: string): name is FormatName => Object.hasOwn(loaders, name);

/** The name if it is a format; a UserError with the near miss otherwise. */
export function checkFormat(name: string): FormatName {
  if (isFormatName(name)) return name;
  throw new UserError({
    where: '--format',
    message: `unknown format "${name}".`,
    hint: `Use one of: ${FORMAT_NAMES.join(', ')}.${didYouMean(name, FORMAT_NAMES)}`,
  });
}

export const loadFormatter = async (name: string): Promise<Formatter> => loaders[checkFormat(name)]();
