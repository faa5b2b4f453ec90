// The interview's rules as `ask` applies them, with a fake `ask` and memory streams: what is asked
// once flags give the required answers, --interview, the roster's first question, where prompts go.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AskFn, PromptContext, PromptSpec } from '../../src/answers/interview.js';
import { promptFor } from '../../src/answers/interview.js';
import type { Context } from '../../src/context.js';
import { main } from '../../src/main.js';
import { questions } from '../answers/questions.js';
import { world } from '../world.js';

interface Run {
  asked: PromptSpec[];
  contexts: (PromptContext | undefined)[];
  out: string;
  err: string;
  code: number;
}

async function run(argv: string[], typed: Record<string, unknown>, opts: { stdoutTTY?: boolean; env?: Record<string, string>; cwd?: string } = {}): Promise<Run> {
  const result: Run = { asked: [], contexts: [], out: '', err: '', code: 0 };
  const ask: AskFn = async (spec, context) => {
    result.asked.push(spec);
    result.contexts.push(context);
    if (!(spec.id in typed)) throw new Error(`not expected to ask ${spec.id}`);
    return typed[spec.id];
  };
  const stderr = { write: (t: string) => ((result.err += t), true), isTTY: true };
  const ctx: Context = {
    stdin: { isTTY: true, async *[Symbol.asyncIterator]() {} },
    stdout: { write: (t: string) => ((result.out += t), true), isTTY: opts.stdoutTTY ?? true },
    stderr,
    env: { XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'ct-cfg-')), NO_COLOR: '1', ...opts.env },
    cwd: opts.cwd ?? mkdtempSync(join(tmpdir(), 'ct-cwd-')),
    now: () => new Date('2026-03-16T12:00:00Z'),
    systemZone: 'Europe/London',
    world,
    ask,
  };
  result.code = await main(['ask', '--no-color', ...argv], ctx);
  return result;
}

const REQUIRED = ['--set', 'purpose=decision', '--set', 'urgency=today', '--set', 'attendees=3'];

describe('the shorter interview', () => {
  it('asks nothing once flags give every required answer, even at a terminal', async () => {
    const r = await run([...REQUIRED], {});
    expect(r.code).toBe(0);
    expect(r.asked).toEqual([]);
    expect(r.out).toMatch(/Step/);
  });

  it('--interview asks the optional questions too, and only those not given', async () => {
    const r = await run([...REQUIRED, '--interview'], { timezones: 'Europe/London, Tokyo', informed: 0, external: false, back_and_forth: 0, sensitive: false, writable: true, reversible: true, decision_owner: true, new_relationship: false, recurring: 'none' });
    expect(r.code).toBe(0);
    expect(r.asked[0]!.id).toBe('timezones');
    expect(r.asked.map((s) => s.id)).not.toContain('purpose');
    expect(r.out).toMatch(/Asia\/Tokyo/); // a city typed at the prompt; the advice shows the IANA name
  });

  it('asks every missing question when a required one is missing', async () => {
    const r = await run(['--set', 'purpose=share-info', '--set', 'attendees=2'], { urgency: 'today', timezones: 'UTC', informed: 0, external: false, acknowledge: false, back_and_forth: 0, sensitive: false, writable: true, new_relationship: false, recurring: 'none' });
    expect(r.asked.map((s) => s.id).slice(0, 2)).toEqual(['urgency', 'timezones']);
  });

  it('draws the prompts on standard error, so the result alone can go to a file', async () => {
    const r = await run(['--set', 'purpose=decision', '--set', 'attendees=2', '--format', 'markdown'], { urgency: 'today', timezones: 'UTC', informed: 0, external: false, back_and_forth: 0, sensitive: false, writable: true, reversible: true, decision_owner: true, new_relationship: false, recurring: 'none' }, { stdoutTTY: false });
    expect(r.code).toBe(0);
    expect(r.asked[0]!.id).toBe('urgency');
    expect(r.contexts[0]?.output).toBeDefined();
    expect(r.out).toMatch(/^## /); // Markdown only
  });

  it('starts with who takes part when a roster exists, and fills attendees and time zones from it', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'ct-team-'));
    mkdirSync(join(cwd, '.commtriage'));
    writeFileSync(join(cwd, '.commtriage', 'people.yaml'), 'people:\n  - { name: Priya, zone: Asia/Kolkata }\n  - { name: Tom, zone: America/New_York }\nteams:\n  platform: [Priya, Tom]\n');
    const optional = { informed: 0, external: false, back_and_forth: 0, sensitive: false, writable: true, reversible: true, decision_owner: true, new_relationship: false, recurring: 'none' };
    const r = await run(['--set', 'purpose=decision', '--json'], { with: 'platform', urgency: 'today', ...optional }, { cwd });
    expect(r.asked.map((s) => s.id).slice(0, 2)).toEqual(['with', 'urgency']);
    expect(r.asked.map((s) => s.id)).not.toContain('attendees');
    expect(r.asked[0]!.validate('Pryia')).toMatch(/Did you mean "Priya"/);
    const advice = JSON.parse(r.out);
    expect(advice.answers).toMatchObject({ attendees: 3, timezones: ['Europe/London', 'Asia/Kolkata', 'America/New_York'] });
    expect(advice.people.map((p: { name: string }) => p.name)).toEqual(['Priya', 'Tom']);
  });
});

describe('prompts', () => {
  it('carry the help line, and list every bad zone at once', () => {
    const zones = { ...questions.find((q) => q.id === 'timezones')!, help: 'where each person works' };
    const spec = promptFor(zones, undefined, { world });
    expect(spec.help).toBe('where each person works');
    const verdict = spec.validate('Europe/Berln, Mars/Base, America/New_York');
    expect(verdict).toMatch(/^2 problems:\n {2}- .*Europe\/Berln.*\n {2}- .*Mars\/Base/);
  });
});
