// What a new user meets in the first ten minutes (issue 19): removing someone they added, reading
// one setting back, a --set written with a space, and errors that all start the same way.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ROOT, runBin } from './run-bin.js';

let dir: string;
let env: Record<string, string>;
const ct = (...args: string[]) => runBin(args, { cwd: dir, env });

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ct-edges-'));
  env = { HOME: dir, COMMTRIAGE_CONFIG: join(dir, 'config.yaml') };
});

describe('people remove and config get', () => {
  it('removes a person from the file and from its teams, keeping the rest and the comments', () => {
    writeFileSync(env.COMMTRIAGE_CONFIG!, '# mine\nzone: Europe/Paris\npeople:\n  - { name: Priya, zone: Asia/Kolkata }\n  - { name: Tom, zone: Europe/London }\nteams:\n  platform: [Priya, Tom]\n  web: [Priya]\n');
    const r = ct('people', 'remove', 'priya');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^Removed Priya, and from platform, web/);
    const text = readFileSync(env.COMMTRIAGE_CONFIG!, 'utf8');
    expect(text).toContain('# mine');
    expect(text).not.toMatch(/Priya|web/);
    expect(text).toMatch(/platform: \[ Tom \]/);
  });

  it('says which name was meant, and that a team file name is the team file\'s to change', () => {
    writeFileSync(env.COMMTRIAGE_CONFIG!, 'people:\n  - { name: Tom, zone: Europe/London }\n');
    const r = ct('people', 'remove', 'Tim');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/"Tim" is not in this file\.\n {2}Did you mean "Tom"\?/);
    mkdirSync(join(dir, '.commtriage'));
    writeFileSync(join(dir, '.commtriage', 'people.yaml'), 'people:\n  - { name: Ana, zone: Europe/Lisbon }\n');
    const team = ct('people', 'remove', 'Ana');
    expect(team.status).toBe(2);
    expect(team.stderr).toMatch(/Ana is in the team file \.commtriage\/people\.yaml, not in your personal file/);
  });

  it('config get prints the value alone; an unset key is exit 1; a misspelt one gets a did-you-mean', () => {
    expect(ct('config', 'set', 'zone', 'Paris').status).toBe(0);
    expect(ct('config', 'get', 'zone')).toMatchObject({ status: 0, stdout: 'Europe/Paris\n' });
    expect(JSON.parse(ct('config', 'get', 'zone', '--json').stdout)).toMatchObject({ key: 'zone', value: 'Europe/Paris' });
    const unset = ct('config', 'get', 'format');
    expect(unset).toMatchObject({ status: 1, stdout: '' });
    expect(unset.stderr).toMatch(/format is not set/);
    const typo = ct('config', 'get', 'zon');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toMatch(/Did you mean "zone"\?/);
  });
});

describe('usage mistakes', () => {
  it('--set with a space instead of "=" names the flag and the fix', () => {
    const r = ct('ask', '--set', 'purpose', 'decision');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^commtriage: --set: --set takes id=value as one word/);
    expect(r.stderr).toMatch(/Write --set purpose=decision/);
  });

  it.each([[['ask', '--bogus']], [['bogus']], [['people', 'x', 'y']]])('%j: one prefix for every error, commander\'s too', (args) => {
    const r = ct(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^commtriage: /);
    expect(r.stderr).not.toMatch(/^error: /m);
  });
});

describe('JSON for every list, one shape', () => {
  it.each([
    [['questions', '--json'], 'questions', 'questions'],
    [['rules', 'test', '--json'], 'examples', 'examples'],
    [['rules', 'list', '--json'], 'rules', 'rules'],
    [['people', '--json'], 'people', 'people'],
  ])('%j: an object with the items and their counts', (args, items, counted) => {
    const r = ct(...args);
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Array.isArray(json[items])).toBe(true);
    expect(json.counts[counted]).toBe(json[items].length);
  });

  it('rules validate takes --json too, and refuses it beside --format text', () => {
    expect(JSON.parse(ct('rules', 'validate', '--json').stdout)).toMatchObject({ valid: true });
    expect(ct('rules', 'validate', '--json', '--format', 'text').stderr).toMatch(/--json and --format text ask for two different outputs/);
  });
});

describe('--fields', () => {
  it('accepts people and ruleSet, the fields the README documents beside the advice', () => {
    mkdirSync(join(dir, '.commtriage'));
    writeFileSync(join(dir, '.commtriage', 'people.yaml'), 'people:\n  - { name: Bob, zone: Asia/Tokyo }\n');
    writeFileSync(join(dir, '.commtriage', 'team.yaml'), 'extends: builtin\n');
    const r = ct('ask', '--with', 'Bob', '--set', 'purpose=decision', '--set', 'urgency=today', '--now', '2026-03-16T12:00:00Z', '--json', '--fields', 'recommendation,people,ruleSet');
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['recommendation', 'people', 'ruleSet']);
    expect(json.people[0]).toMatchObject({ name: 'Bob', zone: 'Asia/Tokyo' });
  });
});

describe('a misspelt city', () => {
  it.each([
    ['Londn', 'Did you mean "London" (London, Westminster, United Kingdom, Europe/London)?'],
    ['Tokio', 'Did you mean "Tokyo" (Tokyo, Japan, Asia/Tokyo)?'],
  ])('%s gets a did-you-mean, as Europe/Berln does', (typed, hint) => {
    const r = ct('ask', '--set', 'purpose=decision', '--set', 'urgency=today', '--set', 'attendees=2', '--set', `timezones=${typed}`);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(hint);
  });
});

describe('rules test in an extended set', () => {
  it('cites the right line for every example after a built-in one that the team replaced', () => {
    const builtIn = readFileSync(join(ROOT, 'rules', 'examples.yaml'), 'utf8').split('\n');
    const named = builtIn.flatMap((text, i) => (/^ {2}- name: (.+)$/.exec(text) ? [{ name: /^ {2}- name: (.+)$/.exec(text)![1]!, line: i + 1 }] : []));
    const replaced = named[1]!;
    mkdirSync(join(dir, '.commtriage'));
    writeFileSync(join(dir, '.commtriage', 'team.yaml'), `extends: builtin\nexamples:\n  - name: ${replaced.name}\n    answers: { purpose: quick-question, urgency: today, attendees: 2 }\n    expect: { recommendation: async }\n`);
    const r = ct('rules', 'test', '--json');
    const results = JSON.parse(r.stdout).examples as { name: string; where: string }[];
    expect(results.find((e) => e.name === replaced.name)?.where).toBe('.commtriage/team.yaml:3');
    for (const { name, line } of named.filter((n) => n !== replaced)) {
      expect(results.find((e) => e.name === name)?.where, name).toMatch(new RegExp(`examples\\.yaml:${line}$`));
    }
  });
});

describe('rules show ID', () => {
  it('shows a row with where it is defined and its place in the table; a checklist item too', () => {
    const row = ct('rules', 'show', 'quick-question');
    expect(row.status, row.stderr).toBe(0);
    expect(row.stdout).toMatch(/^row quick-question {2}\(\S*rules\/table\.yaml:\d+\)\nrow \d+ of \d+ in the decision table/);
    expect(row.stdout).toMatch(/^plan: quick-message$/m);
    expect(ct('rules', 'show', 'goal-in-the-invite').stdout).toMatch(/^checklist item goal-in-the-invite {2}\(\S*rules\/checklist-live\.yaml:\d+\)/);
  });

  it('names the team file that replaced a built-in item, and the one it replaces; --json has one shape', () => {
    mkdirSync(join(dir, '.commtriage'));
    writeFileSync(join(dir, '.commtriage', 'team.yaml'), 'extends: builtin\nrules:\n  - id: quick-question\n    when: { fact: purpose, operator: equal, value: quick-question }\n    plan: quick-message\n    reason: Ours.\n    source: team\n');
    const json = JSON.parse(ct('rules', 'show', 'quick-question', '--json').stdout);
    expect(json.counts.items).toBe(1);
    expect(json.items[0]).toMatchObject({ kind: 'row', id: 'quick-question', definedAt: '.commtriage/team.yaml:3', item: { reason: 'Ours.' } });
    expect(json.items[0].replaces[0]).toMatch(/table\.yaml:\d+$/);
  });

  it('an unknown id is exit 2 with a did-you-mean', () => {
    const r = ct('rules', 'show', 'quick-questio');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Did you mean "quick-question"\?/);
  });
});

describe('the man page', () => {
  it('has EXAMPLES and FILES, and names every environment variable the code reads', () => {
    const page = readFileSync(join(ROOT, 'dist', 'commtriage.1'), 'utf8');
    for (const section of ['ENVIRONMENT', 'FILES', 'EXAMPLES']) expect(page).toContain(`.SH ${section}`);
    const read = new Set<string>();
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name));
        else if (e.name.endsWith('.ts') && e.name !== 'precompile.ts') for (const m of readFileSync(join(d, e.name), 'utf8').matchAll(/\benv\.([A-Z][A-Z_]+)/g)) read.add(m[1]!);
      }
    };
    walk(join(ROOT, 'src'));
    for (const name of ['COMMTRIAGE_ZONE', 'COMMTRIAGE_WORKING_HOURS', 'COMMTRIAGE_FORMAT']) read.add(name); // read through ENV_NAMES
    expect(read.size).toBeGreaterThan(10);
    for (const name of read) expect(page, name).toContain(name);
  });
});
