// Plain-words phrasing of values and conditions, shared by --explain and `commtriage questions`.
// Readers never wrote a rule, so operators become short English phrases, one per operator.
import type { Condition, FactValue, OperatorName } from '../core/types.js';

export interface ValueStyle {
  /** Booleans as yes/no (for people) or true/false (for script authors, who send JSON). */
  booleans: 'yes-no' | 'true-false';
}

const PEOPLE: ValueStyle = { booleans: 'yes-no' };

/** One value: strings quoted, lists bare and comma-separated, null as "not set". */
export function showValue(value: FactValue, style: ValueStyle = PEOPLE): string {
  if (value === null) return 'not set';
  if (typeof value === 'boolean') {
    if (style.booleans === 'true-false') return String(value);
    return value ? 'yes' : 'no';
  }
  if (typeof value === 'string') return `"${value}"`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `[${value.join(', ')}]`;
  return String(value);
}

/** A list operand ("one of a, b") is written bare; anything else as one value. */
const showList = (value: FactValue, style: ValueStyle): string =>
  Array.isArray(value) ? (value.length === 0 ? 'nothing' : value.join(', ')) : showValue(value, style);

/** What a rule wants, for --explain: "wants more than 7". */
export function wantsPhrase(operator: OperatorName, expected: FactValue, style: ValueStyle = PEOPLE): string {
  const v = showValue(expected, style);
  const phrases: Record<OperatorName, string> = {
    equal: `wants ${v}`,
    notEqual: `wants anything but ${v}`,
    in: `wants one of ${showList(expected, style)}`,
    notIn: `wants none of ${showList(expected, style)}`,
    lessThan: `wants less than ${v}`,
    lessThanInclusive: `wants at most ${v}`,
    greaterThan: `wants more than ${v}`,
    greaterThanInclusive: `wants at least ${v}`,
    contains: `wants it to include ${v}`,
    doesNotContain: `wants it not to include ${v}`,
  };
  return phrases[operator];
}

/** A condition as a statement, for `questions`: "purpose is one of decision, kickoff". */
export function factStatement(
  fact: string,
  operator: OperatorName,
  expected: FactValue,
  style: ValueStyle = PEOPLE,
): string {
  const v = showValue(expected, style);
  const phrases: Record<OperatorName, string> = {
    equal: `is ${v}`,
    notEqual: `is not ${v}`,
    in: `is one of ${showList(expected, style)}`,
    notIn: `is none of ${showList(expected, style)}`,
    lessThan: `is less than ${v}`,
    lessThanInclusive: `is at most ${v}`,
    greaterThan: `is more than ${v}`,
    greaterThanInclusive: `is at least ${v}`,
    contains: `includes ${v}`,
    doesNotContain: `does not include ${v}`,
  };
  return `${fact} ${phrases[operator]}`;
}

/** A whole condition on one line; nested groups get parentheses so "and"/"or" never mix unclearly. */
export function describeCondition(condition: Condition, style: ValueStyle = PEOPLE): string {
  const nested = (c: Condition): string =>
    'all' in c || 'any' in c ? `(${describeCondition(c, style)})` : describeCondition(c, style);
  if ('all' in condition) {
    if (condition.all.length === 0) return 'always';
    return condition.all.map(nested).join(' and ');
  }
  if ('any' in condition) {
    if (condition.any.length === 0) return 'never';
    return condition.any.map(nested).join(' or ');
  }
  if ('not' in condition) return `not (${describeCondition(condition.not, style)})`;
  return factStatement(condition.fact, condition.operator, condition.value, style);
}
