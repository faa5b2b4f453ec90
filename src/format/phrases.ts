// Plain-words phrasing of values and conditions, shared by --explain and `commtriage questions`.
// Readers never wrote a rule, so operators become short English phrases, one per operator.
import { OPERATOR_TABLE } from '../core/operators.js';
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

/** An operator's operand: a list ("one of a, b") bare, anything else as one value. */
const operand = (operator: OperatorName, expected: FactValue, style: ValueStyle): string =>
  OPERATOR_TABLE[operator].operand === 'list' ? showList(expected, style) : showValue(expected, style);

/** What a rule wants, for --explain: "wants more than 7". */
export function wantsPhrase(operator: OperatorName, expected: FactValue, style: ValueStyle = PEOPLE): string {
  const { wants } = OPERATOR_TABLE[operator];
  return `wants ${wants === '' ? '' : `${wants} `}${operand(operator, expected, style)}`;
}

/** A condition as a statement, for `questions`: "purpose is one of decision, kickoff". */
export function factStatement(
  fact: string,
  operator: OperatorName,
  expected: FactValue,
  style: ValueStyle = PEOPLE,
): string {
  return `${fact} ${OPERATOR_TABLE[operator].states} ${operand(operator, expected, style)}`;
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

// Fact statements of the calendar files (format/ical.ts): what the numbers are, not advice.
export const FOLLOWUP_DEADLINES = "Each reader's own reply-by:";
export const FOLLOWUP_CHASE = 'This reminder is due when the last of these deadlines has passed: chase whoever has not replied.';
export const FOLLOWUP_TITLE = 'Chase the replies';
export const THIS_EVENT = 'This event';
/** "Session 1 of 2: Asia/Tokyo, Australia/Sydney". */
export const SESSION_OF = (n: number, of: number, zones: readonly string[]): string => `Session ${n} of ${of}: ${zones.join(', ')}`;

/** "Priya is off on Fri 11 Dec; her reply-by moves from Fri 11 Dec 17:00 to Mon 14 Dec 17:00" (their own time). */
export function ownDaysPhrase(who: string, note: { what: 'reply-by' | 'meeting'; days: readonly string[]; from: string; to: string }): string {
  const days = note.days.length <= 1 ? note.days.join('') : `${note.days.slice(0, -1).join(', ')} and ${note.days.at(-1)}`;
  const moved = note.what === 'reply-by' ? 'their reply-by moves' : 'the meeting moves';
  return `${who} is off on ${days}; ${moved} from ${note.from} to ${note.to} (their time).`;
}
