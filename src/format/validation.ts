// `rules validate --format json`: every problem with its file, line and column, for CI and editors.
import { jsonText } from './json-text.js';
import type { Problem } from '../errors.js';
import type { RuleSet } from '../core/types.js';

export interface Validation {
  dir: string;
  errors: Problem[];
  warnings: Problem[];
  /** Files with YAML errors were left out of the checks across files. */
  partial: boolean;
  ruleSet?: RuleSet;
}

export function formatValidation({ dir, errors, warnings, partial, ruleSet }: Validation): string {
  const row = (severity: 'error' | 'warning') => (p: Problem) => ({
    severity,
    file: p.at?.file ?? p.where ?? null,
    line: p.at?.line ?? null,
    column: p.at?.column ?? null,
    message: p.message,
    ...(p.hint && { hint: p.hint }),
    ...(p.at && { source: p.at.text }),
  });
  const report = {
    dir,
    valid: errors.length === 0,
    errorCount: errors.length,
    warningCount: warnings.length,
    ...(partial && { skipped: 'checks across files: a file with YAML errors was left out' }),
    ...(ruleSet && {
      counts: { questions: ruleSet.questions.length, rules: ruleSet.rules.length, checklist: ruleSet.checklist.length, examples: ruleSet.examples.length },
    }),
    problems: [...errors.map(row('error')), ...warnings.map(row('warning'))],
  };
  return `${jsonText(report)}\n`;
}
