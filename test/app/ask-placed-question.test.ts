// The interview asks a team's question where the team placed it (`after: purpose`), not after
// every built-in question: run through main() as the product runs, with a fake `ask`.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { AskFn } from '../../src/answers/interview.js';
import type { Context } from '../../src/context.js';
import { main } from '../../src/main.js';
import { world } from '../world.js';

const TEAM = join(import.meta.dirname, '../fixtures/rules-team');

it('asks the placed question right after purpose, and its answer chooses the team row', async () => {
  const asked: string[] = [];
  const typed: Record<string, unknown> = { purpose: 'decision', needs_legal: true, rfc: false, urgency: 'this-week', attendees: 3 };
  const ask: AskFn = async (spec) => {
    asked.push(spec.id);
    return typed[spec.id] ?? (spec.default as unknown);
  };
  let out = '';
  const ctx: Context = {
    stdin: { isTTY: true, async *[Symbol.asyncIterator]() {} },
    stdout: { write: (t: string) => ((out += t), true), isTTY: false },
    stderr: { write: () => true, isTTY: true },
    env: { XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'ct-cfg-')), NO_COLOR: '1' },
    cwd: mkdtempSync(join(tmpdir(), 'ct-cwd-')),
    now: () => new Date('2026-03-16T12:00:00Z'),
    systemZone: 'Europe/London',
    world,
    ask,
  };
  const code = await main(['ask', '--rules', TEAM, '--json'], ctx);
  expect(code).toBe(0);
  expect(asked.slice(0, 5)).toEqual(['purpose', 'needs_legal', 'rfc', 'urgency', 'attendees']);
  expect(JSON.parse(out)).toMatchObject({ row: 'legal-signs-off', plan: 'legal-review' });
});
