// Checks a condition against the facts the rule set knows: the fact exists, the operator fits
// its type, and the value fits the fact (a choice value, a number, true/false, a zone name).
// Conditions that can never hold are found in warn-conditions.ts, for warnings.
import { checkZone as checkZoneName, zoneNames } from '../core/time/zones.js';
import { DERIVED_FACTS } from '../core/facts-catalog.js';
import { OPERATOR_TABLE, type Operator, operatorsFor } from '../core/operators.js';
import type { Condition, FactCondition, FactValue, Question } from '../core/types.js';
import { type Path, type ShapeProblem, show, suggestion } from './shape.js';
import { MAX_CONDITION_LIST, listTooLong } from './limits.js';

export type FactKind =
  | { type: 'choice'; choices: string[] }
  | { type: 'number'; min?: number; max?: number; integer?: boolean }
  | { type: 'boolean' }
  | { type: 'zones' }
  | { type: 'string' };

export interface FactScope {
  /** Kinds of the facts whose definitions are sound. */
  kinds: Map<string, FactKind>;
  /** Every fact name that exists (including questions with shape problems). */
  known: Set<string>;
  /** For a question's `when`: why a known fact may not be read here, if it may not. */
  refuse?: (fact: string) => ShapeProblem | undefined;
}

export function questionKind(q: Question): FactKind {
  switch (q.type) {
    case 'choice':
      return { type: 'choice', choices: (q.choices ?? []).map((c) => c.value) };
    case 'number':
      return { type: 'number', min: q.min, max: q.max, integer: q.integer };
    default:
      return { type: q.type };
  }
}

export function derivedKinds(): Map<string, FactKind> {
  return new Map(DERIVED_FACTS.map((f): [string, FactKind] => [f.name, f.type === 'number' ? { type: 'number', min: f.min, max: f.max } : { type: 'string' }]));
}

const kindName = (k: FactKind): string => (k.type === 'zones' ? 'a list of time zones' : k.type === 'boolean' ? 'true/false' : `a ${k.type}`);

export function checkCondition(c: Condition, path: Path, scope: FactScope, out: ShapeProblem[] = []): ShapeProblem[] {
  if ('all' in c) c.all.forEach((child, i) => checkCondition(child, [...path, 'all', i], scope, out));
  else if ('any' in c) c.any.forEach((child, i) => checkCondition(child, [...path, 'any', i], scope, out));
  else if ('not' in c) checkCondition(c.not, [...path, 'not'], scope, out);
  else checkFactCondition(c, path, scope, out);
  return out;
}

function checkFactCondition(c: FactCondition, path: Path, scope: FactScope, out: ShapeProblem[]): void {
  const at = (key: string): Path => [...path, key];
  // Why a name may not be read here, before whether it exists at all: a row reading `plan` hears why.
  const refused = scope.refuse?.(c.fact);
  if (refused) {
    out.push({ ...refused, path: at('fact') });
    return;
  }
  if (!scope.known.has(c.fact)) {
    out.push(unknownFact(c.fact, at('fact'), scope));
    return;
  }
  const kind = scope.kinds.get(c.fact);
  if (!kind) return; // its definition has problems of its own
  const op = c.operator;
  const row: Operator = OPERATOR_TABLE[op];
  if (!row.kinds.includes(kind.type)) {
    const fits = operatorsFor(kind.type);
    out.push({
      path: at('operator'),
      message: `operator "${op}" does not apply to "${c.fact}", which is ${kindName(kind)}`,
      hint: `For ${kindName(kind)} use ${fits.slice(0, -1).join(', ')} or ${fits.at(-1)}${kind.type === 'zones' ? ', with one zone name' : ''}.`,
    });
    return;
  }
  if (kind.type === 'zones') return checkZone(c.value, at('value'), out);
  if (row.operand === 'list') {
    if (!Array.isArray(c.value)) {
      out.push({ path: at('value'), message: `operator "${op}" needs a list value, got ${show(c.value)}`, hint: 'Write the value as a list, e.g. value: [a, b].' });
      return;
    }
    if (c.value.length > MAX_CONDITION_LIST) {
      out.push({ path: at('value'), ...listTooLong(op, c.value.length) });
      return;
    }
    c.value.forEach((v, i) => checkElement(kind, c.fact, v, [...path, 'value', i], out));
    return;
  }
  if (Array.isArray(c.value)) {
    out.push({ path: at('value'), message: `operator "${op}" compares with one value, got a list`, hint: 'Use "in" or "notIn" to compare with a list.' });
    return;
  }
  checkElement(kind, c.fact, c.value, at('value'), out);
}

function checkElement(kind: FactKind, fact: string, v: FactValue, path: Path, out: ShapeProblem[]): void {
  if (kind.type === 'choice') {
    if (typeof v !== 'string' || !kind.choices.includes(v)) {
      const near = typeof v === 'string' ? suggestion(v, kind.choices) : '';
      // The choices may be defined in another file (a question, or the plans a condition names).
      out.push({ path, acrossFiles: true, message: `${show(v)} is not a choice of "${fact}"${near}`, hint: `Choices: ${kind.choices.join(', ')}.` });
    }
    return;
  }
  const want = kind.type === 'zones' ? 'string' : kind.type;
  if (typeof v !== want) {
    const yesNo = kind.type === 'boolean' ? ' Write true or false (yes/no are text in YAML 1.2).' : '';
    out.push({ path, message: `"${fact}" is ${kindName(kind)}, so the value should be too, got ${show(v)}`, hint: `Give ${kindName(kind)}.${yesNo}` });
  }
}

/** A zone a rule file names: accepted exactly as an answer's zone would be (core/time/zones.ts), city names aside. */
export function checkZone(v: unknown, path: Path, out: ShapeProblem[]): void {
  const checked = typeof v === 'string' ? checkZoneName(v) : undefined;
  if (checked !== undefined && !('problem' in checked)) return;
  const abbreviation = checked?.problem.message.includes('abbreviation') ? checked.problem.hint : undefined;
  const near = typeof v === 'string' && !abbreviation ? suggestion(v, zoneNames()) : '';
  out.push({ path, message: `${show(v)} is not a time zone${near}`, hint: abbreviation ?? 'Use an IANA zone name such as Europe/Berlin or America/New_York.' });
}

/** Unknown fact names in a condition that has shape problems elsewhere (read defensively). */
export function checkFactNames(c: unknown, path: Path, scope: FactScope, out: ShapeProblem[] = []): ShapeProblem[] {
  if (typeof c !== 'object' || c === null || Array.isArray(c)) return out;
  const node = c as Record<string, unknown>;
  for (const key of ['all', 'any'] as const) {
    const list = node[key];
    if (Array.isArray(list)) list.forEach((child, i) => checkFactNames(child, [...path, key, i], scope, out));
  }
  if (Object.hasOwn(node, 'not')) checkFactNames(node['not'], [...path, 'not'], scope, out);
  const fact = node['fact'];
  if (typeof fact === 'string' && !scope.known.has(fact)) out.push(unknownFact(fact, [...path, 'fact'], scope));
  return out;
}

const unknownFact = (fact: string, path: Path, scope: FactScope): ShapeProblem => ({
  path,
  acrossFiles: true,
  message: `unknown fact "${fact}"${suggestion(fact, scope.known)}`,
  hint: `A condition reads a question id or a derived fact: ${[...scope.known].join(', ')}.`,
});
