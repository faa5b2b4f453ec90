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
    '.TP',
    bold('COMMTRIAGE_RULES'),
    esc('The rule set to use when --rules is not given.'),
    '.TP',
    bold('NO_COLOR'),
    esc('No colour in text output. FORCE_COLOR forces it.'),
    '.TP',
    bold('DEBUG=commtriage'),
    esc('Show stack traces for unexpected errors, as --debug does.'),
    '.SH SEE ALSO',
    ...LEARN_MORE.filter(([what]) => !what.startsWith('man')).flatMap(([what, about]) => ['.TP', bold(what), esc(`${about} (in the package's folder).`)]),
    '',
  ].join('\n');
}
