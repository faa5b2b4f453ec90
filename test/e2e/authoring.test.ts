// A team making the advice its own, as a user would in a shell: init, edit a threshold, see the
// advice change and an example break; break the files in the usual ways and see each mistake at
// its file:line:col; init's overwrite guard; the copied files' schema references.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { derivedFact } from '../../src/core/facts-catalog.js';
import { FIXED, type RunResult, runBin } from './run-bin.js';

const tmp = mkdtempSync(join(tmpdir(), 'commtriage-authoring-'));
const run = (...args: string[]): RunResult => runBin(args, { cwd: tmp });
const STACK = /\n\s+at .*:\d+:\d+/;
const LARGE_GROUP = '{ fact: attendees, operator: greaterThan, value: 7 }';
const ONE_WAY_DOOR = ['--set', 'purpose=decision', '--set', 'urgency=this-week', '--set', 'attendees=5', '--set', 'reversible=false'];

const yamlFiles = (dir: string): string[] => readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort();
const read = (path: string): string => readFileSync(path, 'utf8');

/** A fresh copy of the initialised set with one text replaced; returns the directory's name. */
function copyWith(name: string, file: string, from: string, to: string): string {
  rmSync(join(tmp, name), { recursive: true, force: true });
  cpSync(join(tmp, 'pristine'), join(tmp, name), { recursive: true });
  const path = join(tmp, name, file);
  const text = read(path);
  expect(text, `${file} should hold ${from}`).toContain(from);
  writeFileSync(path, text.replace(from, to));
  return name;
}

/** "dir/file:line:col" of the first occurrence of `marker` in a file (1-based, as the CLI prints). */
function whereIs(dir: string, file: string, marker: string): string {
  const text = read(join(tmp, dir, file));
  const offset = text.indexOf(marker);
  expect(offset, `${marker} in ${file}`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, offset).split('\n');
  return `${dir}/${file}:${before.length}:${before.at(-1)!.length + 1}`;
}

beforeAll(() => {
  const init = run('init', 'pristine');
  expect(init.status, init.stderr).toBe(0);
});

describe('init, change a threshold, see the advice and the examples change', () => {
  it('moves a five-person one-way-door decision from a meeting to write-first, and rules test says which example broke', () => {
    const before = JSON.parse(run('ask', '--json', '--rules', 'pristine', ...ONE_WAY_DOOR, ...FIXED).stdout);
    expect(before.recommendation).toBe('sync');
    expect(before.reasons.map((r: { rule: string }) => r.rule)).not.toContain('large-decision-group');

    const dir = copyWith('smaller-groups', 'rules-situation.yaml', LARGE_GROUP, LARGE_GROUP.replace('value: 7', 'value: 4'));
    const after = run('ask', '--json', '--rules', dir, ...ONE_WAY_DOOR, ...FIXED);
    expect(after.stderr).toBe('');
    const advice = JSON.parse(after.stdout);
    expect(advice.recommendation).toBe('hybrid');
    expect(advice.reasons.map((r: { rule: string }) => r.rule)).toContain('large-decision-group');

    expect(run('rules', 'validate', dir).status).toBe(0);
    const test = run('rules', 'test', dir);
    expect(test.status).toBe(1);
    const broken = whereIs(dir, 'examples.yaml', 'a choice that is costly to reverse is made live').replace(/:\d+$/, '');
    expect(test.stdout).toMatch(new RegExp(`FAIL {2}a choice that is costly to reverse is made live {2}\\(${broken}\\)\\n\\s+recommendation: expected sync, got hybrid`));
    expect(test.stdout).toMatch(/\n\d+ passed, 1 failed\n$/);
    expect(test.stdout).not.toMatch(/FAIL {2}a quick question/);
  });
});

interface Mistake {
  name: string;
  /** file, text to replace, replacement */
  edit: [string, string, string];
  /** file, the text the error must point at */
  at: [string, string];
  says: string;
}

describe('a mistake in a rule file: its file:line:col, exit 2, no stack, and ask refuses to run', () => {
  it.each<Mistake>([
    {
      name: 'a YAML syntax error (an unclosed "{")',
      edit: ['rules-situation.yaml', LARGE_GROUP, LARGE_GROUP.slice(0, -2)],
      at: ['rules-situation.yaml', LARGE_GROUP.slice(0, -2)],
      says: 'this "{" is never closed with "}"',
    },
    {
      name: 'an unknown key',
      edit: ['rules-situation.yaml', '      sync: -2\n      hybrid: 2\n    reason: Past seven', '      sync: -2\n      hybird: 2\n    reason: Past seven'],
      at: ['rules-situation.yaml', 'hybird'],
      says: 'unknown key "hybird" in effect; did you mean "hybrid"?',
    },
    {
      name: 'a misspelt operator',
      edit: ['rules-situation.yaml', LARGE_GROUP, LARGE_GROUP.replace('greaterThan', 'greatherThan')],
      at: ['rules-situation.yaml', 'greatherThan'],
      says: 'unknown operator "greatherThan"; did you mean "greaterThan"?',
    },
    {
      name: 'an unknown answer id in an example',
      edit: ['examples.yaml', 'attendees: 5, reversible: false }', 'attendees: 5, reversable: false }'],
      at: ['examples.yaml', 'reversable'],
      says: 'unknown question "reversable"; did you mean "reversible"?',
    },
  ])('$name', ({ name, edit, at, says }) => {
    const dir = copyWith(name.replace(/\W+/g, '-'), ...edit);
    const where = whereIs(dir, ...at);

    const validate = run('rules', 'validate', dir);
    expect(validate.status).toBe(2);
    expect(validate.stdout).toBe('');
    expect(validate.stderr).toContain(`${where}: error: ${says}\n  `);
    expect(validate.stderr).toMatch(new RegExp(`\\n${dir}: not valid: 1 error\\n$`));
    expect(validate.stderr).not.toMatch(STACK);

    const ask = run('ask', '--json', '--rules', dir, ...ONE_WAY_DOOR, ...FIXED);
    expect(ask.status).toBe(2);
    expect(ask.stdout).toBe('');
    expect(ask.stderr).toContain(`${where}: ${says}`);
    expect(ask.stderr).not.toMatch(STACK);
  });
});

describe('rules validate shows warnings with errors', () => {
  const extra = [
    'questions:',
    '  - { id: budget, prompt: Budget?, type: number, default: 0 }',
    'rules:',
    '  - id: never',
    '    when: { fact: attendees, operator: lessThan, value: 2 }',
    '    effect: { sync: 1 }',
    '    reason: r',
    '    source: s',
    '',
  ].join('\n');

  it('lists errors, then warnings, each at file:line:col on stderr, then a summary; exit 2', () => {
    const dir = copyWith('warned', 'rules-situation.yaml', LARGE_GROUP, LARGE_GROUP.replace('attendees', 'atendees'));
    writeFileSync(join(tmp, dir, 'zz-team.yaml'), extra);
    const r = run('rules', 'validate', dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const heads = r.stderr.split('\n').filter((l) => !l.startsWith('  '));
    expect(heads).toEqual([
      `${whereIs(dir, 'rules-situation.yaml', 'atendees')}: error: unknown fact "atendees"; did you mean "attendees"?`,
      `${dir}/zz-team.yaml:2:11: warning: question "budget" is asked but nothing reads it`,
      `${dir}/zz-team.yaml:5:11: warning: rule "never" can never fire: "attendees" is always between 2 and 500, so "attendees lessThan 2" never holds`,
      `${dir}: not valid: 1 error, 2 warnings`,
      '',
    ]);
  });

  it('with warnings only: exit 0, the summary on stdout, the warnings on stderr', () => {
    const dir = copyWith('warned-only', 'rules-situation.yaml', LARGE_GROUP, LARGE_GROUP);
    writeFileSync(join(tmp, dir, 'zz-team.yaml'), extra);
    const r = run('rules', 'validate', dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${dir}: valid: 11 questions, \\d+ rules, \\d+ checklist items, \\d+ examples, 2 warnings\\n$`));
    expect(r.stderr.match(/^\S+: warning: /gm)).toHaveLength(2);
  });
});

describe('init', () => {
  it('refuses to overwrite without --force (exit 2, nothing changed) and overwrites with it', () => {
    const dir = copyWith('guarded', 'rules-situation.yaml', LARGE_GROUP, LARGE_GROUP.replace('value: 7', 'value: 4'));
    const edited = join(tmp, dir, 'rules-situation.yaml');
    const mine = read(edited);

    const refused = run('init', dir);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/would be overwritten[\s\S]*--force/);
    expect(read(edited)).toBe(mine);

    const forced = run('init', dir, '--force');
    expect(forced.status).toBe(0);
    expect(read(edited)).toBe(read(join(tmp, 'pristine', 'rules-situation.yaml')));
  });

  it("points each copied file's schema comment at a real schema that Ajv accepts the file against", () => {
    const dir = join(tmp, 'pristine');
    const ajv = new Ajv({ allErrors: true });
    const files = yamlFiles(dir);
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const text = read(join(dir, file));
      const ref = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text.split('\n')[0]!)?.[1];
      expect(ref, `${file} starts with a schema comment`).toBeDefined();
      const schemaPath = resolve(dirname(join(dir, file)), ref!);
      const validate = ajv.getSchema(schemaPath) ?? (ajv.addSchema(JSON.parse(read(schemaPath)), schemaPath), ajv.getSchema(schemaPath)!);
      expect(validate(parse(text)), `${file}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
  });
});

describe('init --extends: one starter file on top of the built-in set', () => {
  it('writes team.yaml and the schemas, which validate, test and Ajv accept as they are', () => {
    const r = run('init', 'extended', '--extends');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('extended/team.yaml');
    expect(yamlFiles(join(tmp, 'extended'))).toEqual(['team.yaml']);
    expect(run('rules', 'validate', 'extended').stdout).toMatch(/^extended: valid: 10 questions, 25 rules/);
    expect(run('rules', 'test', 'extended').status).toBe(0);
    const text = read(join(tmp, 'extended', 'team.yaml'));
    const ref = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text)![1]!;
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(read(join(tmp, 'extended', ref))));
    expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
    expect(run('init', 'extended', '--extends').status).toBe(2);
  });

  it("changes the advice once its commented examples are switched on, and points mistakes into team.yaml", () => {
    const file = join(tmp, 'extended', 'team.yaml');
    const starter = read(file);
    // Uncomment the starter's disable: and rules: blocks.
    const on = starter.replace(/^# (disable:.*)$/m, '$1').replace(/^# (rules:\n(?:#   .*\n)+)/m, (block) => block.replace(/^# /gm, ''));
    writeFileSync(file, on);
    const advice = JSON.parse(run('ask', '--json', '--rules', 'extended', '--set', 'purpose=kickoff', '--set', 'urgency=this-week', '--set', 'attendees=9', ...FIXED).stdout);
    expect(advice.reasons.map((r: { rule: string }) => r.rule)).toContain('small-meetings-only');
    const list = run('rules', 'list', '--rules', 'extended').stdout;
    expect(list).toContain('small-meetings-only');
    expect(list).not.toContain('large-decision-group');
    // A built-in example that expects the switched-off rule is skipped, not failed.
    const test = run('rules', 'test', '--rules', 'extended');
    expect(test.stdout).toMatch(/SKIP .*\n\s+expects large-decision-group to fire, which this rule set switches off/);
    expect(test.stdout).toMatch(/, 0 failed, 1 skipped/);

    writeFileSync(file, on.replace('operator: greaterThan, value: 6', 'operator: greaterThen, value: 6'));
    const where = whereIs('extended', 'team.yaml', 'greaterThen');
    const validate = run('rules', 'validate', 'extended');
    expect(validate.status).toBe(2);
    expect(validate.stderr).toContain(`${where}: error: unknown operator "greaterThen"`);
    const ask = run('ask', '--json', '--rules', 'extended', ...ONE_WAY_DOOR, ...FIXED);
    expect(ask.status).toBe(2);
    expect(ask.stderr).toContain(where);
  });
});

describe("the derived facts' bounds, which 'can never fire' warnings rely on", () => {
  const factsFor = (zones: string, now: string, ...more: string[]): Record<string, number> => {
    const r = run('ask', '--json', '--set', 'purpose=decision', '--set', 'urgency=today', '--set', 'attendees=3', '--set', `timezones=${zones}`, '--now', now, '--zone', 'UTC', ...more);
    expect(r.status, r.stderr).toBe(0);
    return JSON.parse(r.stdout).facts;
  };

  it.each([
    ['a day the clocks go back (Cairo, Thursday 29 Oct 2026)', 'Africa/Cairo', '2026-10-27T12:00:00Z', 25],
    ['a three-hour step back (Antarctica/Casey, Thursday 9 Mar 2023)', 'Antarctica/Casey', '2023-03-07T12:00:00Z', 27],
  ])('overlap_hours passes 24 on %s, and stays within its documented maximum', (_, zone, now, hours) => {
    expect(factsFor(zone, now, '--working-hours', '00:00-24:00').overlap_hours).toBe(hours);
    expect(hours).toBeLessThanOrEqual(derivedFact('overlap_hours')!.max!);
  });

  it('zone_spread_hours passes 26 with historic offsets, and stays within its documented maximum', () => {
    const spread = factsFor('Asia/Manila,Etc/GMT-14', '1840-03-02T12:00:00Z').zone_spread_hours!;
    expect(spread).toBeGreaterThan(26);
    expect(spread).toBeLessThanOrEqual(derivedFact('zone_spread_hours')!.max!);
  });
});
