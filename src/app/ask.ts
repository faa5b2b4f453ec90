// `commtriage ask`: gather answers (flags > file > stdin > prompts), then advise. Defaults
// (zone, working hours, format) and --with's people come from ask-setup.ts.
import { resolve } from 'node:path';
import type { Context } from '../context.js';
import { canPrompt, readAll, readFileBounded } from '../context.js';
import { mergeAnswerSources, parseSetFlags } from '../answers/flags.js';
import { MAX_ANSWERS_BYTES, readAnswersText } from '../answers/json.js';
import { validateGiven } from '../answers/validate.js';
import { type NeedContext, readNeed } from '../answers/need.js';
import { interview, promptText, requiredMissing } from '../answers/interview.js';
import type { AskFn, PromptContext, PromptSpec } from '../answers/interview.js';
import { defaultsText } from '../config/defaults.js';
import type { RosterFiles } from '../roster/load.js';
import type { WithAnswers } from '../roster/expand.js';
import { type PayFlags, askSetup, myName, namesByZone, payOf, peopleField, withAnswersFor, withRaw, withWeekends } from './ask-setup.js';
import { UserError, readProblem } from '../errors.js';
import type { Problem } from '../errors.js';
import type { RuleSet } from '../core/types.js';
import type { Need } from '../core/advise.js';
import type { Pay } from '../core/cost.js';
import { advise } from '../core/advise.js';
import { type TimeFlags, needContext } from './time-flags.js';
import { checkFormat } from '../format/registry.js';
import { parseFields } from '../format/json.js';
import { renderAdvice } from './render.js';
import { findRules, loadRulesFor } from './rules-source.js';
import { visible } from '../text/safe.js';

export interface AskOptions extends TimeFlags, PayFlags {
  explain?: boolean;
  /** --fields a,b.c: JSON output with only these fields. */
  fields?: string;
  set: string[];
  answers?: string;
  format: string;
  input: boolean;
  color?: boolean;
  rules?: string;
  batch?: boolean;
  /** --with NAMES (repeatable, comma-separated): people and teams from the roster. */
  with?: string[];
  /** --interview: at a terminal, ask every missing question, optional ones too. */
  interview?: boolean;
  /** --format or --json was given (else the format comes from your settings). */
  formatGiven?: boolean;
  /** --recurring FREQ: shorthand for --set recurring=FREQ. */
  recurring?: string;
  /** --invite [N], --followup [N], --slot N, --output FILE, --force: the plan as iCalendar (app/calendar.ts). */
  invite?: boolean | string;
  followup?: boolean | string;
  slot?: string;
  output?: string;
  force?: boolean;
  /** --draft (every step) or --draft N: drafts instead of the advice (app/draft.ts). */
  draft?: string | boolean;
  /** --copy: the draft onto the clipboard too. */
  copy?: boolean;
}

export async function runAsk(ctx: Context, given: AskOptions): Promise<number> {
  const opts = { ...given, set: withRecurring(given) };
  const calendar = wantsCalendar(opts) ? await import('./calendar.js') : undefined;
  calendar?.checkCalendarFlags(opts);
  const found = findRules(ctx, opts.rules);
  const ruleSet = await loadRulesFor(ctx, opts.rules, found);
  // An unknown --format, or draft flags that do not fit, fail before any question is asked.
  const drafting = opts.draft !== undefined || opts.copy === true || opts.format === 'slack';
  if (drafting) (await import('./draft.js')).checkDraftFlags(opts);
  else checkFormat(opts.format);
  const fields = opts.fields === undefined ? undefined : checkFields(opts);
  const { defaults, rosters } = await askSetup(ctx, opts, ruleSet, found.teamDir);
  const fromSettings = (key: 'zone' | 'workingHours') => (defaults[key].from.startsWith('built-in') ? undefined : defaults[key].value);
  const time = needContext(ctx, { now: opts.now, zone: fromSettings('zone'), workingHours: fromSettings('workingHours') }, ruleSet.settings);
  const names = opts.with ?? [];
  let people = rosters && names.length > 0 ? await withAnswersFor(rosters.roster, names, time.organizer.name, myName(rosters)) : undefined;
  if (opts.explain) ctx.stderr.write(defaultsText(defaults));
  const payFor = (who: WithAnswers | undefined) => {
    const pay = payOf(rosters?.roster, who, myName(rosters), opts);
    return pay ? { pay } : {};
  };
  payFor(people); // a bad --rate or --currency fails before any question is asked
  if (opts.batch) {
    const withPeople = { ...time, ...withWeekends(people), ...payFor(people) };
    return (await import('./batch.js')).runBatch(ctx, ruleSet, withPeople, { ...opts, given: withRaw(people), fields });
  }
  const format = opts.formatGiven ? opts.format : defaults.format.value;
  const gathered = await gatherAnswers(ctx, { ...opts, format }, ruleSet, time, { people, rosters, payFor });
  people = gathered.people;
  const advice = advise(ruleSet, gathered.need, { explain: opts.explain });
  // `people` is an optional field of the JSON contract; the formatters show names beside zones.
  const shown = people ? Object.assign(advice, { people: peopleField(people.people) }) : advice;
  const zoneNames = namesByZone(people);
  if (calendar) {
    const written = await calendar.writeCalendar(ctx, opts, { advice, ruleSet, people, rosters, now: time.now, organizer: time.organizer });
    if (written === 'stdout') return 0; // the calendar is the result
  }
  if (drafting) return (await import('./draft.js')).writeDrafts(ctx, shown, ruleSet, { ...opts, format, ...(zoneNames ? { names: zoneNames } : {}) });
  ctx.stdout.write(await renderAdvice(shown, ruleSet, ctx, { ...opts, format, fields, ...(zoneNames ? { names: zoneNames } : {}) }));
  return 0;
}

const wantsCalendar = (opts: AskOptions): boolean =>
  [opts.invite, opts.followup, opts.slot, opts.output, opts.force].some((v) => v !== undefined && v !== false);

/** --recurring FREQ as `--set recurring=FREQ`; a different --set recurring= beside it is a contradiction. */
function withRecurring(opts: AskOptions): string[] {
  if (opts.recurring === undefined) return opts.set;
  const freq = opts.recurring.trim();
  const other = opts.set.map((s) => /^\s*recurring\s*=(.*)$/.exec(s)?.[1]?.trim()).find((v) => v !== undefined && v !== freq);
  if (other !== undefined) {
    throw new UserError({
      where: '--recurring',
      message: `--recurring ${visible(freq)} and --set recurring=${visible(other)} say different things.`,
      hint: 'Give one of them (--recurring weekly is short for --set recurring=weekly).',
    });
  }
  return [...opts.set, `recurring=${freq}`];
}

interface Gathered {
  need: Need;
  /** Who --with, or the interview's first question, named. */
  people?: WithAnswers;
}

async function gatherAnswers(ctx: Context, opts: AskOptions, ruleSet: RuleSet, time: NeedContext, roster: { people?: WithAnswers; rosters?: RosterFiles; payFor: (who: WithAnswers | undefined) => { pay?: Pay } }): Promise<Gathered> {
  const organizerZone = time.organizer.name;
  const set = { ...withRaw(roster.people), ...parseSetFlags(opts.set) };
  const file = opts.answers ? await readAnswersFile(ctx, opts.answers) : undefined;
  // Stdin is read only when nothing else gave answers (or as `--answers -`): a caller that
  // passes flags or a file may leave stdin open, or have it feeding a loop (`while read`).
  const flagged = opts.set.length > 0 || roster.people !== undefined;
  const readsStdin = opts.answers === undefined && !flagged && !ctx.stdin.isTTY;
  const stdin = readsStdin ? await readStdin(ctx, Boolean(file) || flagged) : undefined;
  const raw = mergeAnswerSources({ set, file, stdin });
  const done = (answers: Record<string, unknown>, people = roster.people): Gathered => ({
    need: checked(readNeed(answers, ruleSet, { ...time, ...withWeekends(people), ...roster.payFor(people) })).need,
    ...(people ? { people } : {}),
  });
  if (!canPrompt(ctx, opts.input)) return done(raw);
  // At a terminal: bad given values are still errors; whatever is missing is asked for, unless
  // every required answer is given (then only --interview asks the optional questions).
  const { given } = checked(validateGiven(raw, ruleSet.questions, time));
  if (!opts.interview && !requiredMissing(ruleSet.questions, given, organizerZone)) return done(raw);
  const ask: AskFn = ctx.ask ?? (await import('../answers/inquirer.js')).inquirerAsk;
  // Prompts go to standard error, so `ask --format markdown > invite.md` works at a terminal.
  const context = promptContext(ctx);
  let people = roster.people;
  if (!people && roster.rosters && roster.rosters.roster.people.size > 0 && given.attendees === undefined && given.timezones === undefined) {
    people = await askWho(roster.rosters, ask, context, organizerZone);
    if (people) Object.assign(given, { attendees: people.attendees, timezones: people.timezones });
  }
  const answered = await interview(ruleSet.questions, given, ask, { organizerZone, world: time.world, ...(context ? { context } : {}) });
  ctx.stderr.write('\n'); // a blank line between the questions and the advice
  return done(answered, people);
}

/** Where prompts are drawn: standard error when it is a terminal, else standard output. */
function promptContext(ctx: Context): PromptContext | undefined {
  return ctx.stderr.isTTY ? { output: ctx.stderr as unknown as NodeJS.WritableStream } : undefined;
}

/** The interview's first question when a roster exists: who takes part, by name. */
async function askWho(rosters: RosterFiles, ask: AskFn, context: PromptContext | undefined, organizerZone: string): Promise<WithAnswers | undefined> {
  const { roster } = rosters;
  const known = [...[...roster.teams.values()].map((t) => t.name), ...[...roster.people.values()].map((p) => p.name)];
  const { expandNames, splitNames } = await import('../roster/expand.js');
  const spec: PromptSpec = {
    id: 'with',
    kind: 'input',
    message: 'Who takes part? Names or teams from your roster, comma-separated (Enter to skip)',
    help: `known: ${known.slice(0, 12).join(', ')}${known.length > 12 ? ', ...' : ''}`,
    validate: (value) => {
      const names = splitNames([String(value ?? '')]);
      if (names.length === 0) return true;
      const result = expandNames(roster, names, 'names');
      return 'problems' in result ? result.problems.map(promptText).join(' ') : true;
    },
  };
  const typed = String((await ask(spec, context)) ?? '').trim();
  return typed === '' ? undefined : withAnswersFor(roster, [typed], organizerZone, myName(rosters), 'names');
}

/** --fields picks JSON fields: it means nothing to text or Markdown. */
function checkFields(opts: AskOptions): string[] {
  if (opts.format !== 'json' && !opts.batch) {
    throw new UserError({ where: '--fields', message: `--fields picks fields of JSON output, not of ${opts.format}.`, hint: 'Add --json, or leave --fields out.' });
  }
  return parseFields(opts.fields!);
}

function checked<T extends object>(result: T | { problems: Problem[] }): T {
  if ('problems' in result) throw new UserError(result.problems);
  return result;
}

async function readAnswersFile(ctx: Context, path: string): Promise<Record<string, unknown>> {
  if (path === '-') return readAnswersText(await readAll(ctx.stdin, MAX_ANSWERS_BYTES), 'stdin');
  let text: string;
  try {
    // A read with a limit, not readFile: /dev/zero or a huge file must not fill memory.
    text = readFileBounded(resolve(ctx.cwd, path), MAX_ANSWERS_BYTES);
  } catch (error) {
    throw new UserError({
      where: path,
      message: `cannot read the answers file: ${readProblem((error as NodeJS.ErrnoException).code)}.`,
      hint: 'Check the path and its permissions, or pipe the answers in: commtriage ask --json < answers.yaml',
    });
  }
  return readAnswersText(text, path);
}

/** Empty stdin is fine when flags or a file already gave answers; otherwise it is an error. */
async function readStdin(ctx: Context, haveOther: boolean): Promise<Record<string, unknown> | undefined> {
  const text = await readAll(ctx.stdin, MAX_ANSWERS_BYTES);
  if (text.trim() === '' && haveOther) return undefined;
  return readAnswersText(text, 'stdin');
}
