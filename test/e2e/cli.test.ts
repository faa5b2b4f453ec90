import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { BIN, FIXED, runBin } from './run-bin.js';

const tmp = mkdtempSync(join(tmpdir(), 'commtriage-e2e-'));
const BRAINSTORM = { purpose: 'brainstorm', urgency: 'this-week', attendees: 5 };
const ANSI = /\u001b\[/;

describe('the three answer paths', () => {
  const file = join(tmp, 'answers.yaml');
  writeFileSync(file, 'purpose: brainstorm\nurgency: this-week\nattendees: 5\n');
  const viaStdin = runBin(['ask', '--json', ...FIXED], { input: JSON.stringify(BRAINSTORM) });
  const viaFile = runBin(['ask', '--json', '--answers', file, ...FIXED]);
  const viaSet = runBin(['ask', '--json', '--set', 'purpose=brainstorm', '--set', 'urgency=this-week', '--set', 'attendees=5', ...FIXED]);

  it('prints the JSON contract from stdin, with nothing on stderr', () => {
    expect(viaStdin.stderr).toBe('');
    expect(viaStdin.status).toBe(0);
    const advice = JSON.parse(viaStdin.stdout);
    // Five people for 50 minutes is 4.2 person-hours: the cost is named.
    expect(advice).toMatchObject({ schemaVersion: 3, recommendation: 'sync', row: 'brainstorm', plan: 'workshop', adjustments: ['costly-meeting'], answers: BRAINSTORM });
    expect(advice).not.toHaveProperty('confidence');
    expect(advice).not.toHaveProperty('scores');
    expect(advice).not.toHaveProperty('trace');
    expect(Object.keys(advice).slice(0, 3)).toEqual(['schemaVersion', 'recommendation', 'label']);
    for (const key of ['channels', 'reasons', 'checklist']) expect(advice[key].length).toBeGreaterThan(0);
    // The matched row's reason comes first.
    expect(advice.reasons[0]).toEqual({ rule: 'brainstorm', text: expect.any(String), source: expect.any(String) });
  });

  it('adds the trace with --explain: the rows tried down to the one that matched, and every adjustment', () => {
    const explained = runBin(['ask', '--json', '--explain', ...FIXED], { input: JSON.stringify(BRAINSTORM) });
    expect(explained.status, explained.stderr).toBe(0);
    const { trace, row } = JSON.parse(explained.stdout);
    expect(Object.keys(trace)).toEqual(['rows', 'adjustments']);
    expect(trace.rows.at(-1)).toMatchObject({ rule: row, fired: true });
    expect(trace.rows.slice(0, -1).every((r: { fired: boolean }) => !r.fired)).toBe(true);
    expect(trace.rows[0].rule).toBe('incident');
    expect(trace.adjustments.length).toBeGreaterThan(0);
  });

  it('gives the same JSON through --answers and --set', () => {
    expect(viaFile.stdout).toBe(viaStdin.stdout);
    expect(viaSet.stdout).toBe(viaStdin.stdout);
  });

  it('lets --set override the file, and --set override stdin read as --answers -', () => {
    const overFile = runBin(['ask', '--json', '--answers', file, '--set', 'attendees=3', ...FIXED]);
    expect(JSON.parse(overFile.stdout).answers).toMatchObject({ purpose: 'brainstorm', attendees: 3 });
    const overStdin = runBin(['ask', '--json', '--answers', '-', '--set', 'attendees=3', ...FIXED], {
      input: '{"purpose":"quick-question","urgency":"today","sensitive":true}',
    });
    expect(JSON.parse(overStdin.stdout).answers).toMatchObject({ purpose: 'quick-question', attendees: 3, sensitive: true });
  });

  it.each([
    ['--answers names a file', ['--answers', 'FILE']],
    ['--set gives the answers', ['--set', 'purpose=brainstorm', '--set', 'urgency=this-week', '--set', 'attendees=5']],
  ])('does not wait for stdin when %s (a caller may leave it open, or it may feed a loop)', async (_, given) => {
    // As Node's execFile does: stdin is a pipe that is never closed.
    const args = given.map((a) => (a === 'FILE' ? file : a));
    const child = spawn(process.execPath, [BIN, 'ask', '--json', ...args, ...FIXED], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const status = await new Promise<number | null>((done) => {
      const timer = setTimeout(() => {
        child.kill();
        done(null);
      }, 10_000);
      child.on('exit', (code) => {
        clearTimeout(timer);
        done(code);
      });
    });
    child.stdin.destroy();
    expect(status).toBe(0);
    expect(JSON.parse(out).answers).toMatchObject(BRAINSTORM);
  });
});

describe('exit statuses and messages', () => {
  // More bad input (files, types, limits, zones, flags) is in bad-input.test.ts.
  it.each([
    { name: 'an unknown choice', args: ['--set', 'purpose=brainstorming', '--set', 'urgency=today', '--set', 'attendees=3'], says: /purpose.*brainstorm/s },
    { name: 'an unknown id', args: ['--set', 'purpouse=decision', '--set', 'urgency=today', '--set', 'attendees=3'], says: /purpose/ },
    { name: 'missing answers', args: ['--set', 'purpose=decision'], says: /urgency[\s\S]*attendees|attendees[\s\S]*urgency/ },
    { name: 'an unknown flag', args: ['--frobnicate'], says: /unknown option/ },
  ])('$name: exit 2, a message with the fix, nothing on stdout, no stack', ({ args, says }) => {
    const r = runBin(['ask', ...args]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(says);
    expect(r.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });

  it('never prompts when stdin is not a terminal: empty stdin and no answers is exit 2', () => {
    const r = runBin(['ask']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no answers/i);
  });

  it('prints help with examples for every command, exit 0', () => {
    for (const args of [['--help'], ['ask', '--help'], ['questions', '--help'], ['rules', '--help'], ['rules', 'validate', '--help'], ['rules', 'test', '--help'], ['rules', 'list', '--help'], ['init', '--help']]) {
      const r = runBin(args);
      expect(r.status, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).toMatch(/Examples:\n\s+\$ commtriage/);
    }
  });

  it('prints the version', () => {
    const r = runBin(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('output for people and pipes', () => {
  const args = ['ask', '--set', 'purpose=quick-question', '--set', 'urgency=today', '--set', 'attendees=2', ...FIXED];

  it('has no colour when piped, and honours FORCE_COLOR and NO_COLOR', () => {
    expect(runBin(args).stdout).not.toMatch(ANSI);
    expect(runBin(args, { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
    expect(runBin(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(runBin([...args, '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
  });

  it('renders markdown with a checklist of - [ ] items', () => {
    const r = runBin([...args, '--format', 'markdown']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^- \[ \] /m);
  });

  it('lists the questions for script authors, as text and JSON', () => {
    const json = JSON.parse(runBin(['questions', '--json']).stdout);
    expect(json.questions.map((q: { id: string }) => q.id)).toEqual(expect.arrayContaining(['purpose', 'urgency', 'attendees', 'timezones', 'back_and_forth', 'sensitive']));
    expect(json.counts.questions).toBe(json.questions.length);
    expect(runBin(['questions']).stdout).toMatch(/quick-question/);
  });

  it('exits 0 quietly when the reader closes the pipe early', () => {
    const lines = join(tmp, 'many.ndjson');
    writeFileSync(lines, `${JSON.stringify(BRAINSTORM)}\n`.repeat(3000));
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" ask --batch --answers "${lines}" ${FIXED.join(' ')} | head -1 >/dev/null; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8', timeout: 20000 });
    expect(r.stdout.trim()).toBe('status=0');
    expect(r.stderr).toBe('');
  });
});
