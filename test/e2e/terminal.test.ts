// The interactive mode in a real pseudo-terminal: tmux runs the built CLI, we type keys and read
// the screen, as a person would. CI installs tmux (.ci/run); elsewhere the test is skipped without it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ROOT } from './run-bin.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const session = `commtriage-test-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-J', '-t', session, '-S', '-200');
const keys = (...k: string[]) => tmux('send-keys', '-t', session, ...k);
const type = (text: string) => tmux('send-keys', '-t', session, '-l', text);

async function waitFor(pattern: RegExp, ms = 8000): Promise<string> {
  const end = Date.now() + ms;
  for (;;) {
    const text = screen();
    if (pattern.test(text)) return text;
    if (Date.now() > end) throw new Error(`timed out waiting for ${pattern}; screen:\n${text}`);
    await new Promise((r) => setTimeout(r, 80));
  }
}

/**
 * Starts the CLI in a fresh 100x50 terminal; afterwards the shell prints the exit status and the tty
 * modes, then MODES (typed split in two so that the echoed command line never matches it).
 */
function start(args: string, env = '', cwd = ROOT): void {
  const command = `cd "${cwd}" && ${env} NO_COLOR=1 "${process.execPath}" "${BIN}" ${args}; echo "EXIT=$?"; stty -a | grep -oE -- '-?(icanon|echo) ' | tr -d ' \\n'; echo ' MO''DES'`;
  tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '50', 'bash', '--norc', '--noprofile');
  type(command);
  keys('Enter');
}

afterEach(() => {
  spawnSync('tmux', ['kill-session', '-t', session]);
});

describe.skipIf(!hasTmux && !process.env.CI)('ask in a real terminal', () => {
  const FIXED = '--now 2026-03-16T12:00:00Z --zone Europe/London';

  it('asks each question, asks again after a wrong value, and prints the advice', async () => {
    start(`ask ${FIXED}`);
    await waitFor(/What do you need to get done\?/);
    keys('Down', 'Down', 'Down', 'Down', 'Enter'); // brainstorm
    await waitFor(/By when/);
    keys('Enter');
    await waitFor(/How many people/);
    type('0');
    keys('Enter');
    await waitFor(/less than the minimum, 2/);
    keys('BSpace');
    type('4');
    keys('Enter');
    await waitFor(/time zones/i);
    type('America/New_York, Europe/Berln');
    keys('Enter');
    await waitFor(/Europe\/Berlin/);
    keys(...Array(40).fill('BSpace'));
    type('America/New_York, Europe/London');
    keys('Enter');
    // Whatever else the rule set asks, take the defaults.
    for (let i = 0; i < 12 && !/EXIT=\d/.test(screen()); i++) {
      keys('Enter');
      await new Promise((r) => setTimeout(r, 300));
    }
    const text = await waitFor(/MODES/);
    expect(text).toMatch(/EXIT=0/);
    expect(text).toMatch(/✔ How many people.* 4/);
    expect(text).toMatch(/Why\n/);
    expect(text).toMatch(/America\/New_York/);
    expect(text).toMatch(/Step\n\s+1\. .*\n[\s\S]*\[ \]/);
    expect(text).toMatch(/icanonecho MODES/); // the terminal is back in its normal modes
  });

  it('exits 130 on Ctrl+C with one short line and leaves the terminal clean', async () => {
    start(`ask ${FIXED}`);
    await waitFor(/What do you need to get done\?/);
    keys('C-c');
    const text = await waitFor(/MODES/);
    expect(text).toMatch(/Cancelled\.\nEXIT=130/);
    expect(text).not.toMatch(/Error|at .*:\d+:\d+/);
    expect(text).toMatch(/icanonecho MODES/);
    expect(tmux('display', '-p', '-t', session, '#{cursor_flag}').trim()).toBe('1');
  });

  it('prompts only for what flags did not give', async () => {
    start(`ask ${FIXED} --set purpose=quick-question --set urgency=today`);
    const text = await waitFor(/How many people/);
    expect(text).not.toMatch(/What do you need to get done/);
    keys('C-c');
    await waitFor(/EXIT=130/);
  });

  it('runs the interview on the terminal when the output goes to a file, with names from the roster', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-tmux-'));
    mkdirSync(join(dir, '.commtriage'));
    writeFileSync(join(dir, '.commtriage', 'people.yaml'), 'people:\n  - { name: Priya, zone: Bangalore }\n  - { name: Tom, zone: Europe/Berlin }\nteams:\n  platform: [Priya, Tom]\n');
    const out = join(dir, 'invite.md');
    start(`ask ${FIXED} --set purpose=decision --format markdown > "${out}"`, `XDG_CONFIG_HOME="${dir}"`, dir);
    await waitFor(/Who takes part\?/);
    expect(screen()).toMatch(/known: platform, Priya, Tom/); // the help line under the question
    type('platform');
    keys('Enter');
    await waitFor(/By when|How soon/);
    keys('Enter');
    for (let i = 0; i < 12 && !/EXIT=\d/.test(screen()); i++) {
      keys('Enter');
      await new Promise((r) => setTimeout(r, 300));
    }
    const text = await waitFor(/MODES/);
    expect(text).toMatch(/EXIT=0/);
    expect(text).not.toMatch(/## /); // the advice went to the file, not the screen
    const markdown = readFileSync(out, 'utf8');
    expect(markdown).toMatch(/^## /);
    expect(markdown).toMatch(/Priya \(Asia\/Kolkata\)/);
    expect(markdown).not.toMatch(/\?|\u001b/); // no prompt and no escape codes in the file
  });
});
