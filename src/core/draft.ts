// Advice + the rule set's draft templates -> a ready-to-send draft for each chosen step (`ask
// --draft`). Pure: the wording is the templates' (rules/drafts.yaml), the times and names are the
// advice's; the formatters (format/draft-*.ts) only lay the result out.
import { place } from './time/label.js';
import { askerOnlyZone, readersOf, shownDeadlines } from './time/facts.js';
import type { Advice, StepAdvice } from './advice.js';
import { holds } from './conditions.js';
import { DRAFT_VALUE_NAMES, FILL_IN } from './draft-values.js';
import { fillTemplate } from './template.js';
import type { DraftList, DraftPart, DraftTemplate, Facts } from './types.js';
import type { LocalTimes } from './time/types.js';

/** One part of a draft as it reads: a title line, then a paragraph or bullets. */
export interface DraftBlock {
  title?: string;
  text?: string;
  items?: string[];
}

export interface StepDraft {
  /** The step's number in the plan (1, 2, ...). */
  step: number;
  stepId: string;
  kind: StepAdvice['kind'];
  /** What the step is, from its plan: shown above each draft when there are several. */
  label: string;
  /** The template used: plan-id/step-id, the step id, or written/live. */
  template: string;
  subject: string;
  blocks: DraftBlock[];
  /** What the person fills in, as written between [[ ]], each once, in reading order. */
  placeholders: string[];
}

export interface DraftOptions {
  /** Zone -> the people in it from the roster ("you, Priya"), as the formatters get them. */
  names?: Record<string, string>;
  channelLabels?: Record<string, string>;
}

/** The template for a step: its plan's own, then the step id's, then its kind's. */
export function templateFor(templates: readonly DraftTemplate[], plan: string, step: StepAdvice): DraftTemplate | undefined {
  for (const id of [`${plan}/${step.id}`, step.id, step.kind]) {
    const found = templates.find((t) => t.id === id);
    if (found) return found;
  }
  return undefined;
}

/** The draft of one step of the advice; undefined when no template serves it. */
export function draftStep(advice: Advice, templates: readonly DraftTemplate[], step: StepAdvice, options: DraftOptions = {}): StepDraft | undefined {
  const template = templateFor(templates, advice.plan, step);
  if (!template) return undefined;
  const facts = draftFacts(advice, step, options);
  const has = new Set(step.checklist.map((c) => c.id));
  const fill = (text: string, extra: Facts = {}) => tidy(fillTemplate(text, { ...facts, ...extra }));
  const blocks: DraftBlock[] = [];
  for (const part of template.parts) {
    if (!shown(part, facts, has)) continue;
    const block = blockOf(part, fill, entries(part.each, advice, step, options));
    if (block) blocks.push(block);
  }
  const subject = fill(template.subject);
  return { step: step.n, stepId: step.id, kind: step.kind, label: step.label, template: template.id, subject, blocks, placeholders: fillIns([subject, ...blocks.flatMap(blockTexts)]) };
}

/** The drafts of the chosen steps (every step when `only` is absent). */
export function draftSteps(advice: Advice, templates: readonly DraftTemplate[], options: DraftOptions & { only?: number } = {}): { drafts: StepDraft[]; missing: number[] } {
  const steps = advice.steps.filter((s) => options.only === undefined || s.n === options.only);
  const drafts: StepDraft[] = [];
  const missing: number[] = [];
  for (const step of steps) {
    const draft = draftStep(advice, templates, step, options);
    if (draft) drafts.push(draft);
    else missing.push(step.n);
  }
  return { drafts, missing };
}

function shown(part: DraftPart, facts: Facts, has: Set<string>): boolean {
  if (part.when && !holds(part.when, facts)) return false;
  if (part.with && !part.with.some((id) => has.has(id))) return false;
  return !(part.without ?? []).some((id) => has.has(id));
}

function blockOf(part: DraftPart, fill: (text: string, extra?: Facts) => string, list: Entry[]): DraftBlock | undefined {
  const title = part.title === undefined ? {} : { title: fill(part.title) };
  if (part.text !== undefined) return { ...title, text: fill(part.text) };
  if (part.items) return { ...title, items: part.items.map((line) => fill(line)) };
  if (list.length === 0) return undefined; // a list with nothing in it says nothing
  return { ...title, items: list.map((entry) => fill(part.item ?? '{name}: {time}', { name: entry.name, time: entry.time })) };
}

const blockTexts = (b: DraftBlock): string[] => [b.title ?? '', b.text ?? '', ...(b.items ?? [])];

/** The facts a template reads: the answers, the derived facts, and this step's own values. */
function draftFacts(advice: Advice, step: StepAdvice, options: DraftOptions): Facts {
  const values: Record<(typeof DRAFT_VALUE_NAMES)[number], string | number> = {
    minutes: step.meetingMinutes ?? advice.meetingMinutes ?? '',
    channel: step.channels[0] === undefined ? '' : (options.channelLabels?.[step.channels[0]] ?? step.channels[0]),
    who: step.who ?? '',
    reply_window: step.replyBy?.window ?? '',
    sessions: step.sessions?.length ?? 0,
  };
  return {
    ...advice.answers,
    ...advice.facts,
    ...(step.replyBy ? { reply_by: localLine(shownDeadlines(step.replyBy), options.names) } : {}),
    plan: advice.plan,
    mode: advice.recommendation,
    step: step.id,
    step_kind: step.kind,
    audience: step.audience,
    ...values,
  };
}

interface Entry {
  name: string;
  time: string;
}

/** The entries a part's `each` repeats over. */
function entries(list: DraftList | undefined, advice: Advice, step: StepAdvice, options: DraftOptions): Entry[] {
  // You do not reply to yourself: a zone where only you are is left out (the roster says who is
  // where; without one, as many zones as people means one person in each).
  if (list === 'reply_by') {
    const local = step.replyBy ? shownDeadlines(step.replyBy) : {};
    const mine = askerOnlyZone(local, advice.schedule.organizerZone, readersIn(advice, step));
    const alone = (zone: string) => (options.names ? onlyYou(zone, options.names) : zone === mine);
    return zoneEntries(local, options.names).filter((e) => !alone(e.zone));
  }
  if (list === 'people') return peopleEntries(advice, options.names);
  if (list !== 'times') return [];
  if (step.sessions && step.sessions.length > 0) {
    // A session per zone (private 1:1s) is named by whom it is for, not by the organizer who is in each.
    const host = advice.schedule.organizerZone;
    return step.sessions.map((s) => {
      const guests = s.zones.filter((z) => z !== host);
      const named = guests.length > 0 && step.split === 'per-zone' ? guests : s.zones;
      // Their own time first, then the others' (the host's, for a 1:1).
      const local = Object.fromEntries([...named, ...s.zones.filter((z) => !named.includes(z))].filter((z) => s.local[z] !== undefined).map((z) => [z, s.local[z]!]));
      return { name: named.map((z) => who(z, options.names)).join(', '), time: sessionLine(local) };
    });
  }
  const first = step.slots?.[0];
  return first ? zoneEntries(first.local, options.names) : [];
}

/** How many people a step is for, you included (time/facts.ts readersOf). */
function readersIn(advice: Advice, step: StepAdvice): number {
  const attendees = typeof advice.answers.attendees === 'number' ? advice.answers.attendees : 0;
  const everyone = typeof advice.facts.audience_size === 'number' ? advice.facts.audience_size : attendees;
  return readersOf(attendees, everyone, step.audience);
}

const zoneEntries = (local: LocalTimes, names: Record<string, string> | undefined): (Entry & { zone: string })[] =>
  Object.entries(local).map(([zone, time]) => ({ zone, name: who(zone, names), time }));

const onlyYou = (zone: string, names: Record<string, string>): boolean => names[zone] !== undefined && others(names[zone]!).length === 0;

/** "Tue 8 Dec 17:00 London · Wed 9 Dec 17:00 Kolkata": each zone's own time on one line. */
const localLine = (local: LocalTimes, names: Record<string, string> | undefined): string =>
  Object.entries(local)
    .map(([zone, time]) => `${time} ${names ? who(zone, names) : place(zone)}`)
    .join(' · ');

/** "Tue 8 Dec 14:30-14:55 London, 09:30-09:55 New York": the day once while it stays the same. */
function sessionLine(local: LocalTimes): string {
  let day = '';
  return Object.entries(local)
    .map(([zone, time]) => {
      const [, thisDay = '', clock = time] = /^(\S+ \d+ \S+) (.*)$/.exec(time) ?? [];
      const shown = thisDay === day ? clock : time;
      day = thisDay;
      return `${shown} ${place(zone)}`;
    })
    .join(', ');
}

/** Everyone named with --with but you; without a roster, fill-ins for as many as are likely to be named. */
function peopleEntries(advice: Advice, names: Record<string, string> | undefined): Entry[] {
  const named = Object.values(names ?? {}).flatMap(others);
  if (named.length > 0) return named.map((name) => ({ name, time: '' }));
  const count = typeof advice.answers.attendees === 'number' ? advice.answers.attendees - 1 : 1;
  return Array.from({ length: Math.max(1, Math.min(count, 3)) }, () => ({ name: '[[name]]', time: '' }));
}

const others = (list: string): string[] =>
  list
    .split(', ')
    .map((n) => n.trim())
    .filter((n) => n !== '' && n !== 'you');

/** "Priya (Kolkata)" where the roster named people in the zone, else "Kolkata". */
function who(zone: string, names: Record<string, string> | undefined): string {
  const people = others(names?.[zone] ?? '');
  return people.length > 0 ? `${people.join(', ')} (${place(zone)})` : place(zone);
}


/** Spaces a filled-in blank left behind ("the ,") are closed up. */
const tidy = (text: string): string => text.replace(/ +([,.;:])/g, '$1').replace(/ {2,}/g, ' ').trim();

function fillIns(texts: string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) for (const m of text.matchAll(FILL_IN)) seen.add(m[1]!.trim());
  return [...seen];
}
