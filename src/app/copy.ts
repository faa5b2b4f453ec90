// `ask --draft --copy`: the draft onto the clipboard. With a display (or on macOS and Windows)
// through clipboardy; over SSH, with no display, or when that fails, through the terminal's OSC 52
// sequence, written to standard error (standard output keeps only the result). A clipboard that
// cannot be reached never fails the run: standard error says what happened.
import { createRequire } from 'node:module';
import type { Context } from '../context.js';

export type CopyResult = 'clipboard' | 'osc52' | 'none';

/** How long the clipboard tool may take before OSC 52 is used instead. */
const CLIPBOARD_TIMEOUT_MS = 3000;

export async function copyDraft(ctx: Context, text: string, platform: NodeJS.Platform = process.platform): Promise<CopyResult> {
  const { env } = ctx;
  const overSsh = Boolean(env.SSH_TTY || env.SSH_CONNECTION || env.SSH_CLIENT);
  const noDisplay = platform !== 'darwin' && platform !== 'win32' && !env.DISPLAY && !env.WAYLAND_DISPLAY;
  let why = overSsh ? 'over SSH, the clipboard to fill is your own computer\'s' : noDisplay ? 'no display (DISPLAY and WAYLAND_DISPLAY are unset)' : '';
  if (why === '') {
    try {
      await withTimeout(writeWithClipboardy(text), CLIPBOARD_TIMEOUT_MS);
      ctx.stderr.write('commtriage: copied the draft to the clipboard.\n');
      return 'clipboard';
    } catch (error) {
      why = `the clipboard did not take it (${firstLine(error)})`;
    }
  }
  if (ctx.stderr.isTTY) {
    ctx.stderr.write(osc52(text, env));
    ctx.stderr.write(`commtriage: ${why}, so the draft was sent to your terminal's clipboard with OSC 52; if nothing was copied, allow OSC 52 in your terminal${env.TMUX ? ' (in tmux: set -g set-clipboard on)' : ''}.\n`);
    return 'osc52';
  }
  ctx.stderr.write(`commtriage: nothing was copied: ${why}, and standard error is not a terminal to send OSC 52 to. The draft is on standard output.\n`);
  return 'none';
}

async function writeWithClipboardy(text: string): Promise<void> {
  const module = await loadClipboardy();
  await module.default.write(text);
}

type Clipboardy = typeof import('clipboardy');

/**
 * clipboardy is an ES module kept outside the bundle. The bundle runs in a vm.Script, where
 * import() is not available, so there it is required (Node 20.19 and later load ES modules so).
 */
async function loadClipboardy(): Promise<Clipboardy> {
  try {
    return await import('clipboardy');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING') throw error;
    return createRequire(import.meta.url)('clipboardy') as Clipboardy;
  }
}

/** OSC 52 ("set the clipboard"), passed through tmux when inside it. */
export function osc52(text: string, env: Record<string, string | undefined>): string {
  const sequence = `\x1b]52;c;${Buffer.from(text, 'utf8').toString('base64')}\x07`;
  return env.TMUX ? `\x1bPtmux;${sequence.replace(/\x1b/g, '\x1b\x1b')}\x1b\\` : sequence;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms);
    timer.unref();
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const firstLine = (error: unknown): string => String(error instanceof Error ? error.message : error).split('\n')[0]!.slice(0, 160);
