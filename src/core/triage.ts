// Facts + rule set -> recommendation. Pure and deterministic: rules are visited in file order and
// every tie is broken by a fixed order, so the same answers always give the same advice.
import { evaluate, holds } from './conditions.js';
import { fillTemplate } from './template.js';
import type {
  ChecklistEntry,
  Facts,
  Outcome,
  Reason,
  Rule,
  RuleSet,
  RuleTrace,
  Triage,
} from './types.js';
import { OUTCOMES } from './types.js';

/** Tie order: fewer meetings first. */
const PREFERENCE: Outcome[] = ['async', 'hybrid', 'sync'];

const weightFor = (rule: Rule, outcome: Outcome): number => rule.effect[outcome] ?? 0;

interface Decision {
  outcome: Outcome;
  confidence: number;
  scores: Record<Outcome, number>;
  decisive?: Rule;
}

/** Facts -> the recommendation and its checklist. With `trace: false` no record of each comparison is made. */
export function triage(ruleSet: RuleSet, facts: Facts, options: { trace?: boolean } = {}): Triage {
  const { fired, trace } = fire(ruleSet, facts, options.trace !== false);
  const v = verdict(ruleSet, fired);
  return { ...v, checklist: checklistFor(ruleSet, facts, v.recommendation), ...(trace ? { trace } : {}) };
}

/** The rules whose conditions hold, in file order (and, if asked, the trace of every rule). */
function fire(ruleSet: RuleSet, facts: Facts, withTrace: boolean): { fired: Rule[]; trace?: RuleTrace[] } {
  if (!withTrace) return { fired: ruleSet.rules.filter((rule) => holds(rule.when, facts)) };
  const trace = ruleSet.rules.map((rule) => {
    const condition = evaluate(rule.when, facts);
    return { rule: rule.id, fired: condition.passed, condition };
  });
  return { fired: ruleSet.rules.filter((_, i) => trace[i]!.fired), trace };
}

type Verdict = Omit<Triage, 'checklist' | 'trace'>;

/** Everything but the checklist follows from which rules fired. */
function verdict(ruleSet: RuleSet, fired: Rule[]): Verdict {
  const decision = decide(fired, ruleSet.settings.hybridMargin);
  const { outcome } = decision;
  return {
    recommendation: outcome,
    label: ruleSet.outcomes[outcome].label,
    ...(outcome === 'hybrid' ? { hybridOrder: hybridOrder(fired) } : {}),
    channels: chooseChannels(ruleSet, fired, outcome),
    confidence: decision.confidence,
    scores: decision.scores,
    reasons: reasonsFor(fired, outcome, decision.decisive),
    meetingMinutes: Math.max(
      ruleSet.settings.meetingMinutes,
      ...fired.map((r) => r.effect.meetingMinutes ?? 0),
    ),
  };
}

function decide(fired: Rule[], hybridMargin: number): Decision {
  const excluded = new Set(fired.flatMap((r) => r.effect.exclude ?? []));
  const allowed = PREFERENCE.filter((o) => !excluded.has(o));
  const scores = { async: 0, sync: 0, hybrid: 0 } as Record<Outcome, number>;
  for (const rule of fired) for (const o of OUTCOMES) scores[o] += weightFor(rule, o);

  const decisive = fired
    .filter((r) => r.effect.decide && allowed.includes(r.effect.decide))
    .reduce<Rule | undefined>(
      (best, r) => (!best || (r.effect.priority ?? 0) > (best.effect.priority ?? 0) ? r : best),
      undefined,
    );

  const positive = (o: Outcome) => Math.max(0, scores[o]);
  // Weight for an excluded outcome still counts against certainty.
  const total = OUTCOMES.reduce((sum, o) => sum + positive(o), 0);
  const share = (o: Outcome) => (total > 0 ? positive(o) / total : 1);

  if (decisive) {
    const outcome = decisive.effect.decide!;
    const opposed = allowed.some((o) => o !== outcome && positive(o) > 0);
    return { outcome, scores, decisive, confidence: round2(opposed ? Math.max(0.75, share(outcome)) : 1) };
  }
  // Evidence pulling both ways about equally: write and meet, rather than pick a side.
  const a = positive('async');
  const s = positive('sync');
  const balanced = a > 0 && s > 0 && Math.abs(a - s) <= hybridMargin * Math.max(a, s);
  if (balanced && allowed.includes('async') && allowed.includes('sync') && allowed.includes('hybrid')) {
    return { outcome: 'hybrid', scores, confidence: round2(1 - Math.abs(a - s) / (a + s)) };
  }
  const fallback = allowed[0] ?? 'async';
  const outcome = allowed.reduce((best, o) => (scores[o] > scores[best] ? o : best), fallback);
  return { outcome, scores, confidence: round2(share(outcome)) };
}

function hybridOrder(fired: Rule[]): 'write-first' | 'meet-first' {
  const orders = fired.map((r) => r.effect.hybridOrder).filter((o) => o !== undefined);
  return orders.includes('meet-first') ? 'meet-first' : 'write-first';
}

/** How strongly a fired rule backs the chosen outcome; 0 means it is no reason for it. */
function support(rule: Rule, outcome: Outcome): number {
  if (rule.effect.decide === outcome) return Infinity;
  let strength = Math.max(0, weightFor(rule, outcome));
  // A hybrid draws on both sides: a push towards either counts, at half strength.
  if (outcome === 'hybrid') strength += Math.max(0, weightFor(rule, 'async'), weightFor(rule, 'sync')) / 2;
  // Weighing against another outcome, or ruling it out, also backs this one.
  for (const other of OUTCOMES) if (other !== outcome) strength += Math.max(0, -weightFor(rule, other));
  if ((rule.effect.exclude ?? []).some((o) => o !== outcome)) strength += 1;
  return strength;
}

function reasonsFor(fired: Rule[], outcome: Outcome, decisive?: Rule): Reason[] {
  return fired
    .map((rule, index) => ({ rule, index, weight: rule === decisive ? Infinity : support(rule, outcome) }))
    .filter((r) => r.weight > 0)
    .sort((x, y) => y.weight - x.weight || x.index - y.index)
    .map(({ rule, weight }) => ({
      rule: rule.id,
      text: rule.reason,
      weight: Number.isFinite(weight) ? round2(weight) : 100,
      source: rule.source,
    }));
}

function chooseChannels(ruleSet: RuleSet, fired: Rule[], outcome: Outcome): string[] {
  const modeOf = (id: string) => ruleSet.channels.find((c) => c.id === id)?.mode;
  const fits = (id: string) => outcome === 'hybrid' || modeOf(id) === outcome;
  const ranked = fired
    .map((rule, index) => ({ rule, index, weight: support(rule, outcome) }))
    .filter((r) => r.rule.effect.channels?.length)
    .sort((x, y) => y.weight - x.weight || x.index - y.index);
  const chosen: string[] = [];
  for (const { rule } of ranked) {
    for (const id of rule.effect.channels ?? []) if (fits(id) && !chosen.includes(id)) chosen.push(id);
  }
  if (outcome === 'hybrid') {
    // A hybrid needs one written and one live channel; fill whichever side the rules left empty.
    for (const mode of ['async', 'sync'] as const) {
      if (!chosen.some((id) => modeOf(id) === mode)) {
        const fill = ruleSet.outcomes.hybrid.channels.find((id) => modeOf(id) === mode);
        if (fill) chosen.push(fill);
      }
    }
    return chosen;
  }
  return chosen.length > 0 ? chosen : [...ruleSet.outcomes[outcome].channels];
}

function checklistFor(ruleSet: RuleSet, facts: Facts, outcome: Outcome): ChecklistEntry[] {
  return ruleSet.checklist
    .filter((item) => item.outcomes.includes(outcome) && (item.when === undefined || holds(item.when, facts)))
    .map((item) => ({ id: item.id, text: fillTemplate(item.text, facts), source: item.source }));
}

const round2 = (n: number) => Math.round(n * 100) / 100;
