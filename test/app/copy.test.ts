// --copy at the edge: where there is no display (or over SSH) the draft goes to the terminal with
// OSC 52 on standard error; a clipboard tool that fails falls back the same way; with no terminal
// nothing is copied, and none of it fails the run or touches standard output.
import { describe, expect, it } from 'vitest';
import { copyDraft, osc52 } from '../../src/app/copy.js';
import type { Context } from '../../src/context.js';

function fakeContext(env: Record<string, string | undefined>, stderrIsTTY: boolean) {
  const out = { stdout: '', stderr: '' };
  const stream = (key: 'stdout' | 'stderr', isTTY: boolean) => ({ isTTY, write: (s: string) => ((out[key] += s), true) });
  const ctx = { env, stdout: stream('stdout', false), stderr: stream('stderr', stderrIsTTY) } as unknown as Context;
  return { ctx, out };
}

const DRAFT = 'Subject: Proposal: [[what]]\n\nHi all,\n';
const decoded = (stderr: string): string => Buffer.from(/\x1b\]52;c;([A-Za-z0-9+/=]+)\x07/.exec(stderr)![1]!, 'base64').toString('utf8');

describe('copyDraft', () => {
  it('over SSH sends the draft with OSC 52 on standard error and says so', async () => {
    const { ctx, out } = fakeContext({ SSH_TTY: '/dev/pts/1', DISPLAY: ':0' }, true);
    expect(await copyDraft(ctx, DRAFT, 'linux')).toBe('osc52');
    expect(decoded(out.stderr)).toBe(DRAFT);
    expect(out.stderr).toMatch(/over SSH.*OSC 52/);
    expect(out.stdout).toBe('');
  });

  it('with no display on Linux does the same, through tmux when inside it', async () => {
    const { ctx, out } = fakeContext({ TMUX: '/tmp/tmux-0/default,1,0' }, true);
    expect(await copyDraft(ctx, DRAFT, 'linux')).toBe('osc52');
    expect(out.stderr.startsWith('\x1bPtmux;\x1b\x1b]52;c;')).toBe(true);
    expect(out.stderr).toMatch(/set -g set-clipboard on/);
  });

  it('falls back to OSC 52 when the clipboard tool fails (a display that is not there)', async () => {
    const { ctx, out } = fakeContext({ DISPLAY: ':97' }, true);
    const result = await copyDraft(ctx, DRAFT, 'linux');
    // A machine with a working clipboard on :97 would copy; here there is none.
    expect(result).toBe('osc52');
    expect(out.stderr).toMatch(/the clipboard did not take it/);
    expect(decoded(out.stderr)).toBe(DRAFT);
  }, 10000);

  it('with neither a display nor a terminal copies nothing, and says the draft is on standard output', async () => {
    const { ctx, out } = fakeContext({}, false);
    expect(await copyDraft(ctx, DRAFT, 'linux')).toBe('none');
    expect(out.stderr).not.toContain('\x1b');
    expect(out.stderr).toMatch(/nothing was copied/);
  });

  it('encodes any text, accents and emoji included', () => {
    const text = 'Café ✓ 🎉';
    expect(Buffer.from(/;c;(.*)\x07/.exec(osc52(text, {}))![1]!, 'base64').toString('utf8')).toBe(text);
  });
});
