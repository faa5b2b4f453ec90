// commtriage.1, written at build time from the same commander tree as --help: every command with
// its usage, options and examples, then the global options, the exit statuses and the files.
import { type Command, Help, type Option } from 'commander';
import { EXIT_STATUSES, LEARN_MORE, isHidden } from './help.js';

/** roff text: backslashes, hyphens and line-leading dots or quotes made literal. */
const esc = (text: string): string =>
  text.replace(/\\/g, '\\e').replace(/-/g, '\\-').replace(/^([.'])/gm, '\\&$1');

const bold = (text: string): string => `\\fB${esc(text)}\\fR`;

function optionItems(help: Help, options: readonly Option[]): string[] {
  return options.flatMap((o) => ['.TP', bold(help.optionTerm(o)), esc(help.optionDescription(o))]);
}

function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** The "Examples:" lines of a command's help (commander keeps added help text as events, not data). */
function examplesOf(cmd: Command): string[] {
  let text = '';
  cmd.configureOutput({ writeOut: (s) => void (text += s) });
  cmd.outputHelp();
  const block = /\nExamples:\n((?: {2}\$ .*\n?)+)/.exec(text)?.[1] ?? '';
  return block.split('\n').filter(Boolean).map((line) => line.replace(/^ {2}\$ /, ''));
}

function commandSection(help: Help, cmd: Command): string[] {
  const own = help.visibleOptions(cmd).filter((o) => o.long !== '--help');
  const lines = ['.SS', bold(`${commandPath(cmd)} ${help.commandUsage(cmd).split(' ').slice(cmd.parent?.parent ? 3 : 2).join(' ')}`.trim()), esc(cmd.description()), '.RS'];
  lines.push(...optionItems(help, own));
  const shown = examplesOf(cmd);
  if (shown.length > 0) lines.push('.PP', 'Examples:', '.nf', ...shown.map((e) => `  ${esc(e)}`), '.fi');
  lines.push('.RE');
  const subcommands = cmd.commands.filter((c) => !isHidden(c) && c.name() !== 'help');
  return [...lines, ...subcommands.flatMap((c) => commandSection(help, c))];
}

/** Every variable commtriage reads (a test keeps this list in step with the code). */
export const ENVIRONMENT: readonly (readonly [string, string])[] = [
  ['COMMTRIAGE_RULES', 'The rule set to use when --rules is not given: a directory, or "builtin" for the built-in set.'],
  ['COMMTRIAGE_CONFIG', 'Your personal config file (settings and people), instead of the path under FILES.'],
  ['COMMTRIAGE_ZONE', 'Your own time zone when --zone is not given (before the config file and the system zone).'],
  ['COMMTRIAGE_WORKING_HOURS', 'Working hours for everyone when --working-hours is not given, e.g. 08:00-16:00.'],
  ['COMMTRIAGE_FORMAT', 'The output format of ask when --format is not given: text, json or markdown.'],
  ['XDG_CONFIG_HOME', 'Where the personal config directory is on Linux and other Unix systems (default ~/.config).'],
  ['HOME', 'Your home directory, for the default config path (USERPROFILE on Windows when HOME is not set).'],
  ['APPDATA', 'Where the personal config directory is on Windows.'],
  ['TZ', 'The system time zone when neither --zone, COMMTRIAGE_ZONE nor the config file gives yours; a value that is not a zone name is warned about.'],
  ['NO_COLOR', 'No colour in text output. FORCE_COLOR forces it.'],
  ['FORCE_COLOR', 'Colour in text output even when standard output is not a terminal (FORCE_COLOR=0 does not force it).'],
  ['TERM', 'TERM=dumb means no colour and ASCII-only output.'],
  ['LC_ALL, LC_CTYPE, LANG', 'A locale whose character set is not UTF-8 gets ASCII-only text output.'],
  ['DEBUG=commtriage', 'Show stack traces for unexpected errors, as --debug does.'],
  ['DISPLAY, WAYLAND_DISPLAY', 'ask --copy: with neither set (on Linux and other Unix systems), the draft goes to the terminal with OSC 52 instead of the clipboard.'],
  ['SSH_TTY, SSH_CONNECTION, SSH_CLIENT', 'ask --copy: over SSH, the draft goes to your own terminal with OSC 52.'],
  ['TMUX', 'ask --copy: inside tmux, the OSC 52 sequence is passed through to the terminal.'],
];

const FILES: readonly (readonly [string, string])[] = [
  ['.commtriage/', "A team's rule set, found in the working directory or any parent (or given by --rules or COMMTRIAGE_RULES). `commtriage init` creates it. A link there that leads nowhere or loops is an error."],
  ['.commtriage/*.yaml', 'The rule files, read in name order; only regular files inside the directory are read (no links out of it, no FIFOs or devices), up to 512 KB each and 1 MB together.'],
  ['.commtriage/people.yaml', "The team's roster: people (name, zone, hours, weekend, days off) and teams. Read from inside the directory only."],
  ['~/.config/commtriage/config.yaml', 'Your settings and people ($XDG_CONFIG_HOME/commtriage on Unix when set, ~/Library/Preferences/commtriage on macOS, %APPDATA%\\commtriage on Windows). `config set`, `config unset`, `people add` and `people remove` change it under a lock (config.yaml.lock beside it) and write it whole through a temporary file, keeping its comments.'],
];

const EXAMPLES: readonly (readonly [string, string])[] = [
  ['Answer the questions at the terminal:', 'commtriage ask'],
  ['Advice for a script, from flags:', 'commtriage ask --set purpose=decision --set urgency=today --set attendees=4 --json'],
  ['A meeting invite as Markdown, for your team from the roster:', 'commtriage ask --with platform --format markdown > invite.md'],
  ['Many needs at once, one JSON line each:', 'commtriage ask --batch < needs.ndjson > advice.ndjson'],
  ['Add a colleague and read a setting back:', 'commtriage people add Priya Bangalore --hours 10:00-18:00 --team platform && commtriage config get zone'],
  ['Make the rules your own, then check them:', 'commtriage init --extends && commtriage rules validate && commtriage rules test'],
  ['Find where a row is defined:', 'commtriage rules show quick-question'],
];

export function manPage(program: Command, version: string): string {
  const help = new Help();
  const commands = program.commands.filter((c) => !isHidden(c));
  const globals = help.visibleOptions(program).filter((o) => o.long !== '--help');
  return [
    `.TH COMMTRIAGE 1 "" "commtriage ${esc(version)}" "User Commands"`,
    '.SH NAME',
    `commtriage \\- ${esc(program.description())}`,
    '.SH SYNOPSIS',
    `${bold('commtriage')} [global options] ${'\\fIcommand\\fR'} [options] [arguments]`,
    '.SH DESCRIPTION',
    esc(
      'commtriage asks a few questions about something you need to communicate and recommends a message (async), ' +
        'a meeting (sync) or both (hybrid), with the channel, the reasons, the time-zone facts and a checklist. ' +
        'Every command also takes the global options below; `commtriage help COMMAND` shows one command\'s help.',
    ),
    '.SH COMMANDS',
    ...commands.filter((c) => c.name() !== 'help').flatMap((c) => commandSection(help, c)),
    '.SH GLOBAL OPTIONS',
    ...optionItems(help, globals),
    '.SH EXIT STATUS',
    ...EXIT_STATUSES.flatMap(([code, meaning]) => ['.TP', bold(code), esc(meaning)]),
    '.SH ENVIRONMENT',
    ...ENVIRONMENT.flatMap(([name, meaning]) => ['.TP', bold(name), esc(meaning)]),
    '.SH FILES',
    ...FILES.flatMap(([name, meaning]) => ['.TP', bold(name), esc(meaning)]),
    '.SH EXAMPLES',
    ...EXAMPLES.flatMap(([what, line]) => ['.PP', esc(what), '.nf', `  ${esc(line)}`, '.fi']),
    '.SH SEE ALSO',
    ...LEARN_MORE.filter(([what]) => !what.startsWith('man')).flatMap(([what, about]) => ['.TP', bold(what), esc(`${about} (in the package's folder).`)]),
    '',
  ].join('\n');
}
