// The shipped set as a whole: its examples pass, they reach every row, adjustment and checklist item, the
// checklist covers the article's ten practices, and every piece of advice names its source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runExamples } from '../../src/app/examples.js';
import { world } from '../world.js';
import type { Example, RuleSet } from '../../src/core/types.js';
import { builtInRulesDir } from '../../src/rules/load.js';
import { type Run, loadDefaults, run } from './helpers.js';

let rules: RuleSet;
let results: { example: Example; advice: Run }[];
beforeAll(async () => {
  rules = await loadDefaults();
  results = rules.examples.map((example) => ({
    example,
    advice: run(rules, example.answers, {
      ...(example.now ? { now: example.now } : {}),
      ...(example.zone ? { zone: example.zone } : {}),
    }),
  }));
});

describe('the shipped examples', () => {
  it('are there, one per situation at least', () => {
    expect(rules.examples.length).toBeGreaterThanOrEqual(20);
  });

  it.each(loadExampleNames())('%s', (name) => {
    const { example, advice } = results.find((r) => r.example.name === name)!;
    const { expect: want } = example;
    expect(advice.recommendation).toBe(want.recommendation);
    if (want.row) expect(advice.row).toBe(want.row);
    if (want.plan) expect(advice.plan).toBe(want.plan);
    if (want.channels) expect(advice.channels.slice(0, want.channels.length)).toEqual(want.channels);
    expect(advice.adjustments).toEqual(expect.arrayContaining(want.adjustments ?? []));
    expect(advice.checklist).toEqual(expect.arrayContaining(want.checklist ?? []));
    for (const id of want.notChecklist ?? []) expect(advice.checklist).not.toContain(id);
  });

  it('reach every row of the table that a built-in purpose can reach, and claim it', () => {
    const matched = new Set(results.map((r) => r.advice.row));
    const claimed = new Set(rules.examples.map((e) => e.expect.row));
    // The last row catches purposes a team adds; every built-in purpose has a row above it.
    const reachable = rules.rules.slice(0, -1).map((r) => r.id);
    expect(reachable.filter((id) => !matched.has(id))).toEqual([]);
    expect(reachable.filter((id) => !claimed.has(id))).toEqual([]);
  });

  it('apply every adjustment at least once', () => {
    const applied = new Set(results.flatMap((r) => r.advice.adjustments));
    expect(rules.adjustments.map((a) => a.id).filter((id) => !applied.has(id))).toEqual([]);
  });

  it('show every checklist item at least once', () => {
    const shown = new Set(results.flatMap((r) => r.advice.checklist));
    expect(rules.checklist.map((c) => c.id).filter((id) => !shown.has(id))).toEqual([]);
  });

  it('reach all three outcomes, and a meet-first hybrid', () => {
    const outcomes = new Set(results.map((r) => r.advice.recommendation));
    expect([...outcomes].sort()).toEqual(['async', 'hybrid', 'sync']);
    expect(results.some((r) => r.advice.hybridOrder === 'meet-first')).toBe(true);
  });
});

describe('the checklist', () => {
  const practices = ['async-1', 'async-2', 'async-3', 'async-4', 'async-5', 'sync-1', 'sync-2', 'sync-3', 'sync-4', 'sync-5'];

  it("tags all ten of the article's practices", () => {
    const tagged = new Set(rules.checklist.map((c) => c.practice));
    expect(practices.filter((p) => !tagged.has(p))).toEqual([]);
  });

  it('shows each practice in at least one example', () => {
    const practiceOf = new Map(rules.checklist.map((c) => [c.id, c.practice]));
    const shown = new Set(results.flatMap((r) => r.advice.checklist.map((id) => practiceOf.get(id))));
    expect(practices.filter((p) => !shown.has(p))).toEqual([]);
  });

  it('gives async and hybrid advice a deadline quoting the reply-by time', () => {
    const deadlines = rules.checklist.filter((c) => c.kind === 'deadline');
    for (const { advice } of results.filter((r) => r.advice.recommendation !== 'sync')) {
      expect(advice.checklist.some((id) => deadlines.some((d) => d.id === id))).toBe(true);
    }
    for (const d of deadlines) expect(d.text).toContain('{reply_by}');
  });

  it('leaves no placeholder unfilled', () => {
    for (const { advice } of results) for (const text of Object.values(advice.text)) expect(text).not.toMatch(/[{}]/);
  });
});

describe('sources', () => {
  it('names a source for every row, adjustment, signal and checklist item', () => {
    const items = [...rules.rules, ...rules.adjustments, ...rules.signals, ...rules.checklist];
    expect(items.filter((i) => i.source.trim().length < 5).map((i) => i.id)).toEqual([]);
  });
});

describe('`commtriage rules test`', () => {
  it('passes on the shipped set', () => {
    const failed = runExamples(rules, world).filter((r) => !r.passed);
    expect(failed.map((r) => `${r.example.name}: ${r.failures.join('; ')}`)).toEqual([]);
  });
});

/** Example names at collection time, so each example is its own test line. */
function loadExampleNames(): string[] {
  const text = readFileSync(join(builtInRulesDir(), 'examples.yaml'), 'utf8');
  return [...text.matchAll(/^ {2}- name: (.+)$/gm)].map((m) => m[1]!.trim());
}
