// Runs the shipped rule set the way `commtriage ask` does: validate answers (defaults filled in),
// derive facts, triage. Tests read only what a user sees: outcome, channels, reasons, checklist.
import { validateAnswers } from '../../src/answers/validate.js';
import { deriveFacts, zoneList } from '../../src/core/facts.js';
import { timeFacts } from '../../src/core/time/facts.js';
import { triage } from '../../src/core/triage.js';
import type { Facts, Outcome, RuleSet } from '../../src/core/types.js';
import { formatProblem } from '../../src/errors.js';
import { builtInRulesDir, loadRuleSet } from '../../src/rules/load.js';

export const EXAMPLE_NOW = '2026-01-05T12:00:00Z';

export interface Run {
  recommendation: Outcome;
  hybridOrder?: string;
  channels: string[];
  fired: string[];
  /** Checklist ids in display order, and their filled-in text. */
  checklist: string[];
  text: Record<string, string>;
  meetingMinutes: number;
}

export async function loadDefaults(): Promise<RuleSet> {
  return (await loadRuleSet(builtInRulesDir(), { origin: 'built-in' })).ruleSet;
}

export interface When {
  now?: string;
  zone?: string;
  /** Replaces derived facts, to test the rules' response to any overlap without finding zones for it. */
  facts?: Facts;
}

export function run(ruleSet: RuleSet, raw: Record<string, unknown>, when: When = {}): Run {
  const organizerZone = when.zone ?? 'UTC';
  const checked = validateAnswers(raw, ruleSet.questions, { organizerZone });
  if ('problems' in checked) throw new Error(checked.problems.map(formatProblem).join('\n'));
  const zones = zoneList(checked.answers.timezones, organizerZone);
  const urgency = String(checked.answers.urgency);
  const time = timeFacts(zones, { now: when.now ?? EXAMPLE_NOW, organizerZone }, ruleSet.settings, urgency);
  const facts = { ...checked.answers, ...deriveFacts(checked.answers, ruleSet.settings, time), ...when.facts };
  const t = triage(ruleSet, facts);
  return {
    recommendation: t.recommendation,
    ...(t.hybridOrder ? { hybridOrder: t.hybridOrder } : {}),
    channels: t.channels,
    fired: t.trace!.filter((r) => r.fired).map((r) => r.rule),
    checklist: t.checklist.map((c) => c.id),
    text: Object.fromEntries(t.checklist.map((c) => [c.id, c.text])),
    meetingMinutes: t.meetingMinutes,
  };
}
