// Runs the examples a rule set carries (think `opa test`): answers in, expected advice out.
import { validateAnswers } from '../answers/validate.js';
import { formatProblem } from '../errors.js';
import type { Example, RuleSet } from '../core/types.js';
import { advise } from '../core/advise.js';

/** Examples without `now` use a fixed Monday so their results never depend on the clock. */
export const EXAMPLE_NOW = '2026-01-05T12:00:00Z';

export interface ExampleResult {
  example: Example;
  passed: boolean;
  /** One line each: what was expected and what happened. */
  failures: string[];
  /** Why it was not run: it expects a rule this set has switched off (`disable:`). */
  skipped?: string;
}

export function runExample(ruleSet: RuleSet, example: Example): ExampleResult {
  // A set that extends another may switch off rows its examples expect: such an example proves nothing here.
  const { expect } = example;
  const off = [expect.row, ...(expect.adjustments ?? [])].filter((id) => id !== undefined && ![...ruleSet.rules, ...ruleSet.adjustments].some((r) => r.id === id));
  if (off.length > 0) return { example, passed: true, failures: [], skipped: `expects ${list(off as string[])}, which this rule set switches off` };
  const organizerZone = example.zone ?? 'UTC';
  const checked = validateAnswers(example.answers, ruleSet.questions, { organizerZone });
  if ('problems' in checked) {
    return { example, passed: false, failures: checked.problems.map((p) => `invalid answers: ${formatProblem(p)}`) };
  }
  const advice = advise(ruleSet, checked.answers, { now: example.now ?? EXAMPLE_NOW, organizerZone });
  const failures: string[] = [];
  if (advice.recommendation !== expect.recommendation) {
    failures.push(`recommendation: expected ${expect.recommendation}, got ${advice.recommendation} (row ${advice.row})`);
  }
  if (expect.row !== undefined && advice.row !== expect.row) failures.push(`row: expected ${expect.row} to match, got ${advice.row}`);
  if (expect.plan !== undefined && advice.plan !== expect.plan) failures.push(`plan: expected ${expect.plan}, got ${advice.plan}`);
  if (expect.channels && !startsWith(advice.channels, expect.channels)) {
    failures.push(`channels: expected ${list(expect.channels)} first, got ${list(advice.channels)}`);
  }
  for (const id of expect.adjustments ?? []) {
    if (!advice.adjustments.includes(id)) failures.push(`adjustment ${id}: expected, not applied (got ${list(advice.adjustments)})`);
  }
  const steps = advice.steps.map((step) => step.id);
  if (expect.steps && steps.join(',') !== expect.steps.join(',')) failures.push(`steps: expected ${list(expect.steps)}, got ${list(steps)}`);
  const shown = new Set(advice.checklist.map((c) => c.id));
  for (const id of expect.checklist ?? []) {
    if (!shown.has(id)) failures.push(`checklist ${id}: expected, missing (got ${list([...shown])})`);
  }
  for (const id of expect.notChecklist ?? []) {
    if (shown.has(id)) failures.push(`checklist ${id}: expected not to show, it did`);
  }
  return { example, passed: failures.length === 0, failures };
}

export const runExamples = (ruleSet: RuleSet): ExampleResult[] =>
  ruleSet.examples.map((example) => runExample(ruleSet, example));

const startsWith = (actual: string[], expected: string[]) => expected.every((id, i) => actual[i] === id);
const list = (ids: string[]) => (ids.length ? ids.join(', ') : '(none)');
