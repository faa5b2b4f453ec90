// What `rules list` shows of each plan, in text and JSON alike: one function says which fields a
// plan lists (extend planListing, and a line in planLines).
import type { Plan, Step } from '../core/types.js';

export interface PlanListing {
  id: string;
  mode: Plan['mode'];
  label: string;
  channels: string[];
  checklist: string[];
  steps: Pick<Step, 'id' | 'kind' | 'audience' | 'label' | 'channels' | 'checklist'>[];
}

/** A plan as listed: what it is, its steps, where each goes, what each checklist names. */
export function planListing(plan: Plan): PlanListing {
  const steps = plan.steps.map(({ id, kind, audience, label, channels, checklist }) => ({ id, kind, audience, label, channels, checklist }));
  return { id: plan.id, mode: plan.mode, label: plan.label, channels: plan.channels, checklist: plan.checklist, steps };
}

/** The plans in text: "id (mode)  label", then each step with its channels and checklist. */
export function planLines(plans: Plan[]): string[] {
  const width = Math.max(...plans.map((p) => p.id.length + p.mode.length + 3), 4);
  const indent = ' '.repeat(width + 4);
  return plans.flatMap((plan) => {
    const { id, mode, label, steps } = planListing(plan);
    return [
      `  ${`${id} (${mode})`.padEnd(width)}  ${label}`,
      ...steps.flatMap((step, i) => [
        `${indent}${i + 1}. ${step.id} (${step.kind}, ${step.audience}): ${step.label}`,
        `${indent}   channels:  ${step.channels.join(', ')}`,
        `${indent}   checklist: ${step.checklist.join(', ') || 'none'}`,
      ]),
    ];
  });
}
