// Cross-reference checks on questions, rules and checklist items once all files are merged.
// Errors and warnings go into a Report; nothing stops at the first problem.
import { DERIVED_FACT_NAMES } from '../core/facts-catalog.js';
import { factsRead } from '../core/conditions.js';
import { AUDIENCES, type Condition, type Question, STEP_KINDS } from '../core/types.js';
import { type FactKind, type FactScope, checkCondition, checkFactNames, checkZone, questionKind } from './check-conditions.js';
import { neverHolds } from './warn-conditions.js';
import type { At, Diagnostic, Draft } from './merge.js';
import { type Path, RESERVED_KEYS, type ShapeProblem, show, suggestion } from './shape.js';
import { placeholders } from '../core/template.js';

export interface Report {
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** Problems found inside one item, reported in that item's file under its path. */
export const within = (item: At<unknown>, problems: ShapeProblem[]): Diagnostic[] =>
  problems.map((p) => ({ file: item.file, ...p, path: [...item.path, ...p.path] }));

/** The facts conditions may read: questions (by kind) and derived facts. */
export function factScope(draft: Draft, derived: Map<string, FactKind>): FactScope {
  const kinds = new Map(derived);
  for (const q of draft.questions) if (!kinds.has(q.value.id)) kinds.set(q.value.id, questionKind(q.value));
  return { kinds, known: new Set([...draft.knownIds.questions, ...DERIVED_FACT_NAMES]) };
}

export function checkQuestions(draft: Draft, scope: FactScope, report: Report): void {
  draft.questions.forEach((item, index) => {
    const q = item.value;
    const problems: ShapeProblem[] = [];
    if (DERIVED_FACT_NAMES.includes(q.id) || RESERVED_KEYS.includes(q.id)) {
      problems.push({ path: ['id'], message: `"${q.id}" is a reserved name and cannot be a question id`, hint: 'Choose another id.' });
    }
    checkTypeKeys(q, problems);
    if (q.default !== undefined) checkDefault(q, problems);
    if (q.when) {
      if (q.default === undefined && q.type !== 'zones') {
        problems.push({ path: ['when'], atKey: true, message: `question "${q.id}" has a "when" but no default`, hint: 'Add a default: the answer still exists when the question is not asked.' });
      }
      const earlier = new Set(draft.questions.slice(0, index).map((e) => e.value.id));
      const later = new Set(draft.questions.slice(index).map((e) => e.value.id));
      const refuse = (fact: string): ShapeProblem | undefined => {
        if (DERIVED_FACT_NAMES.includes(fact)) {
          return { path: [], message: `a question's "when" cannot read the derived fact "${fact}"`, hint: 'Derived facts exist only once every answer is in; read an earlier question instead.' };
        }
        if (!earlier.has(fact) && later.has(fact)) {
          return { path: [], message: `question "${q.id}" reads "${fact}", which is asked at the same time or later`, hint: `A "when" may only read earlier questions; move "${fact}" above "${q.id}".` };
        }
        return undefined;
      };
      const before = problems.length;
      checkCondition(q.when, ['when'], { ...scope, refuse }, problems);
      const never = problems.length === before ? neverHolds(q.when, ['when'], scope.kinds) : undefined;
      if (never) report.warnings.push({ file: item.file, path: [...item.path, ...never.path], message: `question "${q.id}" is never asked: ${never.why}`, hint: 'Fix the condition or remove the question.' });
    }
    report.errors.push(...within(item, problems));
  });
}

function checkTypeKeys(q: Question, problems: ShapeProblem[]): void {
  const misplaced = (key: string, only: string): void => {
    problems.push({ path: [key], atKey: true, message: `"${key}" applies only to type ${only}, and "${q.id}" is type ${q.type}`, hint: `Remove "${key}" or change the type.` });
  };
  if (q.type === 'choice' && !q.choices) problems.push({ path: [], message: `choice question "${q.id}" has no choices`, hint: 'Add choices: [{ value: ..., label: ... }].' });
  if (q.type !== 'choice' && q.choices) misplaced('choices', 'choice');
  for (const key of ['min', 'max', 'integer'] as const) if (q.type !== 'number' && q[key] !== undefined) misplaced(key, 'number');
  if (q.min !== undefined && q.max !== undefined && q.min > q.max) {
    problems.push({ path: ['max'], message: `max (${q.max}) is below min (${q.min})`, hint: 'Swap them or fix one.' });
  }
  const values = new Map<string, number>();
  (q.choices ?? []).forEach((c, i) => {
    if (values.has(c.value)) problems.push({ path: ['choices', i, 'value'], message: `duplicate choice value "${c.value}" in "${q.id}"`, hint: 'Each choice value must be unique within its question.' });
    values.set(c.value, i);
  });
}

function checkDefault(q: Question, problems: ShapeProblem[]): void {
  const d = q.default;
  const bad = (message: string, hint: string): void => void problems.push({ path: ['default'], message, hint });
  if (q.type === 'choice') {
    const choices = (q.choices ?? []).map((c) => c.value);
    if (typeof d !== 'string' || !choices.includes(d)) {
      bad(`default ${show(d)} is not a choice of "${q.id}"${typeof d === 'string' ? suggestion(d, choices) : ''}`, `Choices: ${choices.join(', ')}.`);
    }
  } else if (q.type === 'number') {
    if (typeof d !== 'number') return bad(`default of "${q.id}" should be a number, got ${show(d)}`, 'Give a number.');
    if (q.integer && !Number.isInteger(d)) bad(`default ${d} of "${q.id}" is not a whole number`, 'The question takes whole numbers only.');
    if ((q.min !== undefined && d < q.min) || (q.max !== undefined && d > q.max)) {
      bad(`default ${d} of "${q.id}" is outside ${q.min ?? '-∞'}..${q.max ?? '∞'}`, 'Pick a default within min and max.');
    }
  } else if (q.type === 'boolean') {
    if (typeof d !== 'boolean') bad(`default of "${q.id}" should be true or false, got ${show(d)}`, 'Write true or false (yes/no are text in YAML 1.2).');
  } else if (!Array.isArray(d) || d.length === 0) {
    bad(`default of "${q.id}" should be a list of time zones, got ${show(d)}`, 'Write e.g. default: [Europe/London], or leave it out for the organizer\'s own zone.');
  } else {
    d.forEach((zone, i) => checkZone(zone, ['default', i], problems));
  }
}

/** A condition's errors, or (when it has none) a warning if it can never hold. */
function checkWhen(item: At<unknown>, when: Condition, scope: FactScope, report: Report, noun: string): void {
  const problems = checkCondition(when, ['when'], scope);
  report.errors.push(...within(item, problems));
  const never = problems.length === 0 ? neverHolds(when, ['when'], scope.kinds) : undefined;
  if (never) {
    report.warnings.push({
      file: item.file,
      path: [...item.path, ...never.path],
      message: `${noun} can never ${noun.startsWith('row') ? 'match' : noun.startsWith('checklist') ? 'be shown' : 'apply'}: ${never.why}`,
      hint: 'Fix the condition or remove the item.',
    });
  }
}

/** What adjustments and checklist conditions may read besides the facts: the plan chosen. */
export function planScope(draft: Draft, scope: FactScope): FactScope {
  const kinds = new Map(scope.kinds);
  // Every plan id seen, also those of plans with mistakes of their own (reported there).
  kinds.set('plan', { type: 'choice', choices: [...draft.knownIds.plans] });
  kinds.set('mode', { type: 'choice', choices: ['async', 'sync', 'hybrid'] });
  // Checklist items and steps' conditions may read the step they are in.
  const stepIds = draft.plans.flatMap((p) => (p.value.steps ?? []).map((s) => s.id));
  kinds.set('step', { type: 'choice', choices: [...new Set(['write', 'meet', ...stepIds])] });
  kinds.set('step_kind', { type: 'choice', choices: [...STEP_KINDS] });
  kinds.set('audience', { type: 'choice', choices: [...AUDIENCES] });
  return { kinds, known: new Set([...scope.known, 'plan', 'mode', 'step', 'step_kind', 'audience']) };
}

const ROW_REFUSES = (fact: string): ShapeProblem | undefined =>
  fact === 'plan' || fact === 'mode'
    ? { path: [], message: `a row cannot read "${fact}": the plan is what the row chooses`, hint: 'Read it in an adjustment or a checklist item instead.' }
    : undefined;

export function checkRules(draft: Draft, scope: FactScope, report: Report): void {
  const rowScope = { ...scope, refuse: ROW_REFUSES };
  for (const item of draft.rules) {
    const { id, when, plan, reason } = item.value;
    if (when) checkWhen(item, when, rowScope, report, `row "${id}"`);
    // A reason is filled in once the plan is known (triage.ts), so it may name plan and mode too.
    if (typeof reason === 'string') checkPlaceholders({ value: reason, file: item.file, path: [...item.path, 'reason'] }, { ...scope, known: new Set([...scope.known, 'plan', 'mode']) }, report);
    if (!draft.knownIds.plans.has(plan)) {
      report.errors.push({ file: item.file, path: [...item.path, 'plan'], acrossFiles: true, message: `unknown plan "${plan}"${suggestion(plan, draft.knownIds.plans)}`, hint: 'Name a plan defined under "plans:".' });
    }
  }
  // The table as it will be read: without the rows that `disable:` switches off.
  const rows = draft.rules.filter((r) => !draft.disabled.some((d) => d.value === r.value.id));
  const last = rows.at(-1);
  if (last === undefined && draft.knownIds.rules.size === 0) {
    report.errors.push({ file: draft.files[0] ?? '', path: [], acrossFiles: true, message: 'the decision table has no rows, so no need would get a plan', hint: 'Add a "table:" section; its last row, without "when", matches every need.' });
  } else if (last !== undefined && last.value.when !== undefined && !alwaysHolds(last.value.when)) {
    report.errors.push({ file: last.file, path: [...last.path, 'when'], atKey: true, acrossFiles: true, message: `the last row, "${last.value.id}", has a condition, so some needs would get no plan`, hint: 'End the table with a row without "when" that matches every need (and do not switch that row off with disable:).' });
  } else if (last === undefined && draft.disabled.length > 0 && draft.rules.length > 0) {
    const off = draft.disabled[0]!;
    report.errors.push({ file: off.file, path: off.path, acrossFiles: true, message: 'every row of the decision table is switched off', hint: 'Keep at least the last row, without "when", that matches every need.' });
  }
  warnUnreachable(rows, report);
}

const alwaysHolds = (c: Condition): boolean => ('all' in c ? c.all.every(alwaysHolds) : false);

/** The parts of an "all" (or the condition itself), as text, to compare rows. */
const conjuncts = (c: Condition | undefined): Set<string> =>
  new Set(c === undefined ? [] : 'all' in c ? c.all.flatMap((x) => [...conjuncts(x)]) : [JSON.stringify(c)]);

/** A row below one whose every part it repeats can never match: the row above always matches first. */
function warnUnreachable(rows: Draft['rules'], report: Report): void {
  rows.forEach((item, index) => {
    const mine = conjuncts(item.value.when);
    const above = rows.slice(0, index).find((earlier) => [...conjuncts(earlier.value.when)].every((part) => mine.has(part)));
    if (!above) return;
    report.warnings.push({
      file: item.file,
      path: [...item.path, 'id'],
      acrossFiles: true,
      message: `row "${item.value.id}" can never match: row "${above.value.id}" above it matches every need it matches`,
      hint: `Move "${item.value.id}" above "${above.value.id}", or narrow "${above.value.id}".`,
      related: { file: above.file, path: [...above.path, 'id'] },
    });
  });
}

export function checkAdjustments(draft: Draft, scope: FactScope, report: Report): void {
  for (const item of draft.adjustments) {
    checkWhen(item, item.value.when, scope, report, `adjustment "${item.value.id}"`);
    if (typeof item.value.reason === 'string') checkPlaceholders({ value: item.value.reason, file: item.file, path: [...item.path, 'reason'] }, scope, report);
    const problems: ShapeProblem[] = [];
    checkItemIds(item.value.checklist, ['checklist'], draft, problems);
    report.errors.push(...within(item, problems));
  }
  for (const item of draft.signals) {
    checkWhen(item, item.value.when, scope, report, `signal "${item.value.id}"`);
    checkPlaceholders({ value: item.value.text, file: item.file, path: [...item.path, 'text'] }, scope, report);
  }
}

export function checkItemIds(ids: string[] | undefined, path: Path, draft: Draft, problems: ShapeProblem[]): void {
  const known = draft.knownIds.checklist;
  (ids ?? []).forEach((id, i) => {
    if (!known.has(id)) problems.push({ path: [...path, i], acrossFiles: true, message: `unknown checklist item "${id}"${suggestion(id, known)}`, hint: 'Name an item defined under "checklist:".' });
  });
}

export function checkChecklist(draft: Draft, scope: FactScope, report: Report): void {
  for (const item of draft.checklist) {
    const { id, text, when } = item.value;
    if (when) checkWhen(item, when, scope, report, `checklist item "${id}"`);
    checkPlaceholders({ value: text, file: item.file, path: [...item.path, 'text'] }, scope, report);
  }
}

export function checkPlaceholders(text: At<string>, scope: FactScope, report: Report): void {
  for (const name of placeholders(text.value)) {
    if (scope.known.has(name)) continue;
    report.errors.push({
      file: text.file,
      path: text.path,
      acrossFiles: true,
      message: `unknown placeholder "{${name}}"${suggestion(name, scope.known)}`,
      hint: `Placeholders name a question id or a derived fact: ${[...scope.known].join(', ')}.`,
    });
  }
}

/** The sound parts of items with shape problems: their other mistakes show in the same run. */
export function checkLooseParts(draft: Draft, scope: FactScope, report: Report): void {
  const { conditions, brokenConditions, texts, channelLists } = draft.loose;
  for (const c of conditions) report.errors.push(...within(c, checkCondition(c.value, [], scope)));
  for (const c of brokenConditions) report.errors.push(...within(c, checkFactNames(c.value, [], scope)));
  for (const t of texts) checkPlaceholders(t, scope, report);
  for (const list of channelLists) {
    const problems: ShapeProblem[] = [];
    checkChannelIds(list.value, [], draft, problems);
    report.errors.push(...within(list, problems));
  }
}

export function checkChannelIds(ids: string[] | undefined, path: Path, draft: Draft, problems: ShapeProblem[]): void {
  const known = draft.knownIds.channels;
  (ids ?? []).forEach((id, i) => {
    if (!known.has(id)) {
      problems.push({
        path: [...path, i],
        acrossFiles: true,
        message: `unknown channel "${id}"${suggestion(id, known)}`,
        hint: known.size ? `Channels: ${[...known].join(', ')}.` : 'Define it under "channels:".',
      });
    }
  });
}

/** Questions whose answers nothing reads (the time code reads timezones and urgency itself). */
export function warnUnread(draft: Draft, report: Report): void {
  const read = new Set<string>();
  for (const { value } of draft.questions) if (value.when) factsRead(value.when, read);
  for (const { value } of [...draft.rules, ...draft.adjustments, ...draft.signals]) if (value.when) factsRead(value.when, read);
  for (const { value } of draft.checklist) {
    if (value.when) factsRead(value.when, read);
    placeholders(value.text).forEach((p) => read.add(p));
  }
  // A question a draft template reads (a part's `when`, a {placeholder}) counts as read too.
  for (const { value } of draft.drafts) {
    placeholders(value.subject).forEach((p) => read.add(p));
    for (const part of value.parts) {
      if (part.when) factsRead(part.when, read);
      for (const text of [part.title, part.text, part.item, ...(part.items ?? [])]) if (text !== undefined) placeholders(text).forEach((p) => read.add(p));
    }
  }
  for (const item of draft.questions) {
    const { id } = item.value;
    if (read.has(id) || id === 'timezones' || id === 'urgency') continue;
    report.warnings.push({
      file: item.file,
      path: [...item.path, 'id'],
      acrossFiles: true,
      message: `question "${id}" is asked but nothing reads it`,
      hint: 'Use it in a row, an adjustment or a checklist condition (or a {placeholder}), or remove the question.',
    });
  }
}
