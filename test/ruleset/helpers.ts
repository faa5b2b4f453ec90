// Runs the shipped rule set the way `commtriage ask` does: validate answers (defaults filled in),
// then advise(). Tests read only what a user sees: outcome, channels, reasons, checklist. A test
// that sets derived facts by hand (any overlap, without finding zones for it) runs triage, the
// engine advise() calls, on those facts.
import { needOf } from '../world.js';
import { advise } from '../../src/core/advise.js';
import { allFacts } from '../../src/core/facts.js';
import { triage } from '../../src/core/triage.js';
import type { Facts, Outcome, RuleSet } from '../../src/core/types.js';
import { builtInRulesDir, loadRuleSet } from '../../src/rules/load.js';

export const EXAMPLE_NOW = '2026-01-05T12:00:00Z';

export interface Run {
  recommendation: Outcome;
  hybridOrder?: string;
  channels: string[];
  /** The row that matched, the plan it chose and the adjustments applied. */
  row: string;
  plan: string;
  adjustments: string[];
  /** Checklist ids in display order, and their filled-in text. */
  checklist: string[];
  text: Record<string, string>;
  meetingMinutes: number;
  /** The plan's steps in order: kind, audience, channels, checklist ids. */
  steps: { id: string; kind: 'written' | 'live'; audience: string; channels: string[]; checklist: string[] }[];
}

export async function loadDefaults(): Promise<RuleSet> {
  return (await loadRuleSet(builtInRulesDir(), { origin: 'built-in', cwd: process.cwd() })).ruleSet;
}

export interface When {
  now?: string;
  zone?: string;
  /** Replaces derived facts, to test the rules' response to any overlap without finding zones for it. */
  facts?: Facts;
}

export function run(ruleSet: RuleSet, raw: Record<string, unknown>, when: When = {}): Run {
  const need = needOf(raw, ruleSet, { now: when.now ?? EXAMPLE_NOW, organizerZone: when.zone ?? 'UTC' });
  const advice = advise(ruleSet, need);
  const t = when.facts ? triage(ruleSet, allFacts(ruleSet.questions, need.answers, { ...advice.facts, ...when.facts })) : { ...advice, meetingMinutes: advice.meetingMinutes ?? 0 };
  return {
    recommendation: t.recommendation,
    ...(t.hybridOrder ? { hybridOrder: t.hybridOrder } : {}),
    channels: t.channels,
    row: t.row,
    plan: t.plan,
    adjustments: t.adjustments,
    checklist: t.checklist.map((c) => c.id),
    text: Object.fromEntries(t.checklist.map((c) => [c.id, c.text])),
    meetingMinutes: t.meetingMinutes,
    steps: t.steps.map((step) => ({ id: step.id, kind: step.kind, audience: step.audience, channels: step.channels, checklist: step.checklist.map((c) => c.id) })),
  };
}
