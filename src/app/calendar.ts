// `ask --invite [N]` and `ask --followup [N]`: a step of the plan as an iCalendar file, on
// standard output or in --output FILE (never over a file that exists without --force). Loaded only
// when one of these options is given, so that a plain `ask` never loads ical.js.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Zone } from 'luxon';
import type { Context } from '../context.js';
import type { Advice, StepAdvice } from '../core/advice.js';
import type { RuleSet } from '../core/types.js';
import { UserError } from '../errors.js';
import type { RosterFiles } from '../roster/load.js';
import type { WithAnswers } from '../roster/expand.js';
import { nameKey } from '../roster/types.js';
import { writeFileAtomic } from '../files/write-atomic.js';
import { visible } from '../text/safe.js';
import { myName, namesByZone } from './ask-setup.js';

export interface CalendarFlags {
  invite?: boolean | string;
  followup?: boolean | string;
  slot?: string;
  output?: string;
  force?: boolean;
  batch?: boolean;
}

/** A step number given to --invite, --followup or --slot: 1, 2, ... */
function number(value: string, flag: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || n < 1) {
    throw new UserError({ where: flag, message: `"${visible(value)}" is not a number from 1 up.`, hint: `Write ${flag} 2 for the second, or ${flag} alone for the first.` });
  }
  return n;
}

const given = (v: boolean | string | undefined): boolean => v !== undefined && v !== false;

/** Contradictions among the calendar options, before anything is asked. */
export function checkCalendarFlags(opts: CalendarFlags): void {
  const usage = (where: string, message: string, hint: string) => new UserError({ where, message, hint });
  if (opts.batch) throw usage('--batch', '--invite and --followup write one calendar for one need, not one a line.', 'Leave out --batch, or leave out --invite/--followup.');
  if (!given(opts.invite) && !given(opts.followup)) {
    const flag = opts.slot !== undefined ? '--slot' : opts.output !== undefined ? '--output' : '--force';
    throw usage(flag, `${flag} goes with --invite or --followup.`, 'Add --invite (an event for a live step) or --followup (a to-do to chase a reply-by).');
  }
  if (opts.slot !== undefined && !given(opts.invite)) throw usage('--slot', '--slot picks the slot of the --invite event.', 'Add --invite.');
  if (opts.force && opts.output === undefined) throw usage('--force', '--force lets --output replace a file; no --output was given.', 'Add --output FILE.ics, or leave out --force.');
  if (typeof opts.invite === 'string') number(opts.invite, '--invite');
  if (typeof opts.followup === 'string') number(opts.followup, '--followup');
  if (opts.slot !== undefined) number(opts.slot, '--slot');
}

/** The step --invite or --followup names (N, or the first of its kind), or an error saying why not. */
function pickStep(steps: StepAdvice[], value: boolean | string, kind: 'live' | 'written', flag: string): StepAdvice {
  const other = kind === 'live' ? '--followup' : '--invite';
  if (typeof value === 'string') {
    const n = number(value, flag);
    const step = steps.find((s) => s.n === n);
    if (!step) throw new UserError({ where: flag, message: `the plan has ${steps.length} step${steps.length === 1 ? '' : 's'}; there is no step ${n}.`, hint: `Give a step from 1 to ${steps.length}.` });
    if (step.kind !== kind) {
      throw new UserError({ where: flag, message: `step ${n} ("${visible(step.label)}") is a ${step.kind} step; ${flag} is for a ${kind} step.`, hint: `Use ${other} ${n} for it${steps.some((s) => s.kind === kind) ? `, or ${flag} ${steps.find((s) => s.kind === kind)!.n}` : ''}.` });
    }
    return step;
  }
  const step = steps.find((s) => s.kind === kind);
  if (!step) {
    const what = kind === 'live' ? 'no live step (nothing to invite to)' : 'no written step (no reply-by to chase)';
    throw new UserError({ where: flag, message: `this plan has ${what}: ${steps.map((s) => `${s.n}. ${s.kind}`).join(', ')}.`, hint: `Use ${other} for a ${kind === 'live' ? 'written' : 'live'} step.` });
  }
  return step;
}

export interface CalendarRun {
  advice: Advice;
  ruleSet: RuleSet;
  people?: WithAnswers;
  rosters?: RosterFiles;
  now: number;
  organizer: Zone;
}

/** Writes the calendar; 'stdout' when it went to standard output (then it is the whole result). */
export async function writeCalendar(ctx: Context, opts: CalendarFlags, run: CalendarRun): Promise<'stdout' | 'file'> {
  const { advice } = run;
  const invite = given(opts.invite) ? pickStep(advice.steps, opts.invite!, 'live', '--invite') : undefined;
  const followup = given(opts.followup) ? pickStep(advice.steps, opts.followup!, 'written', '--followup') : undefined;
  const slot = opts.slot === undefined ? 0 : number(opts.slot, '--slot') - 1;
  if (invite && slot > 0) {
    const count = invite.sessions?.length ? 0 : (invite.slots?.length ?? 0);
    if (count === 0) throw new UserError({ where: '--slot', message: `step ${invite.n} runs as ${invite.sessions!.length} sessions, one event each; there are no alternative slots.`, hint: 'Leave out --slot.' });
    if (slot >= count) throw new UserError({ where: '--slot', message: `step ${invite.n} has ${count} suggested slot${count === 1 ? '' : 's'}; there is no slot ${slot + 1}.`, hint: `Give a slot from 1 to ${count}.` });
  }
  const { calendarText } = await import('../format/ical.js');
  const draft = invite ? await draftOf(advice, run.ruleSet, invite, slot, run.people) : undefined;
  const me = myName(run.rosters);
  const mine = me ? run.rosters?.roster.people.get(nameKey(me)) : undefined;
  const text = calendarText({
    advice,
    ...(invite ? { invite: { step: invite, slot } } : {}),
    ...(followup ? { followup: { step: followup } } : {}),
    people: (run.people?.people ?? []).map((p) => ({ name: p.name, zone: p.zone, ...(p.email ? { email: p.email } : {}) })),
    organizer: { zone: run.organizer, ...(mine ? { name: mine.name } : {}), ...(mine?.email ? { email: mine.email } : {}) },
    now: run.now,
    zoneOf: (name) => ctx.world.zone(name),
    goals: new Set(run.ruleSet.checklist.filter((c) => c.kind === 'goal').map((c) => c.id)),
    ...(run.people ? { names: namesByZone(run.people)! } : {}),
    ...(draft ? { draft } : {}),
  });
  if (opts.output === undefined) {
    ctx.stdout.write(text);
    return 'stdout';
  }
  const path = resolve(ctx.cwd, opts.output);
  if (existsSync(path) && !opts.force) {
    throw new UserError({ where: opts.output, message: 'this file exists; commtriage does not replace a file unless asked.', hint: 'Add --force to replace it, or choose another --output name.' });
  }
  writeFileAtomic(path, text, opts.output);
  const what = [invite ? `an event for step ${invite.n}` : '', followup ? `a to-do for step ${followup.n}` : ''].filter((s) => s !== '').join(' and ');
  ctx.stderr.write(`Wrote ${what} to ${visible(opts.output)}.\n`);
  return 'file';
}

/** The live step's draft (the same as `--draft N`), for the event's title and description; none without a template. */
async function draftOf(advice: Advice, ruleSet: RuleSet, step: Advice['steps'][number], slot: number, people: WithAnswers | undefined): Promise<{ subject: string; body: string } | undefined> {
  // The chosen slot first, so that the draft's times are the event's.
  const chosen = { ...advice, steps: advice.steps.map((s) => (s.n === step.n && s.slots ? { ...s, slots: [s.slots[slot]!, ...s.slots.filter((_, i) => i !== slot)] } : s)) };
  return (await import('./draft.js')).stepDraftText(chosen, ruleSet, step.n, namesByZone(people));
}
