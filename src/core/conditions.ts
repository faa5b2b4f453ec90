// Evaluating conditions over facts, recording every comparison (json-rules-engine's trail,
// typed, synchronous and pure). Operators are checked when a rule set is loaded, not here; what
// each one means is its row in operators.ts.
import { operator } from './operators.js';
import type { Condition, ConditionTrace, FactValue, Facts } from './types.js';

/** A fact that is absent reads as null: comparisons with it fail (except notEqual/notIn). */
const read = (facts: Facts, fact: string): FactValue => (Object.hasOwn(facts, fact) ? facts[fact]! : null);

/** Whether a condition holds, with the record of why. */
export function evaluate(condition: Condition, facts: Facts): ConditionTrace {
  if ('all' in condition) {
    const children = condition.all.map((c) => evaluate(c, facts));
    return { kind: 'all', passed: children.every((c) => c.passed), children };
  }
  if ('any' in condition) {
    const children = condition.any.map((c) => evaluate(c, facts));
    return { kind: 'any', passed: children.some((c) => c.passed), children };
  }
  if ('not' in condition) {
    const child = evaluate(condition.not, facts);
    return { kind: 'not', passed: !child.passed, child };
  }
  const actual = read(facts, condition.fact);
  return {
    kind: 'fact',
    passed: operator(condition.operator).test(actual, condition.value),
    fact: condition.fact,
    operator: condition.operator,
    expected: condition.value,
    actual,
  };
}

/** Whether a condition holds, without recording why: the same answer as evaluate(...).passed. */
export function holds(condition: Condition, facts: Facts): boolean {
  if ('all' in condition) return condition.all.every((c) => holds(c, facts));
  if ('any' in condition) return condition.any.some((c) => holds(c, facts));
  if ('not' in condition) return !holds(condition.not, facts);
  return operator(condition.operator).test(read(facts, condition.fact), condition.value);
}

/** Every fact name a condition reads, for validation and "question nothing reads" warnings. */
export function factsRead(condition: Condition, into: Set<string> = new Set()): Set<string> {
  if ('all' in condition) condition.all.forEach((c) => factsRead(c, into));
  else if ('any' in condition) condition.any.forEach((c) => factsRead(c, into));
  else if ('not' in condition) factsRead(condition.not, into);
  else into.add(condition.fact);
  return into;
}
