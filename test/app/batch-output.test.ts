// A batch gives each line exactly what a single `ask --json` gives for the line's answers, with
// the line number and the line's ref in front, whether the memo has seen those people before or not.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/app/batch.js';
import { contextFor, needOf, world } from '../world.js';
import { advise } from '../../src/core/advise.js';
import type { RuleSet } from '../../src/core/types.js';
import type { Context } from '../../src/context.js';
import { orderedAdvice } from '../../src/format/json.js';
import { loadRuleSet } from '../../src/rules/load.js';

const ROOT = join(import.meta.dirname, '..', '..');
const when = { now: '2026-03-16T12:00:00.000Z', organizerZone: 'Europe/London' };

/** Needs that vary every answer, with repeats (memo hits) and refs of every JSON type. */
const needs: Record<string, unknown>[] = [
  { ref: 'a "quoted" \\ ref', purpose: 'decision', urgency: 'today', attendees: 4, timezones: ['America/New_York', 'Asia/Tokyo'] },
  { ref: 2, purpose: 'brainstorm', urgency: 'this-week', attendees: 12, timezones: ['Asia/Kolkata@10:00-18:00', 'Pacific/Auckland', 'Europe/Berlin'], back_and_forth: 4 },
  { ref: null, purpose: 'feedback', urgency: 'whenever', attendees: 2, sensitive: true },
  { ref: { nested: ['Zoë', '東京'] }, purpose: 'quick-question', urgency: 'immediate', attendees: 3, writable: false },
  { purpose: 'decision', urgency: 'today', attendees: 4, timezones: ['America/New_York', 'Asia/Tokyo'], reversible: true, decision_owner: true },
  { ref: 'again', purpose: 'decision', urgency: 'today', attendees: 4, timezones: ['America/New_York', 'Asia/Tokyo'] },
  { ref: 1.5, purpose: 'kickoff', urgency: 'this-week', attendees: 40, timezones: ['America/Sao_Paulo@08:00-16:00', 'Africa/Lagos'], new_relationship: true },
  // The same people in other orders: who bears a least-bad slot and every per-zone list follow each line's order.
  { ref: 'p2', purpose: 'brainstorm', urgency: 'this-week', attendees: 12, timezones: ['Europe/Berlin', 'Asia/Kolkata@10:00-18:00', 'Pacific/Auckland'], back_and_forth: 4 },
  { ref: 'p3', purpose: 'brainstorm', urgency: 'this-week', attendees: 12, timezones: ['Pacific/Auckland', 'Europe/Berlin', 'Asia/Kolkata@10:00-18:00'], back_and_forth: 4 },
  { ref: 'p4', purpose: 'decision', urgency: 'today', attendees: 4, timezones: ['Asia/Tokyo', 'America/New_York'] },
  { ref: 'p5', purpose: 'kickoff', urgency: 'this-week', attendees: 40, timezones: ['Africa/Lagos', 'America/Sao_Paulo@08:00-16:00', 'Africa/Lagos'], new_relationship: true },
];

/** A context whose stdin is the given text (in awkward chunks) and whose stdout is collected. */
function memoryContext(input: string, stderrIsTTY = false): { ctx: Context; out: () => string; err: () => string } {
  let written = '';
  let errors = '';
  const bytes = Buffer.from(input);
  const ctx: Context = {
    stdin: {
      async *[Symbol.asyncIterator]() {
        for (let i = 0; i < bytes.length; i += 97) yield bytes.subarray(i, i + 97); // splits lines and UTF-8 sequences
      },
    },
    stdout: { write: (text: string) => ((written += text), true) },
    stderr: { write: (text: string) => ((errors += text), true), isTTY: stderrIsTTY },
    env: {},
    cwd: ROOT,
    now: () => new Date(when.now),
    systemZone: when.organizerZone,
    world,
  };
  return { ctx, out: () => written, err: () => errors };
}

describe('batch output', () => {
  let ruleSet: RuleSet;
  beforeAll(async () => {
    ({ ruleSet } = await loadRuleSet(join(ROOT, 'rules'), { cwd: process.cwd() }));
    time = contextFor(when, ruleSet.settings);
  });
  let time: ReturnType<typeof contextFor>;

  const expected = (need: Record<string, unknown>, line: number, explain: boolean): string => {
    const { ref, ...raw } = need;
    const advice = advise(ruleSet, needOf(raw, ruleSet, when), { explain });
    return JSON.stringify({ line, ...(ref !== undefined ? { ref } : {}), ...orderedAdvice(advice) });
  };

  it.each([false, true])('writes each line as a single ask would (explain: %s), the first time and from memory', async (explain) => {
    const text = [...needs, ...needs].map((n) => `${JSON.stringify(n)}\n`).join('');
    const { ctx, out } = memoryContext(text);
    expect(await runBatch(ctx, ruleSet, time, { explain })).toBe(0);
    const lines = out().split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toEqual([...needs, ...needs].map((n, i) => expected(n, i + 1, explain)));
  });

  it('keeps only the fields asked for, in contract order', async () => {
    const { ctx, out } = memoryContext(`${JSON.stringify(needs[0])}\n`);
    await runBatch(ctx, ruleSet, time, { fields: ['schedule.replyBy', 'recommendation', 'channels'] });
    const row = JSON.parse(out());
    expect(Object.keys(row)).toEqual(['line', 'ref', 'recommendation', 'channels', 'schedule']);
    expect(Object.keys(row.schedule)).toEqual(['replyBy']);
  });

  it('ends with a tally on a terminal, and says nothing to a script', async () => {
    const input = `${JSON.stringify(needs[0])}\n{"purpose":"nope"}\n${JSON.stringify(needs[1])}\n`;
    const atTerminal = memoryContext(input, true);
    expect(await runBatch(atTerminal.ctx, ruleSet, time, {})).toBe(2);
    expect(atTerminal.err()).toBe('2 of 3 lines advised; 1 had errors.\n');
    const piped = memoryContext(input);
    await runBatch(piped.ctx, ruleSet, time, {});
    expect(piped.err()).toBe('');
  });
});

describe('a batch line with a key given twice', () => {
  it('is refused as `ask` refuses it, with the line and the key, and the batch goes on', async () => {
    const { ruleSet } = await loadRuleSet(join(ROOT, 'rules'), { cwd: process.cwd() });
    const line = '{"purpose":"decision","purpose":"quick-question","urgency":"today","attendees":2}';
    const { ctx, out } = memoryContext(`${JSON.stringify(needs[0])}\n${line}\n`);
    expect(await runBatch(ctx, ruleSet, contextFor(when, ruleSet.settings), {})).toBe(2);
    const [first, second] = out().trim().split('\n').map((l) => JSON.parse(l));
    expect(first.recommendation).toBeDefined();
    expect(second).toEqual({ line: 2, error: { problems: [{ where: 'stdin:2:23', message: 'the answer "purpose" is given twice.', hint: expect.stringMatching(/^Give each answer once/) }] } });
  });
});
