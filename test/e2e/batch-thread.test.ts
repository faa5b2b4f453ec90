// A long batch moves to a worker thread (src/app/batch-worker.ts) after its first lines. What a
// script sees must not change: the same bytes as the one-thread path, in order, the same status.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/app/batch.js';
import { timeContext } from '../../src/app/advise.js';
import type { Context } from '../../src/context.js';
import { loadRuleSet } from '../../src/rules/load.js';
import { BIN, FIXED, ROOT, runBin } from './run-bin.js';

const ZONES = ['America/New_York', 'Europe/London', 'Asia/Kolkata@10:00-18:00', 'Pacific/Auckland', 'Asia/Tokyo', 'America/Sao_Paulo'];
const PURPOSES = ['quick-question', 'decision', 'brainstorm', 'feedback', 'kickoff'];
const URGENCY = ['immediate', 'today', 'this-week', 'whenever'];

/** 1,500 varied lines: names in several scripts, a blank line, bad lines before and after the move, no final newline. */
function lines(): string {
  const out: string[] = [];
  for (let i = 1; i <= 1500; i++) {
    if (i === 100 || i === 900) out.push('{"purpose": "nope"}');
    else if (i === 1200) out.push('not json');
    else if (i === 700) out.push('');
    else {
      const timezones = [ZONES[i % 6]!, ...ZONES.filter((_, z) => (i >> z) % 3 === 0)].slice(0, 1 + (i % 3));
      out.push(JSON.stringify({ ref: `Zoë-東京-${i}`, purpose: PURPOSES[i % 5], urgency: URGENCY[i % 4], attendees: 2 + (i % 17), timezones, back_and_forth: i % 7 }));
    }
  }
  return out.join('\n');
}

/** The one-thread path, from the sources, with the same flags. */
async function oneThread(input: string): Promise<string> {
  const chunks: Buffer[] = [];
  const ctx: Context = {
    stdin: { isTTY: false, async *[Symbol.asyncIterator]() { yield Buffer.from(input); } },
    stdout: { write: (bytes) => chunks.push(Buffer.from(bytes)) },
    stderr: { write: () => true },
    env: {},
    cwd: ROOT,
    now: () => new Date('2026-03-16T12:00:00Z'),
    systemZone: 'Europe/London',
  };
  const { ruleSet } = await loadRuleSet(join(ROOT, 'rules'));
  const status = await runBatch(ctx, ruleSet, timeContext(ctx, { now: '2026-03-16T12:00:00Z', zone: 'Europe/London' }), {});
  expect(status).toBe(2);
  return Buffer.concat(chunks).toString('utf8');
}

describe('ask --batch, long enough to move to a worker thread', () => {
  const input = lines();
  const dir = mkdtempSync(join(tmpdir(), 'commtriage-batch-'));
  const file = join(dir, 'needs.ndjson');
  writeFileSync(file, input);

  it('writes the same bytes as the one-thread path, from a pipe and from a file, with status 2', async () => {
    const expected = await oneThread(input);
    expect(expected.split('\n').length).toBe(1500); // 1,499 results (one line was blank) and the final newline
    for (const r of [runBin(['ask', '--batch', ...FIXED], { input }), runBin(['ask', '--batch', '--answers', file, ...FIXED])]) {
      expect(r.stderr).toBe('');
      expect(r.status).toBe(2);
      expect(r.stdout).toBe(expected);
    }
    const rows = expected.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.filter((r) => 'error' in r).map((r) => r.line)).toEqual([100, 900, 1200]);
    expect(rows.at(-1)).toMatchObject({ line: 1500, ref: 'Zoë-東京-1500' });
  });

  it('ends quietly with status 0 when the reader stops early', async () => {
    const child = spawn(process.execPath, [BIN, 'ask', '--batch', '--answers', file, ...FIXED], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const status = await new Promise((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});
