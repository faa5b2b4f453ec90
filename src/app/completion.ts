// `commtriage completion SHELL` prints a script; `commtriage __complete` answers it.
import type { Command } from 'commander';
import type { Context } from '../context.js';
import { EXIT, UserError } from '../errors.js';
import { FORMAT_NAMES } from '../core/format-names.js';
import { type Candidate, type Completion, SHELLS, complete } from '../completion/complete.js';
import { SETTING_KEYS } from '../config/check.js';
import { UNSAFE_CHARACTERS } from '../text/safe.js';
import { COMPLETION_SCRIPTS } from '../completion/scripts.js';
import { closestName } from '../core/suggest.js';
import { loadRulesFor } from './rules-source.js';

export function runCompletion(ctx: Context, shell: string): number {
  const script = COMPLETION_SCRIPTS[shell];
  if (!script || !Object.hasOwn(COMPLETION_SCRIPTS, shell)) {
    const near = closestName(shell, SHELLS);
    throw new UserError({
      where: 'completion',
      message: `no completion for the shell "${shell}"${near ? `; did you mean "${near}"?` : ''}`,
      hint: `Give one of: ${SHELLS.join(', ')}, e.g. source <(commtriage completion bash).`,
    });
  }
  ctx.stdout.write(script);
  return EXIT.ok;
}

export interface CompleteOptions {
  shell: string;
  /** bash: the line up to the cursor, split here as the shell would. */
  line?: string;
  words: string[];
}

export async function runComplete(ctx: Context, program: Command, opts: CompleteOptions): Promise<number> {
  const words = opts.line !== undefined ? splitLine(opts.line).slice(1) : opts.words;
  if (words.length === 0) words.push('');
  const result = await complete(program, words, {
    questions: async (dir) => (await loadRulesFor(ctx, dir)).questions,
    zones: () => [...Intl.supportedValuesOf('timeZone'), 'UTC'],
    formats: FORMAT_NAMES,
    names: (dir, personalOnly) => rosterNames(ctx, dir, personalOnly),
    settings: SETTING_KEYS,
  });
  ctx.stdout.write(render(result, opts.shell, words.at(-1) ?? ''));
  return EXIT.ok;
}

/** Default COMP_WORDBREAKS: bash replaces only the text after the last of these. */
const BASH_BREAKS = /[=:@><;|&("']/;

function render(result: Completion, shell: string, current: string): string {
  if ('paths' in result) return `:${result.paths}\n`;
  const { candidates } = result;
  if (candidates.length === 0) return '';
  const open = candidates.every((c) => /[=/,]$/.test(c.value));
  const lines = candidates.map((c) => {
    if (shell !== 'bash') return c.description ? `${c.value}\t${c.description.replace(/\s+/g, ' ')}` : c.value;
    let cut = -1;
    for (let i = 0; i < current.length; i++) if (BASH_BREAKS.test(current[i]!)) cut = i;
    return c.value.slice(cut + 1);
  });
  return `${open ? ':nospace\n' : ''}${lines.join('\n')}\n`;
}

/** Words as a shell splits them (quotes kept simple); a trailing space starts a new, empty word. */
export function splitLine(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | undefined;
  let started = false;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else word += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      started = true;
    } else if (/\s/.test(ch)) {
      if (started || word) words.push(word);
      word = '';
      started = false;
    } else {
      word += ch;
      started = true;
    }
  }
  words.push(word);
  return words;
}

/**
 * The roster's people and teams, for --with and `people remove`. Names that a shell would take
 * apart or a terminal act on (spaces, quotes, control characters) are left out: completing them
 * would print them raw into the command line.
 */
async function rosterNames(ctx: Context, dir: string | undefined, personalOnly: boolean): Promise<Candidate[]> {
  const [{ loadRosters }, { findRules }] = await Promise.all([import('../roster/load.js'), import('./rules-source.js')]);
  const files = loadRosters(ctx, findRules(ctx, dir).teamDir);
  const from = personalOnly ? [files.personal].filter((f) => f !== undefined) : [files.team, files.personal].filter((f) => f !== undefined);
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const file of from) {
    for (const t of file.teams) if (!seen.has(t.name.toLowerCase())) (seen.add(t.name.toLowerCase()), out.push({ value: t.name, description: `team: ${t.members.join(', ')}` }));
    for (const p of file.people) if (!seen.has(p.name.toLowerCase())) (seen.add(p.name.toLowerCase()), out.push({ value: p.name, description: p.zone }));
  }
  return out.filter((c) => SHELL_SAFE.test(c.value)).map((c) => ({ ...c, description: (c.description ?? '').replace(UNSAFE_CHARACTERS, '') }));
}

const SHELL_SAFE = /^[^\s"'`$\\;&|<>()\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]*$/u;
