// Shell completion from commander's own command tree: the words typed so far in, the candidates
// for the last word out. The shells' scripts (scripts.ts) only pass words in and candidates out,
// so commands, options and values are completed the same way in bash, zsh and fish.
import type { Command, Option } from 'commander';
import type { Question } from '../core/types.js';
import { isHidden } from '../cli/help.js';

export interface Candidate {
  value: string;
  description?: string;
}

/** Candidates, or "let the shell complete a path" (files or directories). */
export type Completion = { candidates: Candidate[] } | { paths: 'files' | 'dirs' };

export interface CompletionSources {
  /** The questions of the rule set in use (read lazily: only `--set` needs them). */
  questions: (rulesDir: string | undefined) => Promise<Question[]>;
  zones: () => string[];
  formats: readonly string[];
  /** People and teams from the roster (read lazily: only --with and `people remove` need them). */
  names?: (rulesDir: string | undefined, personalOnly: boolean) => Promise<Candidate[]>;
  /** The settings `config set|get|unset` take. */
  settings?: readonly string[];
}

export const SHELLS = ['bash', 'zsh', 'fish'] as const;

const PATH_OPTIONS: Record<string, 'files' | 'dirs'> = { '--answers': 'files', '--rules': 'dirs' };
const PATH_ARGUMENTS: Record<string, 'files' | 'dirs'> = { dir: 'dirs' };

/** words: what follows the program name, the last being the (possibly empty) word at the cursor. */
export async function complete(program: Command, words: string[], sources: CompletionSources): Promise<Completion> {
  const typed = words.slice(0, -1);
  const current = words.at(-1) ?? '';
  let command = program;
  let rulesDir: string | undefined;
  let operands = 0;
  let afterDashes = false;
  for (let i = 0; i < typed.length; i++) {
    const word = typed[i]!;
    if (!afterDashes && word === '--') afterDashes = true;
    else if (!afterDashes && word.startsWith('-')) {
      const [flag, inline] = splitInline(word);
      const option = findOption(command, flag);
      if (option && takesValue(option) && inline === undefined) {
        if (option.long === '--rules') rulesDir = typed[i + 1];
        i++;
      } else if (option?.long === '--rules') rulesDir = inline;
    } else {
      const sub = operands === 0 ? command.commands.find((c) => c.name() === word || c.aliases().includes(word)) : undefined;
      if (sub) command = sub;
      else operands++;
    }
  }
  const previous = typed.at(-1);
  const pending = previous !== undefined && previous.startsWith('-') && !afterDashes ? findOption(command, previous) : undefined;
  if (pending && takesValue(pending) && !previous!.includes('=')) return optionValues(pending, current, '', rulesDir, sources, command);
  if (current.startsWith('-') && !afterDashes) {
    const [flag, inline] = splitInline(current);
    const option = inline !== undefined ? findOption(command, flag) : undefined;
    if (option && takesValue(option)) return optionValues(option, inline!, `${flag}=`, rulesDir, sources, command);
    return listed(options(command).map((o) => ({ value: o.long ?? o.short!, description: o.description })), current);
  }
  if (command.name() === 'help') return listed(helpTargets(program, typed, command), current);
  const subcommands = operands === 0 ? command.commands.filter((c) => !isHidden(c)) : [];
  if (subcommands.length > 0) return listed(subcommands.map((c) => ({ value: c.name(), description: c.description() })), current);
  const argument = command.registeredArguments[operands];
  if (!argument) return { candidates: [] };
  if (argument.argChoices) return listed(argument.argChoices.map((value) => ({ value })), current);
  if (command.name() === 'completion') return listed(SHELLS.map((value) => ({ value })), current);
  const parent = command.parent?.name();
  if (parent === 'config' && operands === 0 && sources.settings) return listed(sources.settings.map((value) => ({ value })), current);
  if (parent === 'config' && command.name() === 'set' && operands === 1) return settingValues(typed.at(-1) ?? '', current, sources);
  if (parent === 'people' && command.name() === 'remove' && operands === 0 && sources.names) return listed(await safely(() => sources.names!(rulesDir, true)), current);
  const paths = PATH_ARGUMENTS[argument.name()];
  return paths ? { paths } : { candidates: [] };
}

async function optionValues(
  option: Option,
  current: string,
  prefix: string,
  rulesDir: string | undefined,
  sources: CompletionSources,
  command: Command,
): Promise<Completion> {
  const long = option.long ?? '';
  const paths = PATH_OPTIONS[long];
  if (paths) return { paths };
  const values = (candidates: Candidate[]): Completion => listed(candidates.map((c) => ({ ...c, value: prefix + c.value })), prefix + current);
  if (option.argChoices) return values(option.argChoices.map((value) => ({ value })));
  if (long === '--format') return values((command.name() === 'ask' ? sources.formats : ['text', 'json']).map((value) => ({ value })));
  if (long === '--zone') return values(zoneNames(sources.zones(), current));
  if (long === '--set') return values(await answerValues(await safely(() => sources.questions(rulesDir)), current, sources));
  if (long === '--with' && sources.names) {
    // A comma-separated list: complete its last name, keeping the ones before.
    const head = current.slice(0, current.lastIndexOf(',') + 1);
    const names = await safely(() => sources.names!(rulesDir, false));
    return values(names.map((c) => ({ ...c, value: head + c.value })));
  }
  return { candidates: [] };
}

/** `config set zone <TAB>`: zones; `config set format <TAB>`: the formats. */
function settingValues(key: string, current: string, sources: CompletionSources): Completion {
  if (key === 'zone') return listed(zoneNames(sources.zones(), current), current);
  if (key === 'format') return listed(sources.formats.map((value) => ({ value })), current);
  return { candidates: [] };
}

/** `id=` for a bare word; after `=`, the question's choices (the last item of a list). */
async function answerValues(questions: Question[], current: string, sources: CompletionSources): Promise<Candidate[]> {
  const equals = current.indexOf('=');
  if (equals < 0) return questions.map((q) => ({ value: `${q.id}=`, description: q.prompt }));
  const id = current.slice(0, equals);
  const question = questions.find((q) => q.id === id);
  if (!question) return [];
  const typed = current.slice(equals + 1);
  const head = `${id}=${typed.slice(0, typed.lastIndexOf(',') + 1)}`;
  const last = typed.slice(typed.lastIndexOf(',') + 1);
  const values: Candidate[] =
    question.type === 'choice'
      ? (question.choices ?? []).map((c) => ({ value: c.value, description: c.label }))
      : question.type === 'boolean'
        ? [{ value: 'yes' }, { value: 'no' }]
        : question.type === 'zones'
          ? zoneNames(sources.zones(), last)
          : [];
  return values.map((c) => ({ ...c, value: head + c.value }));
}

/** Zone names, one level at a time: "Europe/" before the cities of Europe. */
function zoneNames(zones: string[], current: string): Candidate[] {
  const seen = new Set<string>();
  for (const zone of zones) {
    if (!zone.startsWith(current)) continue;
    const slash = zone.indexOf('/', current.length);
    seen.add(slash < 0 ? zone : zone.slice(0, slash + 1));
  }
  return [...seen].map((value) => ({ value }));
}

function helpTargets(program: Command, typed: string[], helpCommand: Command): Candidate[] {
  let command = program;
  for (const word of typed.slice(typed.indexOf(helpCommand.name()) + 1)) {
    command = command.commands.find((c) => c.name() === word) ?? command;
  }
  return command.commands.filter((c) => !isHidden(c) && c.name() !== 'help').map((c) => ({ value: c.name(), description: c.description() }));
}

const listed = (candidates: Candidate[], current: string): Completion => ({
  candidates: candidates.filter((c) => c.value.startsWith(current)),
});

const splitInline = (word: string): [string, string | undefined] => {
  const equals = word.indexOf('=');
  return word.startsWith('--') && equals > 0 ? [word.slice(0, equals), word.slice(equals + 1)] : [word, undefined];
};

const takesValue = (option: Option): boolean => option.required || option.optional;

/** The command's own options, then those it inherits (--rules, --no-color, --debug). */
function options(command: Command): Option[] {
  const all: Option[] = [];
  for (let c: Command | null = command; c; c = c.parent) all.push(...c.options.filter((o) => !o.hidden && (c === command || o.long !== '--version')));
  const help = command.createHelp();
  const own = help.visibleOptions(command).filter((o) => !all.includes(o));
  return [...all, ...own].filter((o, i, list) => list.findIndex((x) => x.long === o.long) === i);
}

function findOption(command: Command, flag: string): Option | undefined {
  for (let c: Command | null = command; c; c = c.parent) {
    const found = c.options.find((o) => o.long === flag || o.short === flag);
    if (found) return found;
  }
  return undefined;
}

async function safely<T>(read: () => Promise<T[]>): Promise<T[]> {
  try {
    return await read();
  } catch {
    return []; // a rule set with problems: complete what can be, never print an error mid-line
  }
}
