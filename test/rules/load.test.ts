// The file-system edge: which files are read, what a user sees when the directory is wrong,
// and where the shipped rule set is found (from src/ in tests, from dist/ when bundled).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { builtInRulesDir, displayPath, loadRuleSet } from '../../src/rules/load.js';
import { fixture, root } from './helpers.js';

const failure = async (dir: string): Promise<UserError> => {
  const error = await loadRuleSet(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
};

describe('loadRuleSet', () => {
  it('loads the valid fixture with defaults applied', async () => {
    const { ruleSet, warnings } = await loadRuleSet(fixture('rules-valid'));
    expect(warnings).toEqual([]);
    expect(ruleSet.origin).toBe('test/fixtures/rules-valid');
    expect(ruleSet.settings).toEqual({
      hybridMargin: 0.2,
      meetingMinutes: 50,
      workingHours: '09:00-17:00',
      quietHours: '22:00-07:00',
      replyBy: { today: 'PT8H', whenever: 'P7D' },
    });
    expect(ruleSet.questions.map((q) => q.id)).toEqual(['purpose', 'urgency', 'attendees', 'timezones', 'sensitive']);
    expect(ruleSet.rules.find((r) => r.id === 'sensitive-not-in-writing')?.effect).toEqual({ decide: 'sync', exclude: ['async'], priority: 0 });
    expect(ruleSet.examples).toMatchObject([{ name: 'a quick question goes to a message', file: 'test/fixtures/rules-valid/examples.yaml', line: 3 }]);
  });

  it('loads the shipped rule set without errors or warnings, as "built-in"', async () => {
    const { ruleSet, warnings } = await loadRuleSet(builtInRulesDir());
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
      'test/fixtures/rules-broken/b-rules.yaml:4:35 unknown channel "video"',
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
    writeFileSync(join(dir, 'b.yml'), 'rules:\n  - { id: second, when: { all: [] }, effect: { sync: 1 }, reason: r, source: s }\n');
    writeFileSync(join(dir, 'a.yaml'), 'rules:\n  - { id: first, when: { all: [] }, effect: { sync: 1 }, reason: r, source: s }\n');
    writeFileSync(join(dir, 'c.json'), '{ not yaml at all');
    writeFileSync(join(dir, 'outcomes.yaml'), 'outcomes:\n  async: { label: a, channels: [] }\n  sync: { label: s, channels: [] }\n  hybrid: { label: h, channels: [] }\n');
    const { ruleSet } = await loadRuleSet(dir);
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
  ])('shows %s from %s as %s', (path, cwd, shown) => {
    expect(displayPath(path, cwd)).toBe(shown);
  });
});
