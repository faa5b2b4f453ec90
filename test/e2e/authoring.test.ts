// A team making the advice its own, as a user would in a shell: init, edit a threshold in the
// decision table, see the advice and an example change; break the files in the usual ways and see
// each mistake at its file:line:col; init's overwrite guard; the copied files' schema references;
// a set that extends the built-in one, with a team row placed above the built-in rows.
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
/** The large-brainstorm row's condition on group size, in table.yaml. */
const LARGE_GROUP = '{ fact: attendees, operator: greaterThan, value: 7 }';
const BRAINSTORM_FOR_FIVE = ['--set', 'purpose=brainstorm', '--set', 'urgency=this-week', '--set', 'attendees=5'];
const ONE_WAY_DOOR = ['--set', 'purpose=decision', '--set', 'urgency=this-week', '--set', 'attendees=5', '--set', 'reversible=false'];
const advice = (...args: string[]) => {
  const r = run('ask', '--json', ...args, ...FIXED);
  // --explain also says on stderr where each default came from; nothing else may be there.
  expect(r.stderr.replace(/^Defaults:\n(?: {2}.*\n)*/, '')).toBe('');
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as { recommendation: string; row: string; plan: string; adjustments: string[]; reasons: { rule: string }[]; trace?: { rows: { rule: string; fired: boolean }[] } };
};

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
  it('moves a five-person brainstorm from a live workshop to ideas in writing first, and rules test says which examples broke', () => {
    const before = advice('--rules', 'pristine', ...BRAINSTORM_FOR_FIVE);
    expect(before).toMatchObject({ recommendation: 'sync', row: 'brainstorm', plan: 'workshop' });

    const dir = copyWith('smaller-groups', 'table.yaml', LARGE_GROUP, LARGE_GROUP.replace('value: 7', 'value: 4'));
    const after = advice('--rules', dir, ...BRAINSTORM_FOR_FIVE);
    expect(after).toMatchObject({ recommendation: 'hybrid', row: 'large-brainstorm', plan: 'brainwriting-then-meet' });
    expect(after.reasons[0]!.rule).toBe('large-brainstorm');

    expect(run('rules', 'validate', dir).status).toBe(0);
    const test = run('rules', 'test', dir);
    expect(test.status).toBe(1);
    const broken = whereIs(dir, 'examples.yaml', 'a brainstorm with five people is a 50-minute live session').replace(/:\d+$/, '');
    expect(test.stdout).toMatch(
      new RegExp(
        `FAIL {2}a brainstorm with five people is a 50-minute live session with an agenda a day ahead {2}\\(${broken}\\)\\n\\s+recommendation: expected sync, got hybrid \\(row large-brainstorm\\)\\n\\s+row: expected brainstorm to match, got large-brainstorm\\n`,
      ),
    );
    expect(test.stdout).toMatch(/\n\d+ passed, 2 failed\n$/);
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
      edit: ['table.yaml', LARGE_GROUP, LARGE_GROUP.slice(0, -2)],
      at: ['table.yaml', LARGE_GROUP.slice(0, -2)],
      says: 'this "{" is never closed with "}"',
    },
    {
      name: 'an unknown key',
      edit: ['table.yaml', '    plan: brainwriting-then-meet\n', '    plna: brainwriting-then-meet\n'],
      at: ['table.yaml', 'plna'],
      says: 'unknown key "plna" in row; did you mean "plan"?',
    },
    {
      name: 'a misspelt operator',
      edit: ['table.yaml', LARGE_GROUP, LARGE_GROUP.replace('greaterThan', 'greatherThan')],
      at: ['table.yaml', 'greatherThan'],
      says: 'unknown operator "greatherThan"; did you mean "greaterThan"?',
    },
    {
      name: 'a row choosing an unknown plan',
      edit: ['table.yaml', '    plan: brainwriting-then-meet\n', '    plan: brainwriting-then-met\n'],
      at: ['table.yaml', 'brainwriting-then-met\n'],
      says: 'unknown plan "brainwriting-then-met"; did you mean "brainwriting-then-meet"?',
    },
    {
      name: 'a condition on the last row',
      edit: ['table.yaml', '  - id: otherwise-write\n', '  - id: otherwise-write\n    when: { fact: attendees, operator: lessThan, value: 100 }\n'],
      at: ['table.yaml', 'when: { fact: attendees, operator: lessThan, value: 100 }'],
      says: 'the last row, "otherwise-write", has a condition, so some needs would get no plan',
    },
    {
      name: 'a live step without a goal item',
      edit: ['plans.yaml', 'checklist: [agenda-ahead, one-line-goal, roles-for-everyone, try-the-tool', 'checklist: [roles-for-everyone, try-the-tool'],
      at: ['plans.yaml', 'checklist: [roles-for-everyone, try-the-tool'],
      says: 'step "workshop" meets live but names no goal item',
    },
    {
      name: 'a checklist item that contradicts its step',
      edit: ['plans.yaml', 'checklist: [reply-by, no-reply-on-their-days-off, lead-with-the-ask, preempt-follow-ups, switch-to-live-after-three]', 'checklist: [reply-by, no-reply-on-their-days-off, goal-in-the-invite, lead-with-the-ask, preempt-follow-ups, switch-to-live-after-three]'],
      at: ['plans.yaml', 'goal-in-the-invite, lead-with-the-ask'],
      says: 'checklist item "goal-in-the-invite" is for live steps, and step "ask" is written',
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
  // a-team.yaml is read before table.yaml, so its row stands above the built-in ones.
  const extra = [
    'questions:',
    '  - { id: budget, prompt: Budget?, type: number, default: 0 }',
    'table:',
    '  - id: never',
    '    when: { fact: attendees, operator: lessThan, value: 2 }',
    '    plan: write-it-up',
    '    reason: r',
    '    source: s',
    '  - id: quick-again',
    '    when: { fact: purpose, operator: equal, value: quick-question }',
    '    plan: quick-message',
    '    reason: r',
    '    source: s',
    '',
  ].join('\n');

  it('lists errors, then warnings, each at file:line:col on stderr, then a summary; exit 2', () => {
    const dir = copyWith('warned', 'table.yaml', LARGE_GROUP, LARGE_GROUP.replace('attendees', 'atendees'));
    writeFileSync(join(tmp, dir, 'a-team.yaml'), extra);
    const r = run('rules', 'validate', dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const heads = r.stderr.split('\n').filter((l) => !l.startsWith('  '));
    expect(heads).toEqual([
      `${whereIs(dir, 'table.yaml', 'atendees')}: error: unknown fact "atendees"; did you mean "attendees"?`,
      `${dir}/a-team.yaml:2:11: warning: question "budget" is asked but nothing reads it`,
      `${dir}/a-team.yaml:5:11: warning: row "never" can never match: "attendees" is always between 2 and 500, so "attendees lessThan 2" never holds`,
      `${whereIs(dir, 'table.yaml', 'quick-question\n')}: warning: row "quick-question" can never match: row "quick-again" above it matches every need it matches (first at ${dir}/a-team.yaml:9:9)`,
      `${dir}: not valid: 1 error, 3 warnings`,
      '',
    ]);
  });

  it('with warnings only: exit 0, the summary on stdout, the warnings on stderr', () => {
    const dir = copyWith('warned-only', 'table.yaml', LARGE_GROUP, LARGE_GROUP);
    writeFileSync(join(tmp, dir, 'a-team.yaml'), extra);
    const r = run('rules', 'validate', dir);
    expect(r.status).toBe(0);
    // One question more than the built-in set (a-team.yaml adds it).
    const builtIn = Number(/valid: (\d+) questions/.exec(run('rules', 'validate').stdout)![1]);
    expect(r.stdout).toMatch(new RegExp(`^${dir}: valid: ${builtIn + 1} questions, \\d+ rows, \\d+ plans, \\d+ checklist items, \\d+ examples, 3 warnings\\n$`));
    expect(r.stderr.match(/^\S+: warning: /gm)).toHaveLength(3);
  });
});

describe('init', () => {
  it('refuses to overwrite without --force (exit 2, nothing changed) and overwrites with it', () => {
    const dir = copyWith('guarded', 'table.yaml', LARGE_GROUP, LARGE_GROUP.replace('value: 7', 'value: 4'));
    const edited = join(tmp, dir, 'table.yaml');
    const mine = read(edited);

    const refused = run('init', dir);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(/would be overwritten[\s\S]*--force/);
    expect(read(edited)).toBe(mine);

    const forced = run('init', dir, '--force');
    expect(forced.status).toBe(0);
    expect(read(edited)).toBe(read(join(tmp, 'pristine', 'table.yaml')));
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
  const file = join(tmp, 'extended', 'team.yaml');
  let starter = '';

  it('writes team.yaml and the schemas, which validate, test and Ajv accept as they are', () => {
    const r = run('init', 'extended', '--extends');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('extended/team.yaml');
    expect(yamlFiles(join(tmp, 'extended'))).toEqual(['team.yaml']);
    // Nothing changed yet: the built-in set's counts.
    const builtIn = run('rules', 'validate').stdout.replace(/^.*?: valid: /, '').replace(/, \d+ examples\n$/, '');
    expect(run('rules', 'validate', 'extended').stdout).toContain(`extended: valid: ${builtIn}`);
    expect(run('rules', 'test', 'extended').status).toBe(0);
    starter = read(file);
    const ref = /^# yaml-language-server: \$schema=(\S+)$/m.exec(starter)![1]!;
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(read(join(tmp, 'extended', ref))));
    expect(validate(parse(starter)), JSON.stringify(validate.errors)).toBe(true);
    expect(run('init', 'extended', '--extends').status).toBe(2);
  });

  it('takes effect once its commented examples are switched on: the team row comes first, disabled rows are gone', () => {
    // Uncomment the starter's disable: and rules: blocks.
    const on = starter.replace(/^# (disable:.*)$/m, '$1').replace(/^# (table:\n(?:#   .*\n)+)/m, (block) => block.replace(/^# /gm, ''));
    const data = parse(on) as { disable?: string[]; table?: { id: string }[] };
    expect(data.disable?.length, 'the starter shows disable:').toBeGreaterThan(0);
    expect(data.table?.length, 'the starter shows a row').toBeGreaterThan(0);
    writeFileSync(file, on);
    const validate = run('rules', 'validate', 'extended');
    expect(validate.stderr).toBe('');
    expect(validate.status).toBe(0);
    const list = run('rules', 'list', '--rules', 'extended').stdout;
    expect(list).toMatch(new RegExp(`\\n {2}1\\. ${data.table![0]!.id} `));
    for (const id of data.disable!) expect(list).not.toMatch(new RegExp(`\\d\\. ${id} `));
    expect(run('rules', 'test', '--rules', 'extended').stdout).toMatch(/, 0 failed/);
  });

  it('puts a team row making every one-way door a meeting above the built-in rows, so it wins', () => {
    const row = (place: string) =>
      [
        'table:',
        '  - id: one-way-doors-meet',
        '    when: { all: [{ fact: purpose, operator: equal, value: decision }, { fact: reversible, operator: equal, value: false }] }',
        '    plan: decide-live-now',
        '    reason: We decide every one-way door live.',
        '    source: team agreement',
        ...(place ? [`    ${place}`] : []),
        '',
      ].join('\n');
    expect(advice(...ONE_WAY_DOOR)).toMatchObject({ recommendation: 'hybrid', row: 'one-way-door', plan: 'write-then-decide' });

    writeFileSync(file, `${starter}\n${row('')}`);
    const first = advice('--rules', 'extended', '--explain', ...ONE_WAY_DOOR);
    expect(first).toMatchObject({ recommendation: 'sync', row: 'one-way-doors-meet', plan: 'decide-live-now' });
    expect(first.reasons[0]!.rule).toBe('one-way-doors-meet');
    // The trace shows every row tried: above every built-in row, it is the only one.
    expect(first.trace!.rows.map((r) => [r.rule, r.fired])).toEqual([['one-way-doors-meet', true]]);
    expect(run('rules', 'list', '--rules', 'extended').stdout).toMatch(/\n {2}1\. one-way-doors-meet +-> decide-live-now \(sync\)\n/);
    // The built-in examples that expect the one-way-door row now fail, and say which row matched.
    const test = run('rules', 'test', '--rules', 'extended');
    expect(test.status).toBe(1);
    expect(test.stdout).toContain('row: expected one-way-door to match, got one-way-doors-meet');

    writeFileSync(file, `${starter}\n${row('above: one-way-door')}`);
    const placed = advice('--rules', 'extended', '--explain', ...ONE_WAY_DOOR);
    expect(placed).toMatchObject({ recommendation: 'sync', row: 'one-way-doors-meet' });
    const tried = placed.trace!.rows.map((r) => r.rule);
    expect(tried.slice(-2)).toEqual(['one-way-door-now', 'one-way-doors-meet']);
    expect(tried[0]).toBe('incident');
    expect(advice('--rules', 'extended', ...ONE_WAY_DOOR.map((a) => (a === 'urgency=this-week' ? 'urgency=immediate' : a)))).toMatchObject({ row: 'one-way-door-now' });

    writeFileSync(file, `${starter}\n${row('below: one-way-door')}`);
    expect(advice('--rules', 'extended', ...ONE_WAY_DOOR)).toMatchObject({ row: 'one-way-door' });
    const warned = run('rules', 'validate', 'extended');
    expect(warned.status).toBe(0);
    expect(warned.stderr).toContain(`${whereIs('extended', 'team.yaml', 'one-way-doors-meet')}: warning: row "one-way-doors-meet" can never match: row "one-way-door" above it matches every need it matches`);
  });

  it('skips, not fails, a built-in example that expects a row the team switched off', () => {
    writeFileSync(file, `${starter}\ndisable: [large-brainstorm]\n`);
    const test = run('rules', 'test', '--rules', 'extended');
    expect(test.status).toBe(0);
    expect(test.stdout).toMatch(/SKIP {2}a brainstorm for twelve .*\n\s+expects large-brainstorm, which this rule set switches off\n/);
    expect(test.stdout).toMatch(/, 0 failed, 1 skipped\n$/);
  });

  it("points mistakes into team.yaml, and ask refuses to run", () => {
    writeFileSync(file, `${starter}\ntable:\n  - { id: mine, when: { fact: attendees, operator: greaterThen, value: 6 }, plan: workshop, reason: r, source: s }\n`);
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

  it('zone_spread_hours reaches 26 (UTC-12 to UTC+14), and stays within its documented maximum', () => {
    // Instants before 1900 (where Manila's +15:56 made it more) are refused since issue 19.
    const spread = factsFor('Etc/GMT+12,Etc/GMT-14', '1900-03-02T12:00:00Z').zone_spread_hours!;
    expect(spread).toBeGreaterThanOrEqual(26);
    expect(spread).toBeLessThanOrEqual(derivedFact('zone_spread_hours')!.max!);
  });
});
