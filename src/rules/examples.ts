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
  // A set that extends another may switch off rules its examples expect: such an example proves nothing here.
  const off = (example.expect.fired ?? []).filter((id) => !ruleSet.rules.some((r) => r.id === id));
  if (off.length > 0) return { example, passed: true, failures: [], skipped: `expects ${list(off)} to fire, which this rule set switches off` };
  const organizerZone = example.zone ?? 'UTC';
  const checked = validateAnswers(example.answers, ruleSet.questions, { organizerZone });
  if ('problems' in checked) {
    return { example, passed: false, failures: checked.problems.map((p) => `invalid answers: ${formatProblem(p)}`) };
  }
  const advice = advise(ruleSet, checked.answers, { now: example.now ?? EXAMPLE_NOW, organizerZone }, { explain: true });
  const fired = new Set((advice.trace ?? []).filter((t) => t.fired).map((t) => t.rule));
  const { expect } = example;
  const failures: string[] = [];
  if (advice.recommendation !== expect.recommendation) {
    failures.push(`recommendation: expected ${expect.recommendation}, got ${advice.recommendation}`);
  }
  if (expect.channels && !startsWith(advice.channels, expect.channels)) {
    failures.push(`channels: expected ${list(expect.channels)} first, got ${list(advice.channels)}`);
  }
  for (const id of expect.fired ?? []) {
    if (!fired.has(id)) failures.push(`rule ${id}: expected to fire, it did not`);
  }
  for (const id of expect.notFired ?? []) {
    if (fired.has(id)) failures.push(`rule ${id}: expected not to fire, it did`);
  }
  const shown = new Set(advice.checklist.map((c) => c.id));
  for (const id of expect.checklist ?? []) {
    if (!shown.has(id)) failures.push(`checklist ${id}: expected, missing (got ${list([...shown])})`);
  }
  return { example, passed: failures.length === 0, failures };
}

export const runExamples = (ruleSet: RuleSet): ExampleResult[] =>
  ruleSet.examples.map((example) => runExample(ruleSet, example));

const startsWith = (actual: string[], expected: string[]) => expected.every((id, i) => actual[i] === id);
const list = (ids: string[]) => (ids.length ? ids.join(', ') : '(none)');
