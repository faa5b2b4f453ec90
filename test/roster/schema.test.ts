// schema/roster.schema.json: written by scripts/gen-schema.mjs from src/roster/schema.ts, and an
// independent validator (Ajv) agrees with the loader on good and bad rosters.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { rosterSchema } from '../../src/roster/schema.js';
import { schemaText } from '../../src/rules/schema.js';
import { root } from '../rules/helpers.js';

const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile(rosterSchema());

describe('schema/roster.schema.json', () => {
  it('is what the generator writes', () => {
    expect(readFileSync(join(root, 'schema', 'roster.schema.json'), 'utf8'), 'run `node scripts/gen-schema.mjs` and commit the result').toBe(schemaText(rosterSchema()));
  });

  it('accepts a roster with settings, people and teams', () => {
    const text = 'zone: London\nformat: markdown\npeople:\n  - { name: Priya, zone: Bangalore, hours: 10:00-18:00, weekend: [fri, sat], daysOff: [2026-04-03] }\nteams:\n  platform: [Priya]\n';
    expect(validate(parse(text)), ajv.errorsText(validate.errors)).toBe(true);
  });

  it.each([
    ['an unknown key', 'zoen: UTC\n'],
    ['a person without a zone', 'people:\n  - { name: Priya }\n'],
    ['a bad weekday', 'people:\n  - { name: Priya, zone: UTC, weekend: [friday] }\n'],
    ['a name with a comma', 'people:\n  - { name: "Priya, S", zone: UTC }\n'],
  ])('rejects %s', (_, text) => {
    expect(validate(parse(text))).toBe(false);
  });
});
