// A signal during a prompt, in a real pseudo-terminal (tmux): the terminal is left as it was found,
// the cursor shown and the line discipline back in canonical mode with echo, and the run ends with
// 128 + the signal's number. Skipped where tmux is missing (CI installs it).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../e2e/run-bin.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const session = `commtriage-signal-${process.pid}`;
const raw = join(tmpdir(), `${session}.raw`);
const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-J', '-t', session, '-S', '-200');

async function waitFor(pattern: RegExp, ms = 8000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const text = screen();
    if (pattern.test(text)) return text;
    if (Date.now() > end) throw new Error(`timed out waiting for ${pattern}; screen:\n${text}`);
    await new Promise((r) => setTimeout(r, 80));
  }
}

afterEach(() => {
  spawnSync('tmux', ['kill-session', '-t', session]);
  rmSync(raw, { force: true });
});

describe.skipIf(!hasTmux && !process.env.CI)('a signal during a prompt', () => {
  it.each([
    ['TERM', 143],
    ['HUP', 129],
    ['INT', 130],
  ])('SIG%s: cursor shown, echo and canonical mode back, exit %i', async (signal, status) => {
    tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '40', 'bash', '--norc', '--noprofile');
    tmux('pipe-pane', '-t', session, '-o', `cat >> '${raw}'`);
    const command = `cd "${ROOT}" && NO_COLOR=1 "${process.execPath}" "${BIN}" ask --now 2026-03-16T12:00:00Z; echo "EXIT=$?"; stty -a | grep -oE -- '-?(icanon|echo) ' | tr -d ' \\n'; echo ' MO''DES'`;
    tmux('send-keys', '-t', session, '-l', command);
    tmux('send-keys', '-t', session, 'Enter');
    await waitFor(/What do you need to get done\?/);
    const shell = tmux('list-panes', '-t', session, '-F', '#{pane_pid}').trim();
    const child = execFileSync('pgrep', ['-P', shell], { encoding: 'utf8' }).trim().split('\n')[0]!;
    process.kill(Number(child), `SIG${signal}` as NodeJS.Signals);
    const text = await waitFor(/MODES/);
    expect(text).toContain(`EXIT=${status}`);
    expect(text).toContain('icanonecho MODES');
    const out = readFileSync(raw, 'utf8');
    expect(out.lastIndexOf('\x1b[?25h')).toBeGreaterThan(out.lastIndexOf('\x1b[?25l'));
  });
});
