// Evaluating conditions over facts, recording every comparison (json-rules-engine's trail,
// typed, synchronous and pure). Operators are checked when a rule set is loaded, not here.
import type { Condition, ConditionTrace, FactValue, Facts } from './types.js';

const num = (v: FactValue): number | undefined => (typeof v === 'number' ? v : undefined);
const list = (v: FactValue): FactValue[] => (Array.isArray(v) ? v : []);

/** A fact that is absent evaluates as null: comparisons with it fail (except notEqual/notIn). */
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
  const actual = Object.hasOwn(facts, condition.fact) ? facts[condition.fact]! : null;
  const passed = testOf(condition)(facts); // each operator's meaning is stated once, in compile
  return {
    kind: 'fact',
    passed,
    fact: condition.fact,
    operator: condition.operator,
    expected: condition.value,
    actual,
  };
}

/**
 * Whether a condition holds, without recording why: the same answer as evaluate(...).passed,
 * from a function made once per condition (a batch asks the same rules a million times).
 */
export function holds(condition: Condition, facts: Facts): boolean {
  return testOf(condition)(facts);
}

export type Test = (facts: Facts) => boolean;
const compiled = new WeakMap<Condition, Test>();

function testOf(condition: Condition): Test {
  let test = compiled.get(condition);
  if (test === undefined) compiled.set(condition, (test = compile(condition)));
  return test;
}

/**
 * The tests for the `when` of each of a list of rules or items (undefined where there is none),
 * made once per list: evaluating a rule set is then one lookup, not one per condition.
 */
export function testsOf(list: readonly { when?: Condition }[]): readonly (Test | undefined)[] {
  let tests = compiledLists.get(list);
  if (tests === undefined) compiledLists.set(list, (tests = list.map(({ when }) => (when ? testOf(when) : undefined))));
  return tests;
}

const compiledLists = new WeakMap<object, readonly (Test | undefined)[]>();

/**
 * What each operator means, one function per comparison with the expected value bound in (the
 * trail of evaluate() uses the same functions). The fact is compared where it is read: a call
 * through a shared table of operators made V8 box every decimal fact on each evaluation, a
 * million times a batch.
 */
function compile(condition: Condition): Test {
  if ('all' in condition) {
    const children = condition.all.map(compile);
    return (facts) => {
      for (const test of children) if (!test(facts)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const children = condition.any.map(compile);
    return (facts) => {
      for (const test of children) if (test(facts)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const child = compile(condition.not);
    return (facts) => !child(facts);
  }
  const { fact, value } = condition;
  const read = (facts: Facts): FactValue => (Object.hasOwn(facts, fact) ? facts[fact]! : null);
  const listed = list(value);
  const n = num(value);
  switch (condition.operator) {
    case 'equal':
      return (facts) => read(facts) === value;
    case 'notEqual':
      return (facts) => read(facts) !== value;
    case 'in':
      return (facts) => listed.includes(read(facts) as never);
    case 'notIn':
      return (facts) => !listed.includes(read(facts) as never);
    case 'contains':
      return (facts) => {
        const a = read(facts);
        return Array.isArray(a) && a.includes(value as never);
      };
    case 'doesNotContain':
      return (facts) => {
        const a = read(facts);
        return !(Array.isArray(a) && a.includes(value as never));
      };
  }
  if (n === undefined) return () => false; // a numeric comparison with a value that is not a number
  switch (condition.operator) {
    case 'lessThan':
      return (facts) => {
        const a = read(facts);
        return typeof a === 'number' && a < n;
      };
    case 'lessThanInclusive':
      return (facts) => {
        const a = read(facts);
        return typeof a === 'number' && a <= n;
      };
    case 'greaterThan':
      return (facts) => {
        const a = read(facts);
        return typeof a === 'number' && a > n;
      };
    case 'greaterThanInclusive':
      return (facts) => {
        const a = read(facts);
        return typeof a === 'number' && a >= n;
      };
  }
}

/** Every fact name a condition reads, for validation and "question nothing reads" warnings. */
export function factsRead(condition: Condition, into: Set<string> = new Set()): Set<string> {
  if ('all' in condition) condition.all.forEach((c) => factsRead(c, into));
  else if ('any' in condition) condition.any.forEach((c) => factsRead(c, into));
  else if ('not' in condition) factsRead(condition.not, into);
  else into.add(condition.fact);
  return into;
}
