import { describe, expect, it } from 'vitest';
import { FIXED, runBin } from './run-bin.js';

const needs = [
  { ref: 'a', purpose: 'quick-question', urgency: 'today', attendees: 2 },
  { ref: 7, purpose: 'brainstorm', urgency: 'this-week', attendees: 5, timezones: ['America/New_York', 'Europe/London', 'Asia/Kolkata'] },
  { purpose: 'feedback', urgency: 'whenever', attendees: 3, sensitive: true },
];

describe('ask --batch', () => {
  const input = needs.map((n) => JSON.stringify(n)).join('\n') + '\n';
  const r = runBin(['ask', '--batch', ...FIXED], { input });
  const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));

  it('writes one result a line, in input order, echoing ref and the line number', () => {
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(rows.map((row) => [row.line, row.ref])).toEqual([[1, 'a'], [2, 7], [3, undefined]]);
  });

  it('gives each line exactly the advice a single ask --json gives', () => {
    needs.forEach(({ ref: _ref, ...answers }, i) => {
      const single = JSON.parse(runBin(['ask', '--json', ...FIXED], { input: JSON.stringify(answers) }).stdout);
      const { line: _line, ref: _r, ...row } = rows[i];
      expect(row).toEqual(single);
      expect(Object.keys(row)).toEqual(Object.keys(single));
    });
  });

  it('reports a bad line with its number and goes on; exit 2', () => {
    const bad = runBin(['ask', '--batch', ...FIXED], {
      input: `${JSON.stringify(needs[0])}\n{"purpose": "nope", "ref": "x"}\nnot json\n${JSON.stringify(needs[2])}\n`,
    });
    expect(bad.status).toBe(2);
    const out = bad.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => [o.line, 'error' in o])).toEqual([[1, false], [2, true], [3, true], [4, false]]);
    expect(out[1].ref).toBe('x');
    expect(out[1].error.problems[0].where).toBe('purpose');
  });

  it('gives every line the --set answers, which win over the line\'s own', () => {
    const input = `${JSON.stringify({ purpose: 'decision', attendees: 3 })}\n${JSON.stringify({ purpose: 'feedback', attendees: 2, urgency: 'whenever' })}\n`;
    const r = runBin(['ask', '--batch', '--set', 'urgency=today', '--set', 'sensitive=yes', ...FIXED], { input });
    expect(r.status).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => [o.answers.urgency, o.answers.sensitive])).toEqual([['today', true], ['today', true]]);
  });

  it('reports a bad --set once, before reading any line; exit 2', () => {
    for (const flag of ['urgency=soonish', 'budget=10', 'urgency']) {
      const r = runBin(['ask', '--batch', '--set', flag, ...FIXED], { input: `${JSON.stringify(needs[0])}\n` });
      expect(r.status, flag).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(flag.includes('=') ? /urgency|budget/ : /expected id=value/);
      expect(r.stderr.trim().split('\n').length).toBeLessThan(5);
    }
  });
});
