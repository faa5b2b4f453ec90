// Plans once all files are merged: each step's channels, checklist and timing checked against the
// kind of step it is, and every plan read as steps (a plan in the older form, a mode with one
// checklist, becomes one step, or two for a hybrid).
import type { Channel, ChecklistItem, Plan, PlanSpec, Step, StepKind } from '../core/types.js';
import { itemFits, modeOfSteps } from '../core/steps.js';
import { parseWindow } from '../core/time/window.js';
import { type Report, checkChannelIds, checkItemIds, checkPlaceholders, within } from './check-items.js';
import type { Draft } from './merge.js';
import { type FactScope, checkCondition } from './check-conditions.js';
import type { Path, ShapeProblem } from './shape.js';

/** A plan as steps, its mode, order, channels and checklist derived from them. */
export function planOf(spec: PlanSpec, items: Map<string, ChecklistItem>, channels: Map<string, Channel>): Plan {
  const steps = spec.steps ? spec.steps.map((s): Step => ({ ...s, audience: s.audience ?? 'everyone' })) : olderSteps(spec, items, channels);
  const mode = modeOfSteps(steps);
  return {
    ...spec,
    steps,
    mode,
    ...(mode === 'hybrid' ? { order: steps[0]!.kind === 'live' ? 'meet-first' : 'write-first' } : {}),
    channels: [...new Set(steps.flatMap((s) => s.channels))],
    checklist: [...new Set(steps.flatMap((s) => s.checklist))],
  };
}

/** A plan in the older form: one written or live step, or a written and a live one in its order. */
function olderSteps(spec: PlanSpec, items: Map<string, ChecklistItem>, channels: Map<string, Channel>): Step[] {
  const mode = spec.mode ?? 'async';
  const all = spec.channels ?? [];
  const list = spec.checklist ?? [];
  const stepOf = (kind: StepKind): Step => {
    const want = kind === 'live' ? 'sync' : 'async';
    const own = all.filter((id) => channels.get(id)?.mode === want);
    return {
      id: kind === 'live' ? 'meet' : 'write',
      kind,
      label: spec.label,
      audience: 'everyone',
      channels: own.length > 0 ? own : all,
      checklist: list.filter((id) => {
        const item = items.get(id);
        return item === undefined || itemFits(item, kind, mode);
      }),
    };
  };
  if (mode === 'async') return [stepOf('written')];
  if (mode === 'sync') return [stepOf('live')];
  return spec.order === 'meet-first' ? [stepOf('live'), stepOf('written')] : [stepOf('written'), stepOf('live')];
}

export function checkPlans(draft: Draft, report: Report): void {
  const items = new Map(draft.checklist.map((c) => [c.value.id, c.value]));
  const channels = new Map(draft.channels.map((c) => [c.value.id, c.value]));
  for (const item of draft.plans) {
    const spec = item.value;
    const problems: ShapeProblem[] = [];
    if (spec.replyWithin !== undefined) checkWindow(spec.replyWithin, ['replyWithin'], problems);
    if (spec.steps) {
      for (const key of ['mode', 'order', 'channels', 'checklist'] as const) {
        if (spec[key] !== undefined) problems.push({ path: [key], atKey: true, message: `plan "${spec.id}" has steps, so "${key}" belongs to its steps`, hint: `Remove "${key}": with steps, the mode follows from them and each step names its own channels and checklist.` });
      }
      const seen = new Set<string>();
      spec.steps.forEach((step, i) => {
        if (seen.has(step.id)) problems.push({ path: ['steps', i, 'id'], message: `duplicate step id "${step.id}" in plan "${spec.id}"`, hint: 'Give each step of a plan its own id.' });
        seen.add(step.id);
        checkStep(step, ['steps', i], items, channels, draft, problems);
        const beside = [spec.steps![i - 1], spec.steps![i + 1]].some((s) => s?.kind === 'live');
        if (step.supporting && (step.kind !== 'written' || !beside)) {
          problems.push({ path: ['steps', i, 'supporting'], atKey: true, message: `step "${step.id}" is marked supporting but is not a written step next to a live one`, hint: 'supporting is for a written step that only prepares or reports the live step beside it; remove it here.' });
        }
      });
    } else {
      for (const key of ['mode', 'channels', 'checklist'] as const) {
        if (spec[key] === undefined) problems.push({ path: [], message: `plan "${spec.id}" has neither steps nor "${key}"`, hint: 'Give the plan steps (see docs/rule-format.md), or the older mode, channels and checklist.' });
      }
      if (problems.length === 0) {
        checkChannelIds(spec.channels, ['channels'], draft, problems);
        checkItemIds(spec.checklist, ['checklist'], draft, problems);
        if (spec.order !== undefined && spec.mode !== 'hybrid') problems.push({ path: ['order'], atKey: true, message: `"order" applies only to a hybrid plan, and "${spec.id}" is ${spec.mode}`, hint: 'Remove it, or make the plan hybrid.' });
        checkOlderChecklist(spec, items, problems);
      }
    }
    report.errors.push(...within(item, problems));
  }
}

function checkStep(step: PlanSpec['steps'] extends (infer S)[] | undefined ? S : never, path: Path, items: Map<string, ChecklistItem>, channels: Map<string, Channel>, draft: Draft, problems: ShapeProblem[]): void {
  const live = step.kind === 'live';
  checkChannelIds(step.channels, [...path, 'channels'], draft, problems);
  const wrong = step.channels.filter((id) => channels.get(id) && channels.get(id)!.mode !== (live ? 'sync' : 'async'));
  if (wrong.length > 0 && wrong.length === step.channels.length) {
    problems.push({ path: [...path, 'channels'], message: `step "${step.id}" is ${step.kind} but its channels (${wrong.join(', ')}) are ${live ? 'written' : 'live'}`, hint: `Name a ${live ? 'live (sync)' : 'written (async)'} channel.` });
  }
  checkItemIds(step.checklist, [...path, 'checklist'], draft, problems);
  step.checklist.forEach((ref, i) => {
    const c = items.get(ref);
    if (c && c.step && c.step !== step.kind) {
      problems.push({ path: [...path, 'checklist', i], message: `checklist item "${ref}" is for ${c.step} steps, and step "${step.id}" is ${step.kind}`, hint: 'A checklist must not contradict its step: remove it, or move it to a step it fits.' });
    }
  });
  const kinds = new Set(step.checklist.map((ref) => items.get(ref)?.kind));
  if (live && !kinds.has('goal')) problems.push({ path: [...path, 'checklist'], atKey: true, message: `step "${step.id}" meets live but names no goal item`, hint: 'Add an item with kind: goal (an agenda, or a one-line goal): no agenda, no meeting.' });
  if (!live && !kinds.has('deadline')) problems.push({ path: [...path, 'checklist'], atKey: true, message: `step "${step.id}" is written but names no deadline item`, hint: 'Add an item with kind: deadline (a reply-by time).' });
  const misplaced = (key: string, kind: string) => problems.push({ path: [...path, key], atKey: true, message: `"${key}" applies only to ${kind} steps, and "${step.id}" is ${step.kind}`, hint: `Remove "${key}", or make the step ${kind}.` });
  if (live && step.replyWithin !== undefined) misplaced('replyWithin', 'written');
  if (!live) for (const key of ['meetingMinutes', 'noticeHours', 'sessions', 'startsNow', 'justBefore'] as const) if (step[key] !== undefined) misplaced(key, 'live');
  if (step.replyWithin !== undefined) checkWindow(step.replyWithin, [...path, 'replyWithin'], problems);
}

function checkOlderChecklist(spec: PlanSpec, items: Map<string, ChecklistItem>, problems: ShapeProblem[]): void {
  const mode = spec.mode!;
  spec.checklist!.forEach((ref, i) => {
    const c = items.get(ref);
    if (c?.modes && !c.modes.includes(mode)) {
      problems.push({ path: ['checklist', i], message: `checklist item "${ref}" is for ${c.modes.join('/')} plans, and "${spec.id}" is ${mode}`, hint: "A checklist must not contradict its plan: remove it, or widen the item's modes." });
    }
  });
  const kinds = new Set(spec.checklist!.map((ref) => items.get(ref)?.kind));
  if (mode !== 'async' && !kinds.has('goal')) problems.push({ path: ['checklist'], atKey: true, message: `plan "${spec.id}" meets live but names no goal item`, hint: 'Add an item with kind: goal (an agenda, or a one-line goal): no agenda, no meeting.' });
  if (mode !== 'sync' && !kinds.has('deadline')) problems.push({ path: ['checklist'], atKey: true, message: `plan "${spec.id}" is written but names no deadline item`, hint: 'Add an item with kind: deadline (a reply-by time).' });
}

export function checkWindow(text: string, path: Path, problems: ShapeProblem[]): void {
  const parsed = parseWindow(text, '');
  if ('problem' in parsed) problems.push({ path, message: parsed.problem.message.replace(/\.$/, ''), hint: parsed.problem.hint ?? '' });
}

/** Steps' conditions and placeholders read the facts and the plan chosen, like checklist items. */
export function checkStepConditions(draft: Draft, scope: FactScope, report: Report): void {
  for (const item of draft.plans) {
    (item.value.steps ?? []).forEach((step, i) => {
      if (step.when) report.errors.push(...within(item, checkCondition(step.when, ['steps', i, 'when'], scope)));
      for (const key of ['label', 'who'] as const) {
        const text = step[key];
        if (text !== undefined) checkPlaceholders({ value: text, file: item.file, path: [...item.path, 'steps', i, key] }, scope, report);
      }
    });
  }
}
