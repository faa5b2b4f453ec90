// What a plan's steps mean for the rest of the advice: which checklist items fit a kind of step,
// and the mode (async, sync, hybrid) a list of steps makes.
import type { ChecklistItem, Outcome, StepKind } from './types.js';

/** Whether an item fits a kind of step: its `step`, or (older rule files) the modes of plan it names. */
export function itemFits(item: ChecklistItem, kind: StepKind, mode: Outcome): boolean {
  if (item.step) return item.step === kind;
  if (!item.modes) return true;
  // [async, hybrid] is a written item and [sync, hybrid] a live one; [hybrid] alone fits either step of a hybrid.
  if (item.modes.includes(kind === 'live' ? 'sync' : 'async')) return true;
  if (item.modes.includes(kind === 'live' ? 'async' : 'sync')) return false;
  return mode === 'hybrid' && item.modes.includes('hybrid');
}

/**
 * Written steps only make async, live only sync, both hybrid; a written step that only prepares or
 * reports a live one (a brief, notes, a recap) belongs to the meeting and does not count.
 */
export function modeOfSteps(steps: readonly { kind: StepKind; supporting?: boolean }[]): Outcome {
  const kinds = new Set(steps.filter((s) => s.supporting !== true).map((s) => s.kind));
  if (kinds.size === 0) return 'async';
  return kinds.size === 2 ? 'hybrid' : kinds.has('live') ? 'sync' : 'async';
}
