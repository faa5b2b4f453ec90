// Conditions that can never hold, for `rules validate` warnings: within one `all:`, the parts about
// one fact leave no value it could take (more than 10 and fewer than 5, equal to two values, equal
// and not equal to the same one, `in` lists with nothing in common), or one part asks for a value
// the fact never has (a number outside the question's min/max, every choice excluded).
// Pure and small on purpose: a typed condition and the facts' kinds in, one reason out.
import { OPERATOR_TABLE } from '../core/operators.js';
import type { Condition, FactCondition, FactValue } from '../core/types.js';
import type { FactKind } from './check-conditions.js';
import { type Path, show } from './shape.js';

export interface NeverHolds {
  /** The part to point at: the last of the parts that exclude each other. */
  path: Path;
  why: string;
}

/** Why a (well-typed) condition can never hold, if a simple reading shows it; else undefined. */
export function neverHolds(c: Condition, path: Path, kinds: Map<string, FactKind>): NeverHolds | undefined {
  if ('any' in c) {
    if (c.any.length === 0) return { path, why: 'an empty "any" never holds' };
    const each = c.any.map((child, i) => neverHolds(child, [...path, 'any', i], kinds));
    return each.every(Boolean) ? { path, why: `none of its "any" parts can hold (${each[0]!.why})` } : undefined;
  }
  if ('not' in c) return undefined;
  const facts: Part[] = [];
  for (const [child, at] of conjuncts(c, path)) {
    if ('fact' in child) facts.push({ c: child, path: at });
    else {
      const found = neverHolds(child, at, kinds);
      if (found) return found;
    }
  }
  return exclusive(facts, kinds);
}

interface Part {
  c: FactCondition;
  path: Path;
}

/** The parts of nested `all`s, flattened: they all must hold at once. */
function conjuncts(c: Condition, path: Path): [Condition, Path][] {
  if (!('all' in c)) return [[c, path]];
  return c.all.flatMap((child, i) => conjuncts(child, [...path, 'all', i]));
}

/** The first fact whose parts exclude each other, with the fewest parts that do. */
export function exclusive(parts: Part[], kinds: Map<string, FactKind>): NeverHolds | undefined {
  const byFact = new Map<string, Part[]>();
  for (const p of parts) {
    const list = byFact.get(p.c.fact);
    if (list) list.push(p);
    else byFact.set(p.c.fact, [p]);
  }
  for (const [fact, list] of byFact) {
    const kind = kinds.get(fact);
    const alone = list.find((p) => empty([p.c], kind));
    const clash = alone ? [alone] : empty(list.map((p) => p.c), kind) ? fewest(list, kind) : undefined;
    if (clash) return { path: clash.at(-1)!.path, why: explain(fact, clash.map((p) => p.c), kind) };
  }
  return undefined;
}

/** Drops parts one by one while the rest still exclude each other: what is left all matters. */
function fewest(list: Part[], kind: FactKind | undefined): Part[] {
  let kept = list;
  for (const p of list) {
    const without = kept.filter((k) => k !== p);
    if (without.length > 0 && empty(without.map((k) => k.c), kind)) kept = without;
  }
  return kept;
}

/** True when no value of the fact satisfies every condition (with the fact's own range, if `kind`). */
export function empty(conds: FactCondition[], kind: FactKind | undefined): boolean {
  let lo = kind?.type === 'number' ? (kind.min ?? -Infinity) : -Infinity;
  let hi = kind?.type === 'number' ? (kind.max ?? Infinity) : Infinity;
  let loOpen = false;
  let hiOpen = false;
  const integer = kind?.type === 'number' && kind.integer === true;
  // Sets: a part's list may hold a thousand values, and an "all" may hold many parts.
  let allowed: Set<FactValue> | undefined = kind?.type === 'choice' ? new Set(kind.choices) : kind?.type === 'boolean' ? new Set([true, false]) : undefined;
  const excluded = new Set<FactValue>();
  const included: FactValue[] = [];
  const only = (values: FactValue[]): void => {
    const given = new Set(values);
    allowed = allowed ? new Set([...allowed].filter((v) => given.has(v))) : given;
  };
  for (const { operator, value } of conds) {
    const n = typeof value === 'number' ? value : NaN;
    if (operator === 'equal') only([value]);
    else if (operator === 'in') only(Array.isArray(value) ? value : [value]);
    else if (operator === 'notEqual') excluded.add(value);
    else if (operator === 'notIn') (Array.isArray(value) ? value : [value]).forEach((v) => excluded.add(v));
    else if (operator === 'contains') included.push(value);
    else if (operator === 'doesNotContain') excluded.add(value);
    else if (operator === 'greaterThan' && (n > lo || (n === lo && !loOpen))) [lo, loOpen] = [n, true];
    else if (operator === 'greaterThanInclusive' && n > lo) [lo, loOpen] = [n, false];
    else if (operator === 'lessThan' && (n < hi || (n === hi && !hiOpen))) [hi, hiOpen] = [n, true];
    else if (operator === 'lessThanInclusive' && n < hi) [hi, hiOpen] = [n, false];
  }
  if (kind?.type === 'zones') return included.some((z) => excluded.has(z));
  const numeric = kind?.type === 'number' || Number.isFinite(lo) || Number.isFinite(hi);
  const within = (v: FactValue): boolean =>
    !numeric || (typeof v === 'number' && (loOpen ? v > lo : v >= lo) && (hiOpen ? v < hi : v <= hi) && (!integer || Number.isInteger(v)));
  if (allowed) return ![...allowed].some((v) => within(v) && !excluded.has(v));
  if (!numeric) return false;
  // The whole numbers (or the one number) left between the bounds, if few: are they all excluded?
  const first = integer ? (loOpen ? Math.floor(lo) + 1 : Math.ceil(lo)) : lo;
  const last = integer ? (hiOpen ? Math.ceil(hi) - 1 : Math.floor(hi)) : hi;
  if (first > last || (!integer && first === last && (loOpen || hiOpen))) return true;
  if (integer && last - first < excluded.size) {
    for (let v = first; v <= last; v++) if (!excluded.has(v)) return false;
    return true;
  }
  return !integer && first === last && excluded.has(first);
}

/** The reason in words, e.g. `it asks "attendees" to be both more than 10 and less than 5`. */
function explain(fact: string, conds: FactCondition[], kind: FactKind | undefined): string {
  const one = conds[0]!;
  if (conds.length === 1 && one.operator === 'in' && Array.isArray(one.value) && one.value.length === 0) return `"${fact}" in an empty list never holds`;
  if (kind?.type === 'zones') return `it asks "${fact}" both to include and not to include ${show(one.value)}`;
  const range = empty(conds, undefined) ? undefined : rangeOf(fact, conds, kind);
  if (conds.length === 1) return `${range ?? `"${fact}" never has that value`}, so "${fact} ${one.operator} ${show(one.value)}" never holds`;
  const phrases = conds.map(({ operator, value }) => `${OPERATOR_TABLE[operator].wants} ${show(value)}`.trim());
  const listed = phrases.length === 2 ? `both ${phrases[0]} and ${phrases[1]}` : `${phrases.slice(0, -1).join(', ')} and ${phrases.at(-1)}`;
  return `it asks "${fact}" to be ${listed}${range ? `, and ${range}` : ''}`;
}

/** What the fact can be at all, as the reason an otherwise possible part is not. */
function rangeOf(fact: string, conds: FactCondition[], kind: FactKind | undefined): string | undefined {
  if (kind?.type === 'choice') return `"${fact}" is always one of ${kind.choices.join(', ')}`;
  if (kind?.type === 'boolean') return `"${fact}" is always true or false`;
  if (kind?.type !== 'number') return undefined;
  const lo = kind.min ?? -Infinity;
  const hi = kind.max ?? Infinity;
  // Said only when it matters: 2.5 people, or more than 2 and fewer than 3.
  const whole = kind.integer && !empty(conds, { ...kind, integer: false }) ? 'a whole number ' : '';
  if (Number.isFinite(lo) && Number.isFinite(hi)) return `"${fact}" is always ${whole}between ${lo} and ${hi}`;
  if (Number.isFinite(lo)) return `"${fact}" is always ${whole}at least ${lo}`;
  if (Number.isFinite(hi)) return `"${fact}" is always ${whole}at most ${hi}`;
  return whole ? `"${fact}" is always a whole number` : undefined;
}
