// JSON Schema (draft-07) generated from the shapes in rule-shapes.ts, so editors and the loader
// agree. `rulesSchema()` is schema/rules.schema.json; `answersSchema()` builds the schema of an
// answers file from a rule set's questions (schema/answers.schema.json for the shipped set).
import type { Question, RuleSet } from '../core/types.js';
import { ruleFileShape } from './rule-shapes.js';
import { RESERVED_KEYS, type ObjectShape, type Shape } from './shape.js';

export type JsonSchema = Record<string, unknown>;

const DRAFT = 'http://json-schema.org/draft-07/schema#';

export function rulesSchema(): JsonSchema {
  const definitions: Record<string, JsonSchema> = {};
  const root = toJsonSchema(ruleFileShape, definitions);
  // The decision table is `table:` in a file; `rules:`, its old name, is still read (rules/parse.ts).
  const properties = Object.entries(root.properties as Record<string, JsonSchema>).flatMap(([key, value]) =>
    key === 'rules' ? [['table', value], ['rules', { ...value, deprecated: true, description: 'The old name of table: (still read, with a warning).' }]] : [[key, value]],
  );
  return { $schema: DRAFT, title: 'commtriage rule file', ...root, properties: Object.fromEntries(properties), definitions };
}

export function answersSchema(ruleSet: Pick<RuleSet, 'questions'>): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const q of ruleSet.questions) properties[q.id] = answerSchema(q);
  return {
    $schema: DRAFT,
    title: 'commtriage answers',
    description: 'Answers by question id, for `commtriage ask --answers FILE` or standard input. Missing answers take defaults or are asked.',
    type: 'object',
    properties,
    additionalProperties: false,
  };
}

function answerSchema(q: Question): JsonSchema {
  const about = [q.prompt, q.help].filter(Boolean).join(' ');
  const description = q.default === undefined ? about : `${about} Default: ${JSON.stringify(q.default)}.`;
  switch (q.type) {
    case 'choice': {
      const choices = q.choices ?? [];
      const listed = choices.map((c) => `${c.value}: ${c.label}`).join('; ');
      return { description: `${description} One of: ${listed}.`, type: 'string', enum: choices.map((c) => c.value) };
    }
    case 'number':
      return {
        description,
        type: q.integer ? 'integer' : 'number',
        ...(q.min !== undefined && { minimum: q.min }),
        ...(q.max !== undefined && { maximum: q.max }),
      };
    case 'boolean':
      return { description, type: 'boolean' };
    case 'zones':
      return {
        description: `${description} IANA zone names, e.g. [Europe/London, America/New_York].`,
        anyOf: [
          { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
          { type: 'string', minLength: 1, description: 'Comma-separated zone names.' },
        ],
      };
  }
}

/** JSON Schema for a shape; named (ref) shapes are collected into `definitions`. */
export function toJsonSchema(shape: Shape, definitions: Record<string, JsonSchema>): JsonSchema {
  const described = (s: JsonSchema): JsonSchema => (shape.description ? { description: shape.description, ...s } : s);
  switch (shape.kind) {
    case 'string':
      return described({
        type: 'string',
        ...(shape.pattern !== undefined && { pattern: shape.pattern }),
        ...(shape.minLength !== undefined && { minLength: shape.minLength }),
      });
    case 'number':
      return described({
        type: shape.integer ? 'integer' : 'number',
        ...(shape.min !== undefined && { minimum: shape.min }),
        ...(shape.max !== undefined && { maximum: shape.max }),
      });
    case 'boolean':
      return described({ type: 'boolean' });
    case 'enum':
      return described({ type: 'string', enum: [...shape.values] });
    case 'array':
      return described({
        type: 'array',
        items: toJsonSchema(shape.items, definitions),
        ...(shape.minItems !== undefined && { minItems: shape.minItems }),
        ...(shape.unique && { uniqueItems: true }),
      });
    case 'object':
      return described(objectSchema(shape, definitions));
    case 'map':
      return described({
        type: 'object',
        propertyNames: { ...toJsonSchema(shape.keys, definitions), not: { enum: [...RESERVED_KEYS] } },
        additionalProperties: toJsonSchema(shape.values, definitions),
      });
    case 'variant':
      return described({ oneOf: Object.values(shape.variants).map((v) => objectSchema(v, definitions)) });
    case 'union':
      return described({ anyOf: shape.of.map((s) => toJsonSchema(s, definitions)) });
    case 'ref':
      if (!Object.hasOwn(definitions, shape.name)) {
        definitions[shape.name] = {}; // placeholder first: the shape may refer to itself
        definitions[shape.name] = toJsonSchema(shape.get(), definitions);
      }
      return described({ $ref: `#/definitions/${shape.name}` });
    case 'any':
      return described({});
  }
}

function objectSchema(shape: ObjectShape, definitions: Record<string, JsonSchema>): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const [key, prop] of Object.entries(shape.props)) properties[key] = toJsonSchema(prop, definitions);
  return {
    type: 'object',
    ...(shape.description !== undefined && { description: shape.description }),
    properties,
    ...(shape.required?.length && { required: [...shape.required] }),
    ...(shape.minProps !== undefined && { minProperties: shape.minProps }),
    additionalProperties: false,
  };
}

/** How the schema files are written: stable, two-space indented, ending in a newline. */
export const schemaText = (schema: JsonSchema): string => `${JSON.stringify(schema, null, 2)}\n`;
