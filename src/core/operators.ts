// Every operator a condition may use, described once: its test, the kinds of fact it applies to,
// whether it compares with one value or a list, and how it reads in plain words. Validation
// (src/rules/check-conditions.ts), evaluation (conditions.ts), explanation (src/format/phrases.ts)
// and the JSON Schema (src/rules/rule-shapes.ts) all read this table.
import type { FactValue } from './types.js';

/** What a fact holds, as far as operators care. */
export type ValueKind = 'choice' | 'number' | 'boolean' | 'string' | 'zones';

export interface Operator {
  /** The fact's value (null when not answered) against the value written in the rule. */
  test: (actual: FactValue, expected: FactValue) => boolean;
  /** The kinds of fact it applies to. */
  kinds: readonly ValueKind[];
  /** It compares with a list of values (in, notIn) or with one value. */
  operand: 'one' | 'list';
  /** "attendees is at least 8". */
  states: string;
  /** "wants at least 8" (empty: "wants 8"). */
  wants: string;
  /** Symbols people write by habit, for did-you-mean. */
  symbols?: readonly string[];
}

const SCALARS = ['choice', 'number', 'boolean', 'string'] as const;
const isIn = (actual: FactValue, list: FactValue): boolean => Array.isArray(list) && list.includes(actual as never);
const has = (actual: FactValue, item: FactValue): boolean => Array.isArray(actual) && actual.includes(item as never);
const compare =
  (holds: (a: number, b: number) => boolean) =>
  (actual: FactValue, expected: FactValue): boolean =>
    typeof actual === 'number' && typeof expected === 'number' && holds(actual, expected);

export const OPERATOR_TABLE = {
  equal: { test: (a, e) => a === e, kinds: SCALARS, operand: 'one', states: 'is', wants: '', symbols: ['=', '=='] },
  notEqual: { test: (a, e) => a !== e, kinds: SCALARS, operand: 'one', states: 'is not', wants: 'anything but', symbols: ['!='] },
  in: { test: isIn, kinds: SCALARS, operand: 'list', states: 'is one of', wants: 'one of' },
  notIn: { test: (a, e) => !isIn(a, e), kinds: SCALARS, operand: 'list', states: 'is none of', wants: 'none of' },
  lessThan: { test: compare((a, b) => a < b), kinds: ['number'], operand: 'one', states: 'is less than', wants: 'less than', symbols: ['<'] },
  lessThanInclusive: { test: compare((a, b) => a <= b), kinds: ['number'], operand: 'one', states: 'is at most', wants: 'at most', symbols: ['<='] },
  greaterThan: { test: compare((a, b) => a > b), kinds: ['number'], operand: 'one', states: 'is more than', wants: 'more than', symbols: ['>'] },
  greaterThanInclusive: { test: compare((a, b) => a >= b), kinds: ['number'], operand: 'one', states: 'is at least', wants: 'at least', symbols: ['>='] },
  contains: { test: has, kinds: ['zones'], operand: 'one', states: 'includes', wants: 'it to include' },
  doesNotContain: { test: (a, e) => !has(a, e), kinds: ['zones'], operand: 'one', states: 'does not include', wants: 'it not to include' },
} as const satisfies Record<string, Operator>;

export type OperatorName = keyof typeof OPERATOR_TABLE;
export const OPERATORS = Object.keys(OPERATOR_TABLE) as OperatorName[];

export const operator = (name: OperatorName): Operator => OPERATOR_TABLE[name];

/** The operators that apply to a kind of fact, e.g. for a hint. */
export const operatorsFor = (kind: ValueKind): OperatorName[] =>
  OPERATORS.filter((name) => (OPERATOR_TABLE[name].kinds as readonly ValueKind[]).includes(kind));
