// What to do with a meeting: the verdict table of the rule set (`verdicts:`, rules/audit.yaml),
// read top to bottom over the meeting's facts (core/audit-facts.ts); the first row that holds
// decides. Pure.
import { holds } from '../core/conditions.js';
import { fillTemplate } from '../core/template.js';
import type { Facts, RuleSet, VerdictKind } from '../core/types.js';

export interface Verdict {
  verdict: VerdictKind;
  /** The row that decided. */
  row: string;
  reason: string;
  source: string;
}

export function verdictOf(ruleSet: RuleSet, facts: Facts, texts: Record<string, string>): Verdict {
  const row = (ruleSet.verdicts ?? []).find((v) => v.when === undefined || holds(v.when, facts));
  if (!row) return { verdict: 'review', row: '', reason: 'No verdict row of the rule set matched this meeting.', source: 'commtriage' };
  return { verdict: row.verdict, row: row.id, reason: fillTemplate(row.reason, { ...facts, ...texts }), source: row.source };
}
