// Options that contradict each other are a usage error with the fix, not a silent choice.
import { UserError } from '../errors.js';

export interface FormatFlags {
  format: string;
  /** --format was typed (not the default, not implied by --json). */
  formatGiven: boolean;
  json?: boolean;
  batch?: boolean;
}

export function checkFormatFlags({ format, formatGiven, json, batch }: FormatFlags): void {
  if (json && formatGiven && format !== 'json') {
    throw new UserError({
      message: `--json and --format ${format} ask for two different outputs`,
      hint: `--json is short for --format json: keep --format ${format} or --json, not both.`,
    });
  }
  if (batch && formatGiven && format !== 'json') {
    throw new UserError({
      message: `--batch writes one JSON result a line, so it cannot write --format ${format}`,
      hint: `Leave out --format ${format} (or give --format json); for ${format === 'markdown' ? 'Markdown' : 'text'}, run ask once per need without --batch.`,
    });
  }
}
