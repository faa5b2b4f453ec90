// A rule set that is not the built-in one changes the advice: a person at a terminal is told which.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { customSource, loadRulesFor } from '../../src/app/rules-source.js';
import type { Context } from '../../src/context.js';
import { builtInRulesDir } from '../../src/rules/locate.js';
import { world } from '../world.js';

const repo = mkdtempSync(join(tmpdir(), 'commtriage-source-'));
cpSync(builtInRulesDir(), join(repo, '.commtriage'), { recursive: true });
const sub = join(repo, 'a', 'b');

function context(env: Record<string, string> = {}, tty = true): { ctx: Context; stderr: () => string } {
  let written = '';
  const ctx: Context = {
    stdin: { async *[Symbol.asyncIterator]() {} },
    stdout: { write: () => true },
    stderr: { isTTY: tty, write: (text) => (written += String(text)) },
    env,
    cwd: sub,
    now: () => new Date('2026-03-16T12:00:00Z'),
    systemZone: 'UTC',
    world,
  };
  return { ctx, stderr: () => written };
}

describe('loadRulesFor', () => {
  it('names a .commtriage found in a parent directory on stderr at a terminal', async () => {
    const { ctx, stderr } = context();
    const ruleSet = await loadRulesFor(ctx);
    expect(stderr()).toBe('Using the rule set in ../../.commtriage (found in this directory or a parent), not the built-in one; --rules builtin uses that.\n');
    expect(customSource(ruleSet)).toMatchObject({ dir: join(repo, '.commtriage'), via: '.commtriage' });
  });

  it('names --rules and COMMTRIAGE_RULES too', async () => {
    const flag = context();
    await loadRulesFor(flag.ctx, join(repo, '.commtriage'));
    expect(flag.stderr()).toMatch(/given by --rules/);
    const env = context({ COMMTRIAGE_RULES: join(repo, '.commtriage') });
    await loadRulesFor(env.ctx);
    expect(env.stderr()).toMatch(/given by COMMTRIAGE_RULES/);
  });

  it('says nothing when stderr is not a terminal, or for the built-in set', async () => {
    const piped = context({}, false);
    await loadRulesFor(piped.ctx);
    expect(piped.stderr()).toBe('');
    for (const chosen of [context({ COMMTRIAGE_RULES: 'builtin' }), context()]) {
      const ruleSet = await loadRulesFor(chosen.ctx, chosen.ctx.env.COMMTRIAGE_RULES ? undefined : 'builtin');
      expect(chosen.stderr()).toBe('');
      expect(customSource(ruleSet)).toBeUndefined();
      expect(ruleSet.origin).toBe('built-in');
    }
  });
});

describe('a rule set that still calls its table "rules:"', () => {
  it('is read, and `ask` warns on stderr (script or terminal) that the section is now "table:"', async () => {
    const old = mkdtempSync(join(tmpdir(), 'commtriage-old-'));
    cpSync(builtInRulesDir(), old, { recursive: true });
    const file = join(old, 'table.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^table:$/m, 'rules:'));
    const { ctx, stderr } = context({}, false);
    const ruleSet = await loadRulesFor(ctx, old);
    expect(ruleSet.rules.length).toBeGreaterThan(10);
    expect(stderr()).toMatch(/^commtriage: warning: .*table\.yaml:\d+:1: the decision table's section is now called "table:"; "rules:" is still read\n.*\n {2}Rename the key "rules:" to "table:"/s);
  });
});
