// Completion as a user meets it: real bash sources `commtriage completion bash`, and the
// completion function runs with the variables bash sets when TAB is pressed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT, runBin } from './run-bin.js';

const path = mkdtempSync(join(tmpdir(), 'commtriage-completion-'));
symlinkSync(BIN, join(path, 'commtriage'));

/** The candidates bash offers for `line` (the cursor at its end), as COMPREPLY holds them. */
function tab(line: string, opts: { wordsOnly?: boolean; cwd?: string; env?: Record<string, string> } = {}): string[] {
  // bash splits COMP_WORDS at COMP_WORDBREAKS (so "purpose=" is "purpose" "="); read them back
  // with the same rule, the way bash fills them before calling the function.
  const script = [
    'source <(commtriage completion bash)',
    `COMP_LINE=${JSON.stringify(line)}`,
    'COMP_POINT=${#COMP_LINE}',
    'read -r -a COMP_WORDS <<< "$(sed -E "s/([=:])/ \\1 /g" <<< "$COMP_LINE")"',
    '[[ $COMP_LINE == *" " ]] && COMP_WORDS+=("")',
    'COMP_CWORD=$((${#COMP_WORDS[@]} - 1))',
    opts.wordsOnly ? 'unset COMP_LINE COMP_POINT' : '',
    '_commtriage',
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  const r = spawnSync('bash', ['--norc', '-c', script], {
    cwd: opts.cwd ?? ROOT,
    encoding: 'utf8',
    env: { PATH: `${path}:${process.env.PATH}`, HOME: path, TZ: 'UTC', ...opts.env },
    timeout: 15000,
  });
  expect(r.stderr).toBe('');
  return r.stdout.split('\n').filter(Boolean);
}

describe('bash completion', () => {
  it('completes roster names after --with (the last of a list), and people remove from your own file', () => {
    const project = mkdtempSync(join(tmpdir(), 'commtriage-completion-roster-'));
    mkdirSync(join(project, '.commtriage'));
    writeFileSync(join(project, '.commtriage', 'people.yaml'), 'people:\n  - { name: Ana, zone: Europe/Lisbon }\n  - { name: "Ev\\e[2Jil", zone: Europe/Lisbon }\nteams:\n  platform: [Ana]\n');
    const config = join(project, 'config.yaml');
    writeFileSync(config, 'people:\n  - { name: Priya, zone: Asia/Kolkata }\n');
    const env = { COMMTRIAGE_CONFIG: config };
    expect(tab('commtriage ask --with ', { cwd: project, env })).toEqual(['platform', 'Ana', 'Priya']);
    expect(tab('commtriage ask --with Ana,Pr', { cwd: project, env })).toEqual(['Ana,Priya']);
    expect(tab('commtriage people remove ', { cwd: project, env })).toEqual(['Priya']);
  });

  it('completes config keys, and zones and formats as their values', () => {
    expect(tab('commtriage config set ')).toEqual(['zone', 'workingHours', 'format', 'me']);
    expect(tab('commtriage config get f')).toEqual(['format']);
    expect(tab('commtriage config set format ')).toEqual(['text', 'json', 'markdown']);
    expect(tab('commtriage config set zone Europe/Lond')).toEqual(['Europe/London']);
  });

  it('completes a subcommand: rules v<TAB> is validate', () => {
    expect(tab('commtriage rules v')).toEqual(['validate']);
  });

  it('completes the choices after --set purpose=', () => {
    expect(tab('commtriage ask --set purpose=')).toEqual([
      'quick-question', 'share-info', 'feedback', 'decision', 'brainstorm', 'kickoff', 'relationship', 'resolve-issue',
      'announce', 'look-back', 'judgement', 'work-together', 'incident',
    ]);
    expect(tab('commtriage ask --set purpose=de')).toEqual(['decision']);
  });

  it('works from COMP_WORDS alone, as some tools call it', () => {
    expect(tab('commtriage ask --set urgency=to', { wordsOnly: true })).toEqual(['today']);
  });

  it('completes commands, options with the inherited ones, formats, question ids and zones', () => {
    expect(tab('commtriage ')).toEqual(['ask', 'questions', 'audit', 'rules', 'people', 'config', 'init', 'completion', 'help']);
    expect(tab('commtriage rules validate --')).toEqual(['--format', '--json', '--rules', '--no-color', '--debug', '--help']);
    expect(tab('commtriage audit --format ')).toEqual(['text', 'json', 'ndjson', 'html']);
    expect(tab('commtriage ask --format ')).toEqual(['text', 'json', 'markdown']);
    expect(tab('commtriage ask --set att')).toEqual(['attendees=']);
    expect(tab('commtriage ask --set timezones=Europe/London,Asia/Tok')).toEqual(['Europe/London,Asia/Tokyo']);
    expect(tab('commtriage ask --zone America/New_')).toEqual(['America/New_York']);
    expect(tab('commtriage help rules ')).toEqual(['validate', 'test', 'list', 'show']);
    expect(tab('commtriage completion ')).toEqual(['bash', 'zsh', 'fish']);
  });

  it('takes question ids from the rule set in use (--rules)', () => {
    expect(tab('commtriage ask --rules test/fixtures/rules-valid --set ')).toEqual(['purpose=', 'urgency=', 'attendees=', 'timezones=', 'sensitive=']);
    expect(tab('commtriage ask --rules test/fixtures/rules-valid --set purpose=')).toEqual(['quick-question', 'brainstorm']);
    expect(tab('commtriage ask --rules no/such/dir --set ')).toEqual([]);
  });
});

describe('completion scripts', () => {
  it.each(['bash', 'zsh', 'fish'])('prints one for %s', (shell) => {
    const r = runBin(['completion', shell]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('commtriage __complete');
  });

  it('refuses an unknown shell with the ones it knows, exit 2', () => {
    const r = runBin(['completion', 'bsah']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('commtriage: completion: no completion for the shell "bsah"; did you mean "bash"?\n  Give one of: bash, zsh, fish, e.g. source <(commtriage completion bash).\n');
  });
});
