// commander wiring only: argv -> options -> a command in src/app. No logic here. Each command's
// module is imported when it runs, so a scripted `ask` never loads what `rules` or `init` need.
import { Command, CommanderError, Option } from 'commander';
import type { Context } from './context.js';
import { EXIT, UserError } from './errors.js';
import { VERSION } from './version.js';
import { addHelpCommand, helpLikeGh, versionAlias } from './cli/help.js';
import { checkFormatFlags } from './cli/conflicts.js';
import { visible } from './text/safe.js';

const collect = (value: string, previous: string[]) => [...previous, value];

/** --format naming exactly the formats a command offers (`ask` checks its own, with a did-you-mean). */
const formatOption = (formats?: string[]) => {
  const option = new Option('-f, --format <name>', formats ? 'output format' : 'output format: text, json, markdown (with --draft also slack)').default('text');
  return formats ? option.choices(formats) : option;
};

/** --json as --format json, refused beside another --format (cli/conflicts.ts). */
function jsonFormat<T extends { format: string; json?: boolean }>(opts: T, command: Command): T {
  checkFormatFlags({ ...opts, formatGiven: command.getOptionValueSource('format') === 'cli' });
  return opts.json ? { ...opts, format: 'json' } : opts;
}

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}`;
}

export function buildProgram(ctx: Context, done: (code: number) => void): Command {
  const program = new Command('commtriage')
    .description('Should this be a message or a meeting? Advice from YAML rule files.')
    .version(VERSION, '-V, --version', 'print the version (-v works too)')
    .option('--rules <dir>', 'use the rule set in DIR (or set COMMTRIAGE_RULES)')
    .option('--no-color', 'no colour, whatever the terminal')
    .option('--debug', 'show stack traces for unexpected errors (or set DEBUG=commtriage)')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(visible(s)), // it echoes unknown options and arguments
      // One prefix for every error, commander's too ("error: unknown option" was the odd one out).
      outputError: (s, write) => write(s.replace(/^error: /, 'commtriage: ')),
    })
    .addHelpText(
      'after',
      examples([
        'commtriage ask',
        'commtriage ask --set purpose=decision --set urgency=today --set attendees=4 --json',
        'commtriage questions',
        'commtriage help rules validate',
      ]),
    );
  helpLikeGh(program);

  program
    .command('ask')
    .description('ask about a communication need and recommend async, sync or hybrid')
    .option('-s, --set <id=value>', 'give an answer (repeatable; lists comma-separated)', collect, [])
    .option('-a, --answers <file>', 'read answers from a YAML or JSON file ("-" for stdin)')
    .addOption(formatOption())
    .addOption(new Option('--json', 'same as --format json').implies({ format: 'json' }))
    .option('-w, --with <names>', 'people and teams from your roster (comma-separated, repeatable): fills attendees and timezones', collect, [])
    .option('--no-input', 'never prompt; fail if a required answer is missing')
    .option('--interview', 'at a terminal, ask every question not answered yet, optional ones too')
    .option('--explain', 'show the rows tried, the one that matched, the adjustments applied, and why')
    .option('--draft [n]', 'instead of the advice, a ready-to-send draft for every step, or for step N')
    .option('--copy', 'with --draft: also put the draft on the clipboard (OSC 52 over SSH)')
    .option('--fields <names>', 'JSON only: keep these fields, comma-separated (dotted for nested ones, e.g. schedule.replyBy)')
    .option('--batch', 'read NDJSON (one answers object a line) from stdin or --answers; write one JSON result a line')
    .option('--now <iso>', 'the reference time, ISO 8601 (default: now)')
    .option('--zone <zone>', "your own time zone, IANA or a city (default: your settings, else the system's)")
    .option('--working-hours <range>', 'working hours for everyone, e.g. 08:00-16:00 (default 09:00-17:00)')
    .option('--rate <amount>', "pay per hour for anyone without a rate in your roster: meetings' cost in money, not only person-hours")
    .option('--currency <code>', 'the currency of the rates, e.g. EUR (default: cost.currency in your roster)')
    .option('--recurring <freq>', 'the meeting repeats: none, weekly, biweekly or monthly (same as --set recurring=FREQ)')
    .option('--invite [step]', 'print an iCalendar (.ics) event for the first live step, or step N')
    .option('--followup [step]', 'print an iCalendar to-do to chase the reply-by of the first written step, or step N')
    .option('--slot <n>', 'with --invite: use suggested slot N (1, 2 or 3) instead of the first')
    .option('-o, --output <file>', 'with --invite or --followup: write the .ics to FILE instead of standard output')
    .option('--force', 'with --output: replace FILE if it exists')
    .addHelpText(
      'after',
      examples([
        'commtriage ask                                   # answer the questions in the terminal',
        'commtriage ask --set purpose=brainstorm --set urgency=this-week --set attendees=5',
        'commtriage ask --answers need.yaml --format markdown',
        `echo '{"purpose":"quick-question","urgency":"today","attendees":2}' | commtriage ask --json`,
        'commtriage ask --set timezones=America/New_York,Europe/London --now 2026-03-16T12:00:00Z',
        'commtriage ask --batch < needs.ndjson > advice.ndjson',
        'commtriage ask --batch --set timezones=Europe/London,Asia/Tokyo < needs.ndjson',
        'commtriage ask --batch --fields recommendation,channels,schedule.replyBy < needs.ndjson',
        'commtriage ask --with platform --set purpose=decision --set urgency=today',
        'commtriage ask --with platform --rate 60 --currency EUR   # what its meetings cost',
        'commtriage ask --format markdown > invite.md        # the questions stay on the terminal',
        'commtriage ask --with platform --set purpose=kickoff --set urgency=this-week --invite --output kickoff.ics',
        'commtriage ask --with platform --set purpose=kickoff --set urgency=this-week --invite --slot 2 > kickoff.ics',
        'commtriage ask --with platform --set purpose=decision --set urgency=this-week --followup --output chase.ics',
        'commtriage ask --set purpose=work-together --set urgency=this-week --set attendees=3 --set timezones=London,New_York,Sydney --recurring weekly',
        'commtriage ask --with platform --set purpose=work-together --set urgency=this-week --recurring weekly --invite --force -o weekly.ics',
        'commtriage ask --with platform --set purpose=decision --set urgency=this-week --draft 1 --format slack --copy',
        'commtriage ask --answers need.yaml --draft --json   # drafts as {step, subject, body, placeholders}',
      ]),
    )
    .action(async (opts, command: Command) => {
      const formatGiven = command.getOptionValueSource('format') === 'cli';
      checkFormatFlags({ ...opts, formatGiven });
      done(await (await import('./app/ask.js')).runAsk(ctx, { ...command.optsWithGlobals(), ...opts, formatGiven: formatGiven || opts.json === true }));
    });

  program
    .command('questions')
    .description('list the questions, their ids, choices and defaults (for script authors)')
    .addOption(formatOption(['text', 'json']))
    .option('--json', 'same as --format json')
    .addHelpText('after', examples(['commtriage questions', 'commtriage questions --json | jq ".questions[].id"']))
    .action(async (opts, command: Command) => {
      checkFormatFlags({ ...opts, formatGiven: command.getOptionValueSource('format') === 'cli' });
      const all = { ...command.optsWithGlobals(), ...opts };
      done(await (await import('./app/questions.js')).runQuestions(ctx, { ...all, format: all.json ? 'json' : all.format }));
    });

  program
    .command('audit')
    .description('audit meetings already in calendars (.ics exports): which to keep, shorten, make written or merge')
    .argument('[files...]', 'iCalendar files, one per person or a shared one ("-" for standard input)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json', 'ndjson', 'html']).default('text'))
    .option('--json', 'same as --format json')
    .option('--from <date>', 'the first day of the window, YYYY-MM-DD (default: the day of --now, today)')
    .option('--weeks <n>', 'how many weeks the window runs (1 to 104)', '4')
    .option('--top <n>', 'text only: how many meetings to show, most person-hours first', '10')
    .option('--merge', 'the files are NDJSON from earlier audits (shards): merge them into one report')
    .option('--now <iso>', 'the reference time, ISO 8601 (default: now)')
    .option('--zone <zone>', "your zone, for floating times and the window's days (default: your settings, else the system's)")
    .option('--working-hours <range>', "working hours for people the roster gives none, e.g. 08:00-16:00 (default: the rule set's)")
    .option('--rate <amount>', 'pay per hour for anyone without a rate in your roster: the cost per year in money')
    .option('--currency <code>', 'the currency of the rates, e.g. EUR (default: cost.currency in your roster)')
    .addHelpText(
      'after',
      examples([
        'commtriage audit my-calendar.ics',
        'commtriage audit exports/*.ics --from 2026-03-02 --weeks 4',
        'commtriage audit team.ics --format html > audit.html',
        'commtriage audit exports/*.ics --rate 60 --currency EUR   # what each series costs a year',
        'commtriage audit team.ics --json | jq ".series[] | {title, verdict: .verdict.verdict}"',
        'cat calendar.ics | commtriage audit - --top 3',
        'ls exports/*.ics | xargs -n 50 -P 4 sh -c \'commtriage audit --format ndjson "$@" > shard-$$.ndjson\' _',
        'commtriage audit --merge shard-*.ndjson --format html > company.html',
      ]) +
        '\n\nThe roster (people.yaml, your config) gives people\'s zones, hours and days off; titles map to answers\n' +
        "by the `audit:` entries of the rule set, and the verdict by its `verdicts:` rows (rules/audit.yaml).",
    )
    .action(async (files: string[], opts, command: Command) => {
      checkFormatFlags({ ...opts, formatGiven: command.getOptionValueSource('format') === 'cli' });
      done(await (await import('./app/audit.js')).runAudit(ctx, files, { ...command.optsWithGlobals(), ...opts }));
    });

  const rules = program
    .command('rules')
    .description('check, test and list the rule set in use')
    .addHelpText('after', examples(['commtriage rules validate', 'commtriage rules test .commtriage', 'commtriage rules list']));

  rules
    .command('validate [dir]')
    .description('report every problem in a rule set, with file:line:col and a fix')
    .addOption(formatOption(['text', 'json']))
    .option('--json', 'same as --format json')
    .addHelpText('after', examples(['commtriage rules validate', 'commtriage rules validate ./my-rules', 'commtriage rules validate --json   # for CI']))
    .action(async (dir: string | undefined, opts, command: Command) => {
      done(await (await import('./app/rules.js')).runValidate(ctx, { ...command.optsWithGlobals(), ...jsonFormat(opts, command), dir }));
    });

  rules
    .command('test [dir]')
    .description("run the examples in the rule files and compare expected with actual advice")
    .addOption(formatOption(['text', 'json']))
    .option('--json', 'same as --format json')
    .addHelpText('after', examples(['commtriage rules test', 'commtriage rules test .commtriage --json']))
    .action(async (dir: string | undefined, opts, command: Command) => {
      done(await (await import('./app/rules.js')).runTest(ctx, { ...command.optsWithGlobals(), ...jsonFormat(opts, command), dir }));
    });

  rules
    .command('list')
    .description('say which rule set is in use and list its rules')
    .addOption(formatOption(['text', 'json']))
    .option('--json', 'same as --format json')
    .addHelpText('after', examples(['commtriage rules list', 'COMMTRIAGE_RULES=./team-rules commtriage rules list', 'commtriage rules list --json']))
    .action(async (opts, command: Command) => {
      done(await (await import('./app/rules.js')).runList(ctx, { ...command.optsWithGlobals(), ...jsonFormat(opts, command) }));
    });

  rules
    .command('show <id>')
    .description('show one row, plan, adjustment, checklist item, question, channel, signal or draft template, and where it is defined')
    .addOption(formatOption(['text', 'json']))
    .option('--json', 'same as --format json')
    .addHelpText('after', examples(['commtriage rules show quick-question      # a row: its condition, plan, reason and where it is', 'commtriage rules show purpose --json      # a question']))
    .action(async (id: string, opts, command: Command) => {
      done(await (await import('./app/rules-show.js')).runShow(ctx, id, { ...command.optsWithGlobals(), ...jsonFormat(opts, command) }));
    });

  const people = program
    .command('people')
    .description('list the people and teams your roster knows, and which file named them')
    .addOption(formatOption(['text', 'json']))
    .option('--json', 'same as --format json')
    .addHelpText('after', examples(['commtriage people', 'commtriage people add Priya Bangalore --hours 10:00-18:00 --team platform', 'commtriage people --json']))
    .action(async (opts, command: Command) => {
      const all = { ...command.optsWithGlobals(), ...opts };
      done(await (await import('./app/people.js')).runPeople(ctx, { ...all, json: all.json || all.format === 'json' }));
    });

  people
    .command('add <name> <zone>')
    .description('add a person to your personal config file (ZONE: an IANA zone or a city)')
    .option('--hours <range>', 'their working hours in their own zone, e.g. 10:00-18:00')
    .option('--weekend <days>', 'their weekend where it is not sat,sun, e.g. fri,sat')
    .option('--email <address>', 'their address: --invite makes them an attendee')
    .option('--role <role>', "what they do, e.g. engineer: the roster's cost.rates may price it")
    .option('--rate <amount>', 'their pay per hour, for what meetings cost')
    .option('--team <name>', 'add them to this team too (repeatable)', collect, [])
    .addHelpText('after', examples(['commtriage people add Priya Bangalore --hours 10:00-18:00 --team platform', 'commtriage people add Tom Europe/London --team platform', 'commtriage people add Mia Sydney --email mia@example.com --role designer']))
    .action(async (name: string, zone: string, opts) => {
      done(await (await import('./app/people.js')).runPeopleAdd(ctx, name, zone, opts));
    });

  people
    .command('remove <name>')
    .description('remove a person or team from your personal config file (and from its teams)')
    .addHelpText('after', examples(['commtriage people remove Priya']))
    .action(async (name: string) => {
      done(await (await import('./app/people.js')).runPeopleRemove(ctx, name));
    });

  const config = program
    .command('config')
    .description('show where your personal settings file is and what it holds')
    .option('--json', 'as JSON')
    .addHelpText('after', examples(['commtriage config', 'commtriage config set zone London', 'commtriage config set workingHours 08:00-16:00', 'commtriage config unset format']))
    .action(async (opts) => {
      done(await (await import('./app/config.js')).runConfigShow(ctx, opts));
    });

  config
    .command('set <key> <value>')
    .description('change one setting: zone, workingHours, format or me')
    .action(async (key: string, value: string) => {
      done(await (await import('./app/config.js')).runConfigSet(ctx, key, value));
    });

  config
    .command('get <key>')
    .description('print one setting from your personal config file (exit 1 when it is not set)')
    .option('--json', 'as JSON: {"key", "value", "path"}')
    .addHelpText('after', examples(['commtriage config get zone', 'zone=$(commtriage config get zone) || echo "not set"']))
    .action(async (key: string, opts: { json?: boolean }, command: Command) => {
      // `config` has --json too, and takes it wherever it is on the line.
      done(await (await import('./app/config.js')).runConfigGet(ctx, key, { ...command.optsWithGlobals(), ...opts }));
    });

  config
    .command('unset <key>')
    .description('remove one setting, so that the next source of it applies')
    .action(async (key: string) => {
      done(await (await import('./app/config.js')).runConfigUnset(ctx, key));
    });

  program
    .command('init [dir]')
    .description('copy the built-in rule set into DIR (default .commtriage/) to make it your own')
    .option('--force', 'overwrite files that already exist')
    .option('--extends', 'write one starter file that extends the built-in set instead of copying it')
    .addHelpText('after', examples(['commtriage init', 'commtriage init --extends', 'commtriage init team-rules --force']))
    .action(async (dir: string | undefined, opts) => {
      done(await (await import('./app/init.js')).runInit(ctx, { ...opts, dir }));
    });

  program
    .command('completion')
    .description('print a shell completion script for bash, zsh or fish')
    .argument('<shell>', 'bash, zsh or fish')
    .addHelpText(
      'after',
      examples([
        'source <(commtriage completion bash)         # in ~/.bashrc',
        'source <(commtriage completion zsh)          # in ~/.zshrc, after compinit',
        'commtriage completion fish > ~/.config/fish/completions/commtriage.fish',
      ]),
    )
    .action(async (shell: string) => {
      done((await import('./app/completion.js')).runCompletion(ctx, shell));
    });

  // What the completion scripts call: the candidates for the word being typed, one a line.
  program
    .command('__complete', { hidden: true })
    .allowUnknownOption()
    .helpOption(false)
    .option('--shell <name>', 'bash, zsh or fish', 'bash')
    .option('--line <text>', 'the command line up to the cursor (bash)')
    .argument('[words...]')
    .action(async (words: string[], opts: { shell: string; line?: string }) => {
      done(await (await import('./app/completion.js')).runComplete(ctx, program, { ...opts, words }));
    });

  addHelpCommand(program, done);

  return program;
}

/** Runs commander; returns the exit status. Usage errors are 2, help and version 0. */
export async function run(argv: string[], ctx: Context): Promise<number> {
  let code: number = EXIT.ok;
  checkSetWords(argv);
  const program = buildProgram(ctx, (c) => (code = c));
  try {
    await program.parseAsync(versionAlias(argv), { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    throw error;
  }
  return code;
}

/**
 * `--set purpose decision` (a space for the "="): commander would say "too many arguments", which
 * names neither the flag nor the fix.
 */
function checkSetWords(argv: string[]): void {
  const end = argv.indexOf('--');
  const words = end < 0 ? argv : argv.slice(0, end);
  for (let i = 0; i + 2 < words.length + 1; i++) {
    if (words[i] !== '--set' && words[i] !== '-s') continue;
    const [id, value] = [words[i + 1], words[i + 2]];
    if (id === undefined || id.includes('=') || id.startsWith('-') || value === undefined || value.startsWith('-')) continue;
    throw new UserError({
      where: '--set',
      message: `--set takes id=value as one word; "--set ${visible(id)} ${visible(value)}" gives the value as a separate word.`,
      hint: `Write --set ${visible(id)}=${visible(value)} (lists comma-separated: --set timezones=Europe/London,Asia/Tokyo).`,
    });
  }
}
