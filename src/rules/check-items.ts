// Cross-reference checks on questions, rules and checklist items once all files are merged.
// Errors and warnings go into a Report; nothing stops at the first problem.
import { DERIVED_FACT_NAMES } from '../core/facts-catalog.js';
import { factsRead } from '../core/conditions.js';
import type { Condition, Question } from '../core/types.js';
import { type FactKind, type FactScope, checkCondition, checkFactNames, checkZone, neverHolds, questionKind } from './check-conditions.js';
import type { At, Diagnostic, Draft } from './merge.js';
import { type Path, RESERVED_KEYS, type ShapeProblem, show, suggestion } from './shape.js';

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
      checkCondition(q.when, ['when'], { ...scope, refuse }, problems);
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
      message: `${noun} can never ${noun.startsWith('rule') ? 'fire' : 'be shown'}: ${never.why}`,
      hint: 'Fix the condition or remove the item.',
    });
  }
}

export function checkRules(draft: Draft, scope: FactScope, report: Report): void {
  for (const item of draft.rules) {
    const { id, when, effect } = item.value;
    checkWhen(item, when, scope, report, `rule "${id}"`);
    const problems: ShapeProblem[] = [];
    checkChannelIds(effect.channels, ['effect', 'channels'], draft, problems);
    if (effect.priority !== undefined && effect.decide === undefined) {
      problems.push({ path: ['effect', 'priority'], atKey: true, message: '"priority" applies only with "decide"', hint: 'Add decide: <outcome> or remove priority.' });
    }
    if (effect.decide && effect.exclude?.includes(effect.decide)) {
      problems.push({ path: ['effect', 'exclude'], message: `the rule decides "${effect.decide}" and excludes it`, hint: 'Remove it from exclude.' });
    }
    report.errors.push(...within(item, problems));
  }
}

export function checkChecklist(draft: Draft, scope: FactScope, report: Report): void {
  for (const item of draft.checklist) {
    const { id, text, when } = item.value;
    if (when) checkWhen(item, when, scope, report, `checklist item "${id}"`);
    checkPlaceholders({ value: text, file: item.file, path: [...item.path, 'text'] }, scope, report);
  }
}

function checkPlaceholders(text: At<string>, scope: FactScope, report: Report): void {
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

export const placeholders = (text: string): string[] => [...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1]!.trim());

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
  for (const { value } of draft.rules) factsRead(value.when, read);
  for (const { value } of draft.checklist) {
    if (value.when) factsRead(value.when, read);
    placeholders(value.text).forEach((p) => read.add(p));
  }
  for (const item of draft.questions) {
    const { id } = item.value;
    if (read.has(id) || id === 'timezones' || id === 'urgency') continue;
    report.warnings.push({
      file: item.file,
      path: [...item.path, 'id'],
      acrossFiles: true,
      message: `question "${id}" is asked but nothing reads it`,
      hint: 'Use it in a rule or checklist condition (or a {placeholder}), or remove the question.',
    });
  }
}
