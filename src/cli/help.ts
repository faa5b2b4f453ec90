// Help in the manner of gh: `help` reaches nested commands, and every command's help ends with the
// options it inherits, the exit statuses and where the documentation is. The man page (build time)
// reads the same texts, so the two cannot drift.
import { dirname } from 'node:path';
import { type Command, CommanderError, Help } from 'commander';
import { builtInRulesDir } from '../rules/locate.js';
import { UserError } from '../errors.js';
import { closestName } from '../core/suggest.js';

export const EXIT_STATUSES: [code: string, meaning: string][] = [
  ['0', 'advice printed (or help, version)'],
  ['1', 'something unexpected, or a write failed (the old file is kept); a `rules test` example failed'],
  ['2', 'bad usage, answers or rule files: the message says what, where and how to fix it'],
  ['130', 'cancelled with Ctrl+C (129 and 143: a SIGHUP or SIGTERM during a prompt)'],
];

export const LEARN_MORE: [what: string, about: string][] = [
  ['README.md', 'answers, output formats, the JSON contract'],
  ['docs/rule-format.md', 'writing rule files'],
  ['man commtriage', 'this help as a manual page, once installed'],
];

/** Where README.md and docs/ are (the installed package), if that can be found. */
function packageDir(): string | undefined {
  try {
    return dirname(builtInRulesDir());
  } catch {
    return undefined;
  }
}

const table = (rows: [string, string][]): string => {
  const width = Math.max(...rows.map(([a]) => a.length));
  return rows.map(([a, b]) => `  ${a.padEnd(width)}  ${b}`).join('\n');
};

export function helpFooter(dir: string | undefined = packageDir()): string {
  const where = dir ? ` (in ${dir})` : '';
  return `\nExit statuses:\n${table(EXIT_STATUSES)}\n\nLearn more${where}:\n${table(LEARN_MORE)}\n`;
}

/** Every command's help lists the global options and ends with the exit statuses and docs. */
export function helpLikeGh(program: Command): void {
  program.configureHelp({
    showGlobalOptions: true,
    sortSubcommands: false,
    // --version belongs to the program's own help, not to every subcommand's global options.
    visibleGlobalOptions(cmd) {
      return Help.prototype.visibleGlobalOptions.call(this, cmd).filter((o) => o.long !== '--version');
    },
  });
  // A function: the package's folder is looked up only when help is shown.
  program.addHelpText('afterAll', () => helpFooter());
}

/** `help rules validate`: walks the command tree (commander's own `help` goes one level down). */
export function addHelpCommand(program: Command, done: (code: number) => void): void {
  program.helpCommand(false);
  program
    .command('help [command...]')
    .description('show help for a command, e.g. `commtriage help rules validate`')
    .action((path: string[]) => {
      findCommand(program, path).outputHelp();
      done(0);
    });
}

export function findCommand(program: Command, path: string[]): Command {
  let command = program;
  for (const name of path) {
    const visible = command.commands.filter((c) => !isHidden(c));
    const next = visible.find((c) => c.name() === name || c.aliases().includes(name));
    if (!next) {
      const near = closestName(name, visible.map((c) => c.name()));
      const where = command === program ? 'commtriage' : `commtriage ${command.name()}`;
      throw new UserError({
        where: 'help',
        message: `"${name}" is not a command of ${where}${near ? `; did you mean "${near}"?` : ''}`,
        hint: `Commands: ${visible.map((c) => c.name()).join(', ')}.`,
      });
    }
    command = next;
  }
  return command;
}

/** commander keeps `hidden` private; `.command(name, { hidden: true })` sets it. */
export const isHidden = (c: Command): boolean => (c as unknown as { _hidden?: boolean })._hidden === true;

/** `-v` is `--version` too (commander takes one short flag an option). */
export function versionAlias(argv: string[]): string[] {
  return argv[0] === '-v' ? ['--version', ...argv.slice(1)] : argv;
}

export { CommanderError };
