// The bad-input catalogue: every way a script or a person can hand commtriage something wrong.
// Each case spawns the built CLI and checks what the user sees: exit 2, nothing on stdout, a short
// message on stderr that names the problem and the fix, no stack trace, and no hang (a spawn
// timeout turns a hang into a failure). Timings are not asserted: the machine is noisy. Set
// BAD_INPUT_TIMES=1 to print each case's wall time.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_ANSWERS_BYTES } from '../../src/answers/json.js';
import { MAX_RULE_FILE_BYTES } from '../../src/rules/read-files.js';
import { BIN, FIXED, ROOT, runBin } from './run-bin.js';
import type { RunResult } from './run-bin.js';

/** Long enough for a slow start on a busy machine, short enough that a hang fails the test. */
const HANG_GUARD_MS = 6000;
const STACK_LINE = /^\s+at /m;
const tmp = mkdtempSync(join(tmpdir(), 'commtriage-bad-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};
const VALID = ['--set', 'purpose=decision', '--set', 'urgency=today', '--set', 'attendees=3'];
const yamlAnswers = (extra: string) => `purpose: decision\nurgency: today\nattendees: 3\n${extra}`;

/** Seeded pseudo-random bytes (a NUL among them), so a failure can be reproduced. */
function garbage(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  bytes[length >> 1] = 0;
  return bytes;
}

/** Nine levels of nine aliases: 9^9 items if expanded. */
const aliasBomb = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]']
  .concat([...'bcdefghi'].map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`))
  .concat(['purpose: decision'])
  .join('\n');

/** A copy of the built-in rules plus one hostile file (or several copies of it), read first (its rows stand above the built-in ones). */
function rulesWith(name: string, evil: string, copies = 1): string {
  const dir = join(tmp, name);
  mkdirSync(dir);
  for (const f of readdirSync(join(ROOT, 'rules')).filter((n) => n.endsWith('.yaml'))) copyFileSync(join(ROOT, 'rules', f), join(dir, f));
  for (let i = 0; i < copies; i++) writeFileSync(join(dir, `a-evil${i === 0 ? '' : i}.yaml`), evil);
  return dir;
}

const ruleWhen = (when: string): string => `table:\n  - id: deep\n    when: ${when}\n    plan: write-it-up\n    reason: r\n    source: s\n`;
/** { not: { not: ... } } on one line. */
const deepRule = (depth: number): string => ruleWhen(`${'{ not: '.repeat(depth)}{ fact: attendees, operator: greaterThan, value: 2 }${' }'.repeat(depth)}`);
/** not: under not:, each indented one more space. */
const deepBlockRule = (depth: number): string =>
  `table:\n  - id: deep\n    when:\n${Array.from({ length: depth }, (_, i) => `${' '.repeat(6 + i)}not:\n`).join('')}${' '.repeat(6 + depth)}fact: attendees\n`;
const longList = (length: number): string => ruleWhen(`{ fact: purpose, operator: in, value: [${Array(length).fill('a').join(', ')}] }`);

const unreadable = file('unreadable.yaml', yamlAnswers(''));
chmodSync(unreadable, 0o000);
const isRoot = process.getuid?.() === 0;

interface Case {
  name: string;
  args: string[];
  input?: string | Buffer;
  /** Key words the message must contain: where, the bad value, what is valid or how to fix it. */
  says: RegExp[];
  skip?: boolean;
}

const cases: Case[] = [
  // Malformed text
  { name: 'malformed YAML on stdin', args: [], input: 'purpose: [decision\nurgency: today\n', says: [/stdin:\d+:\d+/, /not valid YAML or JSON/, /YAML or JSON mapping/] },
  { name: 'malformed YAML in --answers', args: ['--answers', file('bad.yaml', 'purpose: decision\n  urgency: today\n')], says: [/bad\.yaml:1:10/, /not valid YAML or JSON/, /e\.g\. `purpose: decision`/] },
  { name: 'malformed JSON on stdin (a missing comma)', args: [], input: '{"purpose": "decision" "urgency": "today", "attendees": 3}', says: [/stdin:1:24/, /not valid YAML or JSON/] },
  { name: 'malformed JSON in --answers (unclosed)', args: ['--answers', file('unclosed.json', '{"purpose": "decision", "urgency": "today", "attendees": 3')], says: [/unclosed\.json:1:\d+/, /must end with a \}/, /not valid YAML or JSON/] },
  { name: 'malformed JSON via --answers - (stdin)', args: ['--answers', '-'], input: '{"purpose": "decision",, "attendees": 3}', says: [/stdin:1:24/, /not valid YAML or JSON/] },
  // Wrong types
  { name: 'attendees: "a dozen"', args: [], input: 'purpose: decision\nurgency: today\nattendees: "a dozen"\n', says: [/attendees/, /"a dozen"/, /not a number/, /whole number from 2 to 500/] },
  { name: 'sensitive: "kind of"', args: [], input: yamlAnswers('sensitive: "kind of"\n'), says: [/sensitive/, /"kind of"/, /not yes or no/, /yes or no \(true\/false and y\/n/] },
  { name: 'a choice that is a list', args: [], input: '{"purpose": ["decision"], "urgency": "today", "attendees": 3}', says: [/purpose/, /\["decision"\]/, /Valid values: quick-question/] },
  // Numbers out of range, fractional, huge
  { name: 'attendees 0', args: [], input: '{"purpose": "decision", "urgency": "today", "attendees": 0}', says: [/attendees: 0 is less than the minimum, 2/, /whole number from 2 to 500/] },
  { name: 'attendees -3 (--set)', args: ['--set', 'purpose=decision', '--set', 'urgency=today', '--set', 'attendees=-3'], says: [/attendees/, /"-3" is less than the minimum, 2/, /2 to 500/] },
  { name: 'attendees 2.5', args: [], input: 'purpose: decision\nurgency: today\nattendees: 2.5\n', says: [/attendees: 2\.5 is not a whole number/, /2 to 500/] },
  { name: 'attendees 1e309 (YAML: Infinity)', args: [], input: 'purpose: decision\nurgency: today\nattendees: 1e309\n', says: [/attendees/, /Infinity is not a finite number/, /2 to 500/] },
  { name: 'attendees 1e309 (--set)', args: ['--set', 'purpose=decision', '--set', 'urgency=today', '--set', 'attendees=1e309'], says: [/attendees/, /"1e309" is not a finite number/, /2 to 500/] },
  { name: 'attendees 10^20 (JSON)', args: [], input: '{"purpose": "decision", "urgency": "today", "attendees": 100000000000000000000}', says: [/attendees: 100000000000000000000 is more than the maximum, 500/] },
  { name: 'back_and_forth 10^20', args: [], input: yamlAnswers('back_and_forth: 100000000000000000000\n'), says: [/back_and_forth: 100000000000000000000 is more than the maximum, 1000/, /whole number from 0 to 1000/] },
  // The wrong shape
  { name: 'a YAML list, not a mapping', args: [], input: '- purpose: decision\n- urgency: today\n', says: [/stdin:1:1/, /expected a mapping like `purpose: decision`, found a list/] },
  { name: 'a JSON list, not a mapping', args: [], input: '[{"purpose": "decision", "urgency": "today", "attendees": 3}]', says: [/expected a mapping/, /found a list/] },
  { name: 'empty stdin', args: [], input: '', says: [/stdin: no answers were given/, /--set id=value/, /--answers FILE/] },
  { name: 'binary garbage on stdin', args: [], input: garbage(4096, 42), says: [/stdin:\d+:\d+/, /binary data/, /YAML or JSON/] },
  { name: 'binary garbage in --answers', args: ['--answers', file('garbage.bin', garbage(512, 7))], says: [/garbage\.bin:\d+:\d+/, /binary data/] },
  // Resource limits
  { name: 'an answers file over the size limit', args: ['--answers', file('big.yaml', yamlAnswers(`note: ${'x'.repeat(MAX_ANSWERS_BYTES)}\n`))], says: [/big\.yaml/, /larger than the size limit, 64 KB/, /right file/] },
  { name: 'stdin over the size limit', args: [], input: yamlAnswers(`note: ${'x'.repeat(4 * MAX_ANSWERS_BYTES)}\n`), says: [/stdin/, /size limit, 64 KB/] },
  { name: 'an endless file (/dev/zero)', args: ['--answers', '/dev/zero'], says: [/\/dev\/zero/, /size limit, 64 KB/], skip: !existsSync('/dev/zero') },
  { name: 'a YAML alias bomb', args: ['--answers', file('bomb.yaml', aliasBomb)], says: [/bomb\.yaml/, /alias/i, /at most 50 YAML aliases/] },
  // Prototype keys
  { name: '__proto__ in JSON answers', args: [], input: '{"purpose": "decision", "urgency": "today", "attendees": 3, "__proto__": {"polluted": true}}', says: [/stdin:1:\d+/, /"__proto__" is not allowed in answers/, /commtriage questions/] },
  { name: 'constructor in YAML answers', args: [], input: yamlAnswers('constructor: {prototype: {polluted: true}}\n'), says: [/stdin:4:1/, /"constructor" is not allowed/, /"prototype" is not allowed/] },
  { name: '__proto__ in a rule file', args: ['--rules', rulesWith('rules-proto', 'settings:\n  __proto__: { polluted: true }\n'), ...VALID], says: [/a-evil\.yaml:2:3/, /"__proto__" is a reserved name/, /Rename or remove it/] },
  // Rule-set limits (README, "Limits")
  { name: 'a rule file over the size limit', args: ['--rules', rulesWith('rules-huge', `# ${'x'.repeat(MAX_RULE_FILE_BYTES)}\n`), ...VALID], says: [/a-evil\.yaml/, /larger than the limit for one rule file, 512 KB/, /split a large one/] },
  { name: 'a rule set over the size limit', args: ['--rules', rulesWith('rules-heavy', `# ${'x'.repeat(400 * 1024)}\n`, 3), ...VALID], says: [/rules-heavy/, /add up to 1\.\d MB, more than the limit for a rule set, 1 MB/] },
  { name: 'a condition nested 10,000 deep (flow)', args: ['--rules', rulesWith('rules-deep', deepRule(10_000)), ...VALID], says: [/a-evil\.yaml:3:\d+/, /nested more than 64 levels deep/, /Flatten the condition/] },
  { name: 'a condition nested 1,000 deep (indented)', args: ['--rules', rulesWith('rules-deep-block', deepBlockRule(1_000)), ...VALID], says: [/a-evil\.yaml:\d+:\d+/, /nested more than 64 levels deep/] },
  { name: 'an "in" list of 100,000 values', args: ['--rules', rulesWith('rules-long-list', longList(100_000)), ...VALID], says: [/a-evil\.yaml:3:\d+/, /this list has more than 1,000 values, the limit for a list/, /Shorten the list/] },
  { name: 'an "in" list of 2,000 values, one a line', args: ['--rules', rulesWith('rules-long-block-list', ruleWhen(`\n      fact: purpose\n      operator: in\n      value:\n${'        - a\n'.repeat(2000)}`)), ...VALID], says: [/a-evil\.yaml:\d+:\d+/, /operator "in" has a list of 2,000 values, more than the limit of 1,000/] },
  { name: 'constructor in a rule file', args: ['--rules', rulesWith('rules-ctor', 'table:\n  - id: x\n    constructor: { prototype: 1 }\n'), ...VALID], says: [/a-evil\.yaml:3:5/, /"constructor" is a reserved name/] },
  // Time zones and time flags
  { name: 'a near-miss zone', args: [...VALID, '--set', 'timezones=Europe/Berln'], says: [/timezones/, /"Europe\/Berln" is not a known time zone/, /Did you mean "Europe\/Berlin"\?/] },
  { name: 'an unknown zone in a file', args: [], input: yamlAnswers('timezones: [Mars/Olympus]\n'), says: [/timezones/, /"Mars\/Olympus"/, /IANA name such as/] },
  { name: 'an unknown --zone', args: [...VALID, '--now', '2026-03-16T12:00:00Z', '--zone', 'Europe/Pariss'], says: [/--zone/, /Europe\/Pariss/, /Europe\/Paris/] },
  { name: 'an invalid --now', args: [...VALID, '--now', 'yesterday', '--zone', 'UTC'], says: [/--now/, /"yesterday"/, /ISO 8601/, /2026-03-16T12:00:00Z/] },
  { name: 'an impossible --now', args: [...VALID, '--now', '2026-13-45T25:00', '--zone', 'UTC'], says: [/--now/, /2026-13-45T25:00/, /ISO 8601/] },
  // Flags
  { name: 'an unknown --format', args: [...VALID, '--format', 'yaml'], says: [/--format/, /"yaml"/, /text, json, markdown/] },
  { name: '--set without =', args: ['--set', 'purpose'], says: [/--set purpose/, /no "="/, /--set purpose=decision/] },
  { name: '--set with an empty id', args: ['--set', '=decision'], says: [/--set =decision/, /id before "=" is empty/, /--set id=value/] },
  // Files and directories
  { name: 'a missing answers file', args: ['--answers', join(tmp, 'nope.yaml')], says: [/nope\.yaml/, /no such file/, /Check the path/] },
  { name: 'an unreadable answers file', args: ['--answers', unreadable], says: [/unreadable\.yaml/, /permission denied/, /permissions/], skip: isRoot },
  { name: 'a directory as the answers file', args: ['--answers', tmp], says: [/directory, not a file/] },
  { name: 'a missing rules directory', args: ['--rules', join(tmp, 'no-rules'), ...VALID], says: [/no-rules/, /rule directory not found/, /--rules/] },
];

const times: [string, number][] = [];
function timed(name: string, run: () => RunResult): RunResult {
  const started = performance.now();
  const result = run();
  times.push([name, Math.round(performance.now() - started)]);
  return result;
}
afterAll(() => {
  if (process.env.BAD_INPUT_TIMES) console.log(times.map(([name, ms]) => `${String(ms).padStart(5)} ms  ${name}`).join('\n'));
});

describe('the bad-input catalogue', () => {
  it.each(cases)('$name: exit 2, a short message with the fix, nothing on stdout', ({ name, args, input, says, skip }) => {
    if (skip) return; // e.g. root reads any file
    const r = timed(name, () => runBin(['ask', ...args, ...(args.includes('--now') ? [] : FIXED)], { input: input ?? '', timeout: HANG_GUARD_MS }));
    expect(r.status, `${name} (null means it hung)\n${r.stderr}`).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^commtriage: /);
    for (const word of says) expect(r.stderr).toMatch(word);
    expect(r.stderr).not.toMatch(STACK_LINE);
    expect(r.stderr).not.toMatch(/unexpected error|Error:|TypeError|ReferenceError/);
    // Two problems at most here, each with its source line and caret under it.
    expect(r.stderr.trim().split('\n').length, r.stderr).toBeLessThanOrEqual(10);
  });
});

describe('a bad line in --batch', () => {
  const good = JSON.stringify({ ref: 'ok', purpose: 'decision', urgency: 'today', attendees: 3 });
  const input = [good, '{"ref": "dozen", "purpose": "decision", "urgency": "today", "attendees": "a dozen"}', '{"purpose": ', '\u0000\u0001garbage', good].join('\n');
  const r = timed('a bad line in --batch', () => runBin(['ask', '--batch', ...FIXED], { input, timeout: HANG_GUARD_MS }));
  const rows = r.stdout.trim().split('\n').map((line) => JSON.parse(line));

  it('gives an error object with the line number, goes on, and exits 2', () => {
    expect(r.status).toBe(2);
    expect(rows.map((row) => [row.line, 'error' in row])).toEqual([[1, false], [2, true], [3, true], [4, true], [5, false]]);
    expect(rows[4].recommendation).toEqual(rows[0].recommendation);
  });

  it('names the answer, the bad value and what is valid; no stack anywhere', () => {
    expect(rows[1].ref).toBe('dozen');
    expect(rows[1].error.problems[0]).toMatchObject({ where: 'attendees', message: expect.stringContaining('"a dozen"'), hint: expect.stringContaining('2 to 500') });
    expect(rows[2].error.problems[0].message).toMatch(/not valid JSON/);
    expect(r.stdout).not.toMatch(/\\n\s+at /);
    expect(r.stderr).not.toMatch(STACK_LINE);
  });
});

describe('stdout closed early', () => {
  // `| true` closes the pipe before the CLI writes: a write is sure to meet EPIPE.
  it.each([
    ['questions | head -1', 'questions', 'head -1'],
    ['questions --json | head -c 10', 'questions --json', 'head -c 10'],
    [`ask | head -1`, `ask ${VALID.join(' ')} ${FIXED.join(' ')}`, 'head -1'],
    ['questions | true', 'questions', 'true'],
    ['ask --json | true', `ask --json ${VALID.join(' ')} ${FIXED.join(' ')}`, 'true'],
  ])('%s: exit 0, no EPIPE error on stderr', (name, args, reader) => {
    const r = timed(name, () => {
      const started = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" ${args} | ${reader} >/dev/null; echo "status=\${PIPESTATUS[0]}"`], {
        encoding: 'utf8',
        timeout: HANG_GUARD_MS,
        env: { ...process.env, TZ: 'UTC', NO_COLOR: '1' },
      });
      return { status: started.status, stdout: started.stdout, stderr: started.stderr };
    });
    expect(r.stdout.trim()).toBe('status=0');
    expect(r.stderr).toBe('');
  });
});
