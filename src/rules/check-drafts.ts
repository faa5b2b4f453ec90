// Checks the draft templates (`drafts:`) once all files are merged: which steps each serves, the
// shape of each part, the {placeholders} it names, the [[fill-ins]] it leaves, its conditions and
// the checklist items it waits for.
import { DRAFT_ENTRY_NAMES, DRAFT_VALUE_NAMES, fillInProblem } from '../core/draft-values.js';
import { STEP_KINDS, type DraftPart } from '../core/types.js';
import { type FactScope, checkCondition } from './check-conditions.js';
import { type Report, checkItemIds, checkPlaceholders, within } from './check-items.js';
import type { Draft } from './merge.js';
import { type Path, type ShapeProblem, suggestion } from './shape.js';

export function checkDrafts(draft: Draft, scope: FactScope, report: Report): void {
  const stepIds = new Set(draft.plans.flatMap((p) => (p.value.steps ?? []).map((s) => s.id)));
  const planSteps = new Set(draft.plans.flatMap((p) => (p.value.steps ?? []).map((s) => `${p.value.id}/${s.id}`)));
  const kinds = new Map(scope.kinds);
  for (const name of DRAFT_VALUE_NAMES) kinds.set(name, name === 'minutes' || name === 'sessions' ? { type: 'number', min: 0 } : { type: 'string' });
  const textScope: FactScope = { ...scope, kinds, known: new Set([...scope.known, ...DRAFT_VALUE_NAMES]) };
  const itemScope: FactScope = { ...textScope, known: new Set([...textScope.known, ...DRAFT_ENTRY_NAMES]) };
  for (const item of draft.drafts) {
    const { id, subject, parts } = item.value;
    const problems: ShapeProblem[] = [];
    checkId(id, stepIds, planSteps, draft, problems);
    const text = (value: string, path: Path, inItem = false) => {
      checkPlaceholders({ value, file: item.file, path: [...item.path, ...path] }, inItem ? itemScope : textScope, report);
      const fill = fillInProblem(value);
      if (fill) problems.push({ path, message: `${fill} in the draft's text`, hint: 'Write what the person fills in as [[what you need decided]]: two brackets on each side, with words inside.' });
    };
    text(subject, ['subject']);
    parts.forEach((part, i) => checkPart(part, ['parts', i], { text, problems, draft, scope: textScope }));
    report.errors.push(...within(item, problems));
  }
}

function checkId(id: string, stepIds: Set<string>, planSteps: Set<string>, draft: Draft, problems: ShapeProblem[]): void {
  if ((STEP_KINDS as readonly string[]).includes(id)) return;
  if (id.includes('/')) {
    if (planSteps.has(id) || !draft.knownIds.plans.has(id.split('/')[0]!)) {
      if (!planSteps.has(id)) problems.push({ path: ['id'], acrossFiles: true, message: `draft "${id}" names no plan's step${suggestion(id, planSteps)}`, hint: 'Write plan-id/step-id as `commtriage rules list` shows them.' });
      return;
    }
    problems.push({ path: ['id'], acrossFiles: true, message: `plan "${id.split('/')[0]}" has no step "${id.split('/')[1]}"${suggestion(id, planSteps)}`, hint: 'Write plan-id/step-id as `commtriage rules list` shows them.' });
    return;
  }
  if (!stepIds.has(id)) {
    problems.push({ path: ['id'], acrossFiles: true, message: `draft "${id}" names no step${suggestion(id, [...stepIds, ...STEP_KINDS])}`, hint: 'Use written or live (the fallback for every step of that kind), a step id, or plan-id/step-id.' });
  }
}

interface PartChecks {
  text: (value: string, path: Path, inItem?: boolean) => void;
  problems: ShapeProblem[];
  draft: Draft;
  scope: FactScope;
}

function checkPart(part: DraftPart, path: Path, { text, problems, draft, scope }: PartChecks): void {
  const given = (['text', 'items', 'each'] as const).filter((key) => part[key] !== undefined);
  if (given.length !== 1) {
    problems.push({
      path,
      message: given.length === 0 ? 'a draft part needs text, items or each' : `a draft part takes one of text, items and each, not ${given.join(' and ')}`,
      hint: 'Split it into one part for each, in the order they should read.',
    });
  }
  if (part.item !== undefined && part.each === undefined) problems.push({ path: [...path, 'item'], atKey: true, message: '"item" is read only with "each"', hint: 'Add each: reply_by, times or people, or write the line as text.' });
  if (part.title !== undefined) text(part.title, [...path, 'title']);
  if (part.text !== undefined) text(part.text, [...path, 'text']);
  part.items?.forEach((line, i) => text(line, [...path, 'items', i]));
  if (part.item !== undefined) text(part.item, [...path, 'item'], true);
  if (part.when) problems.push(...checkCondition(part.when, [...path, 'when'], scope));
  checkItemIds(part.with, [...path, 'with'], draft, problems);
  checkItemIds(part.without, [...path, 'without'], draft, problems);
}

