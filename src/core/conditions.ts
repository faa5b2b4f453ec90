// Evaluating conditions over facts (json-rules-engine's trail, typed, synchronous and pure): one
// evaluator, which records every comparison only when asked. Operators are checked when a rule
// set is loaded, not here; what each one means is its row in operators.ts.
import { operator } from './operators.js';
import type { Condition, ConditionTrace, FactValue, Facts } from './types.js';

/** A fact that is absent reads as null: comparisons with it fail (except notEqual/notIn). */
const read = (facts: Facts, fact: string): FactValue => (Object.hasOwn(facts, fact) ? facts[fact]! : null);

/**
 * Whether the condition holds. With a trail, every part is evaluated (no short cut) and its
 * record pushed there; without one, `all` and `any` stop as soon as the answer is known.
 */
function check(condition: Condition, facts: Facts, trail?: ConditionTrace[]): boolean {
  if ('fact' in condition) {
    const actual = read(facts, condition.fact);
    const passed = operator(condition.operator).test(actual, condition.value);
    trail?.push({ kind: 'fact', passed, fact: condition.fact, operator: condition.operator, expected: condition.value, actual });
    return passed;
  }
  if ('not' in condition) {
    const child: ConditionTrace[] | undefined = trail && [];
    const passed = !check(condition.not, facts, child);
    trail?.push({ kind: 'not', passed, child: child![0]! });
    return passed;
  }
  const all = 'all' in condition;
  const list = all ? condition.all : condition.any;
  if (trail === undefined) return all ? list.every((c) => check(c, facts)) : list.some((c) => check(c, facts));
  const children: ConditionTrace[] = [];
  for (const c of list) check(c, facts, children);
  const passed = all ? children.every((c) => c.passed) : children.some((c) => c.passed);
  trail.push(all ? { kind: 'all', passed, children } : { kind: 'any', passed, children });
  return passed;
}

/** Whether a condition holds, with the record of why (--explain). */
export function evaluate(condition: Condition, facts: Facts): ConditionTrace {
  const trail: ConditionTrace[] = [];
  check(condition, facts, trail);
  return trail[0]!;
}

/** Whether a condition holds, without recording why: the same answer as evaluate(...).passed. */
export const holds = (condition: Condition, facts: Facts): boolean => check(condition, facts);

/** Every fact name a condition reads, for validation and "question nothing reads" warnings. */
export function factsRead(condition: Condition, into: Set<string> = new Set()): Set<string> {
  if ('all' in condition) condition.all.forEach((c) => factsRead(c, into));
  else if ('any' in condition) condition.any.forEach((c) => factsRead(c, into));
  else if ('not' in condition) factsRead(condition.not, into);
  else into.add(condition.fact);
  return into;
}
