// The file-system edge: which files are read, what a user sees when the directory is wrong,
// and where the shipped rule set is found (from src/ in tests, from dist/ when bundled).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { builtInRulesDir, loadRuleSet } from '../../src/rules/load.js';
import { displayPath } from '../../src/text/place.js';
import { fixture, root } from './helpers.js';

const failure = async (dir: string): Promise<UserError> => {
  const error = await loadRuleSet(dir, { cwd: process.cwd() }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
};

describe('loadRuleSet', () => {
  it('loads the valid fixture with defaults applied', async () => {
    const { ruleSet, warnings } = await loadRuleSet(fixture('rules-valid'), { cwd: process.cwd() });
    expect(warnings).toEqual([]);
    expect(ruleSet.origin).toBe('test/fixtures/rules-valid');
    expect(ruleSet.settings).toEqual({
      meetingMinutes: 50,
      workingHours: '09:00-17:00',
      quietHours: '22:00-07:00',
      replyBy: { today: 'PT8H', whenever: 'P7D' },
      costOverhead: 1.4,
      writtenMinutes: { write: 30, read: 5 },
    });
    expect(ruleSet.questions.map((q) => q.id)).toEqual(['purpose', 'urgency', 'attendees', 'timezones', 'sensitive']);
    // The table in file order: the catch-all row from zz-otherwise.yaml last.
    expect(ruleSet.rules.map((r) => r.id)).toEqual(['quick-question-async', 'brainstorm-live', 'sensitive-live', 'far-apart', 'otherwise']);
    expect(ruleSet.rules.at(-1)).toEqual({ id: 'otherwise', plan: 'message', reason: 'Nothing here needs everyone at once.', source: 'article: What is asynchronous communication?' });
    expect(ruleSet.plans.find((p) => p.id === 'write-then-meet')).toEqual({
      id: 'write-then-meet',
      mode: 'hybrid',
      order: 'write-first',
      label: 'Write first then meet',
      channels: ['chat', 'video'],
      checklist: ['set-deadline', 'state-goal'],
      // A plan in the older form is read as its steps: the written part, then the live one.
      steps: [
        { id: 'write', kind: 'written', label: 'Write first then meet', audience: 'everyone', channels: ['chat'], checklist: ['set-deadline'] },
        { id: 'meet', kind: 'live', label: 'Write first then meet', audience: 'everyone', channels: ['video'], checklist: ['state-goal'] },
      ],
    });
    expect(ruleSet.checklist.find((c) => c.id === 'set-deadline')).toMatchObject({ kind: 'deadline', modes: ['async', 'hybrid'] });
    expect(ruleSet.adjustments.map((a) => a.id)).toEqual(['big-group']);
    expect(ruleSet.signals.map((s) => s.id)).toEqual(['many-people']);
    expect(ruleSet.examples).toMatchObject([
      { name: 'a quick question goes to a message', file: 'test/fixtures/rules-valid/examples.yaml', line: 3 },
      { name: 'a brainstorm for six meets live and gives everyone a role', expect: { row: 'brainstorm-live', adjustments: ['big-group'] } },
    ]);
  });

  it('loads the shipped rule set without errors or warnings, as "built-in"', async () => {
    const { ruleSet, warnings } = await loadRuleSet(builtInRulesDir(), { cwd: process.cwd() });
    expect(warnings).toEqual([]);
    expect(ruleSet.origin).toBe('built-in');
    expect(ruleSet.questions.map((q) => q.id)).toEqual(expect.arrayContaining(['purpose', 'urgency', 'attendees', 'timezones', 'back_and_forth', 'sensitive']));
  });

  it('reports every problem of a broken directory at once, exit status 2, paths relative to the cwd', async () => {
    const error = await failure(fixture('rules-broken'));
    expect(error.exitCode).toBe(2);
    expect(error.problems.map((p) => `${p.where} ${p.message}`)).toEqual([
      'test/fixtures/rules-broken/b-rules.yaml:3:19 unknown fact "atendees"',
      'test/fixtures/rules-broken/b-rules.yaml:3:39 unknown operator "greaterThen"; did you mean "greaterThan"?',
      'test/fixtures/rules-broken/b-rules.yaml:12:53 unknown channel "video"',
    ]);
    expect(error.message).not.toMatch(/\n\s+at /); // no stack trace in what is printed
  });

  it.each([
    ['a missing directory', 'test/fixtures/no-such-dir', 'rule directory not found'],
    ['a directory without rule files', 'test/fixtures/rules-empty', 'no rule files (*.yaml or *.yml) in this directory'],
    ['a file instead of a directory', 'test/fixtures/rules-valid/rules.yaml', 'not a directory; a rule set is a directory of .yaml files'],
  ])('refuses %s with a hint', async (_, dir, message) => {
    const error = await failure(join(root, dir));
    expect(error.problems).toEqual([{ where: dir, message, hint: expect.stringContaining('commtriage init') }]);
  });

  it('reads .yaml and .yml files in name order and ignores the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'commtriage-rules-'));
    // Read in name order, a.yaml's row comes first; were b.yml read first, its row (with a
    // condition) would be last and the set refused.
    writeFileSync(join(dir, 'b.yml'), 'table:\n  - { id: second, plan: write, reason: r, source: s }\n');
    writeFileSync(join(dir, 'a.yaml'), 'table:\n  - { id: first, when: { fact: zone_count, operator: greaterThan, value: 1 }, plan: write, reason: r, source: s }\n');
    writeFileSync(join(dir, 'c.json'), '{ not yaml at all');
    writeFileSync(
      join(dir, 'plans.yaml'),
      'plans:\n  - { id: write, mode: async, label: w, channels: [chat], checklist: [reply-by] }\nchannels:\n  - { id: chat, label: Chat, mode: async }\nchecklist:\n  - { id: reply-by, kind: deadline, text: t, source: s }\n',
    );
    const { ruleSet } = await loadRuleSet(dir, { cwd: process.cwd() });
    expect(ruleSet.rules.map((r) => r.id)).toEqual(['first', 'second']);
  });
});

describe('builtInRulesDir', () => {
  it('finds rules/ beside package.json from the source tree', () => {
    expect(builtInRulesDir()).toBe(join(root, 'rules'));
  });

  it('finds it from a bundled file such as dist/cli.js', () => {
    expect(builtInRulesDir(pathToFileURL(join(root, 'dist/cli.js')).href)).toBe(join(root, 'rules'));
  });

  it("skips other packages' package.json on the way up", () => {
    const nested = join(root, 'node_modules/yaml/dist/index.js');
    expect(builtInRulesDir(pathToFileURL(nested).href)).toBe(join(root, 'rules'));
  });

  it('says so when there is no commtriage package above', () => {
    const dir = mkdtempSync(join(tmpdir(), 'commtriage-elsewhere-'));
    mkdirSync(join(dir, 'sub'));
    expect(() => builtInRulesDir(pathToFileURL(join(dir, 'sub/cli.js')).href)).toThrow(/package\.json not found/);
  });
});

describe('displayPath', () => {
  it.each([
    ['/home/ann/project/rules/a.yaml', '/home/ann/project', 'rules/a.yaml'],
    ['/etc/commtriage/a.yaml', '/home/ann/project', '/etc/commtriage/a.yaml'],
    ['../../x/a.yaml', '/home/ann/project', '/home/x/a.yaml'],
    ['../rules/a.yaml', '/home/ann/project', '../rules/a.yaml'],
    ['/home/ann/project', '/home/ann/project', '.'],
  ])('shows %s from %s as %s', (path, cwd, shown) => {
    expect(displayPath(path, cwd)).toBe(shown);
  });
});
