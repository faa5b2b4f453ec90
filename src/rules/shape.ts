// A tiny schema description with two readers: `checkShape` validates plain data (problems with
// paths such as ['rules', 3, 'when', 'all', 0, 'operator']) and `toJsonSchema` writes JSON Schema
// (draft-07, in schema.ts) for editors and Ajv. One source, so the runtime checks and the schema cannot drift.
import { closest, closestName } from '../core/suggest.js';
import { FORBIDDEN_KEYS } from '../core/record.js';
import { shown } from '../text/safe.js';

export type Path = (string | number)[];

export interface ShapeProblem {
  path: Path;
  message: string;
  hint?: string;
  /** The problem is the key itself (an unknown key): point at the key, not its value. */
  atKey?: boolean;
  /** It names something another file may define (a fact, a channel, an outcome): unsure while a file is unreadable. */
  acrossFiles?: boolean;
}

interface Described {
  /** Shown in editors (JSON Schema description) and in "is missing" hints. */
  description?: string;
}
export interface StringShape extends Described {
  kind: 'string';
  pattern?: string;
  /** Plain words for the pattern, e.g. "lower-case letters, digits and -". */
  patternHint?: string;
  noun?: string;
  minLength?: number;
}
export interface NumberShape extends Described {
  kind: 'number';
  min?: number;
  max?: number;
  integer?: boolean;
}
export interface BooleanShape extends Described {
  kind: 'boolean';
}
export interface EnumShape extends Described {
  kind: 'enum';
  values: readonly string[];
  noun: string;
  /** Other spellings people use, for the did-you-mean (e.g. ">" for greaterThan). */
  aliases?: Record<string, string>;
}
export interface ArrayShape extends Described {
  kind: 'array';
  items: Shape;
  minItems?: number;
  unique?: boolean;
}
export interface ObjectShape extends Described {
  kind: 'object';
  noun: string;
  props: Record<string, Shape>;
  required?: readonly string[];
  /** At least this many of the props must be present (e.g. an effect needs one). */
  minProps?: number;
  /** How a file spells a prop the code knows by another name (the table's `rules`, written `table:`). */
  spelled?: Record<string, string>;
}
/** A mapping whose keys the author chooses (replyBy durations, example answers). */
export interface MapShape extends Described {
  kind: 'map';
  noun: string;
  keys: StringShape;
  values: Shape;
}
/** Exactly one of several objects, told apart by which discriminating key is present. */
export interface VariantShape extends Described {
  kind: 'variant';
  noun: string;
  variants: Record<string, ObjectShape>;
}
/** One of several shapes, told apart by the data's JSON type. */
export interface UnionShape extends Described {
  kind: 'union';
  of: Shape[];
}
/** A named shape, for recursion (conditions hold conditions); becomes a JSON Schema $ref. */
export interface RefShape extends Described {
  kind: 'ref';
  name: string;
  get: () => Shape;
}
export interface AnyShape extends Described {
  kind: 'any';
}
export type Shape =
  | StringShape
  | NumberShape
  | BooleanShape
  | EnumShape
  | ArrayShape
  | ObjectShape
  | MapShape
  | VariantShape
  | UnionShape
  | RefShape
  | AnyShape;

/** Keys that could reach Object.prototype if copied into a plain object. */
export const RESERVED_KEYS: readonly string[] = [...FORBIDDEN_KEYS];

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

type JsonType = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null';
const jsonType = (v: unknown): JsonType =>
  v === null || v === undefined ? 'null' : Array.isArray(v) ? 'array' : isRecord(v) ? 'object' : (typeof v as JsonType);

function accepts(shape: Shape, type: JsonType): boolean {
  switch (shape.kind) {
    case 'string':
    case 'enum':
      return type === 'string';
    case 'number':
    case 'boolean':
      return type === shape.kind;
    case 'array':
      return type === 'array';
    case 'object':
    case 'map':
    case 'variant':
      return type === 'object';
    case 'union':
      return shape.of.some((s) => accepts(s, type));
    case 'ref':
      return accepts(shape.get(), type);
    case 'any':
      return true;
  }
}

function expected(shape: Shape): string {
  switch (shape.kind) {
    case 'string':
    case 'enum':
      return 'text';
    case 'number':
      return shape.integer ? 'a whole number' : 'a number';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
    case 'map':
    case 'variant':
      return `a mapping (${shape.noun})`;
    case 'union':
      return [...new Set(shape.of.map(expected))].join(' or ');
    case 'ref':
      return expected(shape.get());
    case 'any':
      return 'anything';
  }
}

/** A short rendering of a value for messages. */
export const show = (v: unknown): string => (v === null || v === undefined ? 'nothing' : shown(v, 40));

const article = (noun: string): string => (/^[aeiou]/i.test(noun) ? 'An' : 'A');

/** `; did you mean "x"?` or "". */
export function suggestion(word: string, candidates: Iterable<string>): string {
  const match = closestName(word, candidates);
  return match ? `; did you mean "${match}"?` : '';
}

const keyName = (path: Path): string => {
  const last = path.at(-1);
  return typeof last === 'string' ? `"${last}"` : 'this value';
};

export function checkShape(shape: Shape, data: unknown, path: Path = [], out: ShapeProblem[] = []): ShapeProblem[] {
  const type = jsonType(data);
  if (!accepts(shape, type)) {
    out.push({ path, message: `${keyName(path)} should be ${expected(shape)}, got ${show(data)}` });
    return out;
  }
  switch (shape.kind) {
    case 'string':
      return checkString(shape, data as string, path, out);
    case 'number':
      return checkNumber(shape, data as number, path, out);
    case 'enum':
      if (!shape.values.includes(data as string)) {
        const alias = shape.aliases && Object.hasOwn(shape.aliases, data as string) ? shape.aliases[data as string] : undefined;
        out.push({
          path,
          message: `unknown ${shape.noun} "${data as string}"${alias ? `; did you mean "${alias}"?` : suggestion(data as string, shape.values)}`,
          hint: `Valid ${shape.noun}s: ${shape.values.join(', ')}.`,
        });
      }
      return out;
    case 'array':
      return checkArray(shape, data as unknown[], path, out);
    case 'object':
      return checkObject(shape, data as Record<string, unknown>, path, out);
    case 'map':
      return checkMap(shape, data as Record<string, unknown>, path, out);
    case 'variant':
      return checkVariant(shape, data as Record<string, unknown>, path, out);
    case 'union':
      return checkShape(shape.of.find((s) => accepts(s, type))!, data, path, out);
    case 'ref':
      return checkShape(shape.get(), data, path, out);
    case 'boolean':
    case 'any':
      return out;
  }
}

function checkString(shape: StringShape, s: string, path: Path, out: ShapeProblem[]): ShapeProblem[] {
  if (shape.minLength !== undefined && s.trim().length < shape.minLength) {
    out.push({ path, message: `${keyName(path)} is empty`, hint: shape.description });
  } else if (shape.pattern !== undefined && !new RegExp(shape.pattern).test(s)) {
    out.push({
      path,
      message: `"${s}" is not a valid ${shape.noun ?? keyName(path)}`,
      hint: `Use ${shape.patternHint ?? `text matching ${shape.pattern}`}.`,
    });
  }
  return out;
}

function checkNumber(shape: NumberShape, n: number, path: Path, out: ShapeProblem[]): ShapeProblem[] {
  if (shape.integer && !Number.isInteger(n)) out.push({ path, message: `${keyName(path)} should be a whole number, got ${n}` });
  if (shape.min !== undefined && n < shape.min) out.push({ path, message: `${keyName(path)} is ${n}; the least allowed is ${shape.min}` });
  if (shape.max !== undefined && n > shape.max) out.push({ path, message: `${keyName(path)} is ${n}; the most allowed is ${shape.max}` });
  return out;
}

function checkArray(shape: ArrayShape, list: unknown[], path: Path, out: ShapeProblem[]): ShapeProblem[] {
  if (shape.minItems !== undefined && list.length < shape.minItems) {
    out.push({ path, message: `${keyName(path)} needs at least ${shape.minItems} item${shape.minItems === 1 ? '' : 's'}` });
  }
  list.forEach((item, i) => checkShape(shape.items, item, [...path, i], out));
  if (shape.unique) {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      const key = JSON.stringify(item);
      if (seen.has(key)) out.push({ path: [...path, i], message: `${keyName(path)} lists ${show(item)} twice` });
      seen.add(key);
    });
  }
  return out;
}

function checkObject(shape: ObjectShape, obj: Record<string, unknown>, path: Path, out: ShapeProblem[]): ShapeProblem[] {
  const known = Object.keys(shape.props).map((key) => shape.spelled?.[key] ?? key);
  const missing = (shape.required ?? []).filter((key) => !Object.hasOwn(obj, key));
  // A misspelt required key ("opertor") is one mistake: the unknown key says what it should be,
  // and the required key it stands for is not reported missing as well.
  const standsFor = new Set<string>();
  for (const key of Object.keys(obj)) {
    const prop = Object.hasOwn(shape.props, key) ? shape.props[key] : undefined;
    if (prop) checkShape(prop, obj[key], [...path, key], out);
    else {
      const meant = closest(key, missing);
      if (meant !== undefined) standsFor.add(meant);
      out.push({
        path: [...path, key],
        atKey: true,
        message: `unknown key "${key}" in ${shape.noun}${meant !== undefined ? `; did you mean "${meant}"?` : suggestion(key, known)}`,
        hint: `${article(shape.noun)} ${shape.noun} takes: ${known.join(', ')}.`,
      });
    }
  }
  for (const key of missing) {
    if (!standsFor.has(key)) {
      const about = shape.props[key]?.description;
      out.push({ path, message: `${shape.noun} is missing "${key}"`, hint: `Add "${key}"${about ? `: ${about}` : '.'}` });
    }
  }
  const unknown = Object.keys(obj).some((k) => !known.includes(k));
  if (!unknown && shape.minProps !== undefined && known.filter((k) => Object.hasOwn(obj, k)).length < shape.minProps) {
    out.push({ path, message: `${shape.noun} is empty`, hint: `Give at least one of: ${known.join(', ')}.` });
  }
  return out;
}

function checkMap(shape: MapShape, obj: Record<string, unknown>, path: Path, out: ShapeProblem[]): ShapeProblem[] {
  for (const key of Object.keys(obj)) {
    if (RESERVED_KEYS.includes(key)) {
      out.push({ path: [...path, key], atKey: true, message: `"${key}" is a reserved name and cannot be a key`, hint: 'Rename it.' });
      continue;
    }
    const keyProblems = checkString(shape.keys, key, [...path, key], []);
    out.push(...keyProblems.map((p) => ({ ...p, atKey: true })));
    checkShape(shape.values, obj[key], [...path, key], out);
  }
  return out;
}

function checkVariant(shape: VariantShape, obj: Record<string, unknown>, path: Path, out: ShapeProblem[]): ShapeProblem[] {
  const keys = Object.keys(shape.variants);
  const present = keys.filter((k) => Object.hasOwn(obj, k));
  if (present.length === 1) return checkObject(shape.variants[present[0]!]!, obj, path, out);
  if (present.length > 1) {
    out.push({
      path,
      message: `a ${shape.noun} holds exactly one of ${keys.join(', ')}; this one has ${present.join(' and ')}`,
      hint: `Split it, e.g. all: [ ... ] around the parts.`,
    });
    return out;
  }
  // None present: a near miss of a discriminating key ("facts:") is the likeliest cause.
  const nearMiss = Object.keys(obj).find((k) => closest(k, keys) !== undefined);
  if (nearMiss !== undefined) {
    out.push({
      path: [...path, nearMiss],
      atKey: true,
      message: `unknown key "${nearMiss}" in ${shape.noun}${suggestion(nearMiss, keys)}`,
      hint: `${article(shape.noun)} ${shape.noun} holds one of: ${keys.join(', ')}.`,
    });
  } else {
    out.push({ path, message: `a ${shape.noun} needs one of: ${keys.join(', ')}`, hint: shape.description });
  }
  return out;
}
