// What a script sees at the edges of a batch: lines it cannot use, output it cannot write, and
// --fields. Each case spawns the built CLI.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, FIXED, runBin } from './run-bin.js';

const need = { ref: 'n', purpose: 'decision', urgency: 'today', attendees: 3 };
const line = `${JSON.stringify(need)}\n`;
const rows = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l));

/** Runs the CLI through a shell, for redirections a test cannot make with spawn's options. */
const shell = (script: string) =>
  spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 15000, env: { ...process.env, BIN, TZ: 'UTC', NO_COLOR: '1' } });

describe('ask --batch at its edges', () => {
  it('refuses a line longer than 1 MiB, in linear time, and goes on with the next', () => {
    const long = `{"ref":"${'x'.repeat(3 << 20)}"}\n`;
    const r = runBin(['ask', '--batch', ...FIXED], { input: `${line}${long}${line}` });
    expect(r.status).toBe(2);
    const out = rows(r.stdout);
    expect(out.map((o) => [o.line, 'error' in o])).toEqual([[1, false], [2, true], [3, false]]);
    expect(out[1].error.problems[0].message).toMatch(/longer than 1,048,576 bytes/);
  });

  it('accepts a byte-order mark on the first line, as a single ask does', () => {
    const r = runBin(['ask', '--batch', ...FIXED], { input: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(line)]) });
    expect(r.status).toBe(0);
    expect(rows(r.stdout)[0].ref).toBe('n');
  });

  it('reports a line that is not UTF-8 instead of changing its ref', () => {
    const bad = Buffer.concat([Buffer.from('{"ref":"caf'), Buffer.from([0xe9]), Buffer.from('","purpose":"decision","urgency":"today","attendees":3}\n')]);
    const r = runBin(['ask', '--batch', ...FIXED], { input: Buffer.concat([bad, Buffer.from(line)]) });
    expect(r.status).toBe(2);
    const out = rows(r.stdout);
    expect(out[0].error.problems[0].message).toMatch(/not valid UTF-8/);
    expect(out[1].ref).toBe('n');
  });

  it('ends with status 1 and one line when the output cannot be written (a full disk), at any point', () => {
    for (const count of [1, 5000]) {
      const r = shell(`yes '${JSON.stringify(need)}' | head -n ${count} | node "$BIN" ask --batch ${FIXED.join(' ')} > /dev/full`);
      expect(r.status, `${count} lines`).toBe(1);
      expect(r.stderr.trim()).toBe('commtriage: cannot write the output: no space left on the device (ENOSPC).');
    }
  });

  it('keeps only the fields named by --fields', () => {
    const r = runBin(['ask', '--batch', '--fields', 'recommendation,channels,schedule.replyBy', ...FIXED], { input: line });
    expect(r.status).toBe(0);
    const [row] = rows(r.stdout);
    expect(Object.keys(row)).toEqual(['line', 'ref', 'recommendation', 'channels', 'schedule']);
    expect(Object.keys(row.schedule)).toEqual(['replyBy']);
  });
});

describe('ask --fields', () => {
  const answers = ['--set', 'purpose=decision', '--set', 'urgency=today', '--set', 'attendees=3', ...FIXED];

  it('prints only the named fields of the JSON', () => {
    const r = runBin(['ask', '--json', '--fields', 'recommendation', ...answers]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ recommendation: expect.stringMatching(/async|sync|hybrid/) });
  });

  it('refuses an unknown field, listing the valid ones; exit 2', () => {
    const r = runBin(['ask', '--json', '--fields', 'recomendation', ...answers]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown field "recomendation"[\s\S]*Did you mean "recommendation"\?[\s\S]*schedule\.replyBy/);
  });

  it('refuses --fields with a format that has no fields; exit 2', () => {
    const r = runBin(['ask', '--fields', 'recommendation', ...answers]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--fields picks fields of JSON output[\s\S]*Add --json/);
  });
});
