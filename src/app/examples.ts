// Runs the examples a rule set carries (think `opa test`): answers in, expected advice out,
// through the same reader and the same advise() as `ask`.
import { readNeed } from '../answers/need.js';
import { formatProblem } from '../errors.js';
import type { Example, RuleSet } from '../core/types.js';
import { advise } from '../core/advise.js';
import { needContext } from './time-flags.js';
import type { World } from '../zone-data/world.js';
import type { ExampleResult } from '../format/rules-report.js';
import { draftSteps } from '../core/draft.js';
import { formatDraftsText } from '../format/draft-text.js';

/** Examples without `now` use a fixed Monday so their results never depend on the clock. */
export const EXAMPLE_NOW = '2026-01-05T12:00:00Z';

export function runExample(ruleSet: RuleSet, example: Example, world: World): ExampleResult {
  // A set that extends another may switch off rows its examples expect: such an example proves nothing here.
  const { expect } = example;
  const off = [expect.row, ...(expect.adjustments ?? [])].filter((id) => id !== undefined && ![...ruleSet.rules, ...ruleSet.adjustments].some((r) => r.id === id));
  if (off.length > 0) return { example, passed: true, failures: [], skipped: `expects ${list(off as string[])}, which this rule set switches off` };
  // As `ask --now NOW --zone ZONE` reads them (the loader has checked both).
  const time = needContext({ world, systemZone: 'UTC', now: () => new Date(0) }, { now: example.now ?? EXAMPLE_NOW, zone: example.zone ?? 'UTC' }, ruleSet.settings);
  const read = readNeed(example.answers, ruleSet, time);
  if ('problems' in read) {
    return { example, passed: false, failures: read.problems.map((p) => `invalid answers: ${formatProblem(p)}`) };
  }
  const advice = advise(ruleSet, read.need);
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
  if (expect.draft) failures.push(...draftFailures(ruleSet, advice, expect.draft));
  return { example, passed: failures.length === 0, failures };
}

/** A draft expectation: the step's draft, as `ask --draft N` writes it in text, holds and lacks these words. */
function draftFailures(ruleSet: RuleSet, advice: ReturnType<typeof advise>, expected: NonNullable<Example['expect']['draft']>): string[] {
  const channelLabels = Object.fromEntries(ruleSet.channels.map((c) => [c.id, c.label]));
  const { drafts } = draftSteps(advice, ruleSet.drafts ?? [], { only: expected.step, channelLabels });
  if (drafts.length === 0) return [`draft: step ${expected.step} has no draft (the plan has ${advice.steps.length} step${advice.steps.length === 1 ? '' : 's'}, or no template serves it)`];
  const text = formatDraftsText(drafts).toLowerCase();
  return [
    ...(expected.contains ?? []).filter((words) => !text.includes(words.toLowerCase())).map((words) => `draft of step ${expected.step}: expected "${words}", missing`),
    ...(expected.notContains ?? []).filter((words) => text.includes(words.toLowerCase())).map((words) => `draft of step ${expected.step}: expected no "${words}", found it`),
  ];
}

export const runExamples = (ruleSet: RuleSet, world: World): ExampleResult[] =>
  ruleSet.examples.map((example) => runExample(ruleSet, example, world));

const startsWith = (actual: string[], expected: string[]) => expected.every((id, i) => actual[i] === id);
const list = (ids: string[]) => (ids.length ? ids.join(', ') : '(none)');
