// What `rules list` shows of each plan, in text and JSON alike: one function says which fields a
// plan lists (extend planListing, and a line in planLines).
import type { Plan } from '../core/types.js';

export interface PlanListing {
  id: string;
  mode: Plan['mode'];
  label: string;
  channels: string[];
  checklist: string[];
}

/** A plan as listed: what it is, where it goes, what its own checklist names. */
export function planListing(plan: Plan): PlanListing {
  return { id: plan.id, mode: plan.mode, label: plan.label, channels: plan.channels, checklist: plan.checklist };
}

/** The plans in text: "id (mode)  label", then its channels and checklist on lines of their own. */
export function planLines(plans: Plan[]): string[] {
  const width = Math.max(...plans.map((p) => p.id.length + p.mode.length + 3), 4);
  const under = (name: string, list: string[]): string => `  ${' '.repeat(width)}  ${`${name}:`.padEnd(11)}${list.join(', ') || 'none'}`;
  return plans.flatMap((plan) => {
    const { id, mode, label, channels, checklist } = planListing(plan);
    return [`  ${`${id} (${mode})`.padEnd(width)}  ${label}`, under('channels', channels), under('checklist', checklist)];
  });
}
