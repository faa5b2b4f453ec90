// A flood of problems is cut short: the first ones, then a count, never megabytes of stderr.
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_SHOWN_PROBLEMS } from '../../src/errors.js';
import { FIXED, ROOT, runBin } from './run-bin.js';

const tmp = mkdtempSync(join(tmpdir(), 'commtriage-limits-'));
const VALID = ['--set', 'purpose=decision', '--set', 'urgency=today', '--set', 'attendees=3'];

/** The built-in rules plus 5,000 plans that give an id and a bad step: four problems each (no label, a step without kind, label and channels). */
function flooded(): string {
  const dir = join(tmp, 'flood');
  mkdirSync(dir);
  for (const f of readdirSync(join(ROOT, 'rules')).filter((n) => n.endsWith('.yaml'))) copyFileSync(join(ROOT, 'rules', f), join(dir, f));
  writeFileSync(join(dir, 'zz-flood.yaml'), `plans:\n${Array.from({ length: 5000 }, (_, i) => `  - id: flood-${i}\n    steps: [{ id: s, checklist: [] }]\n`).join('')}`);
  return dir;
}

describe('20,000 problems', () => {
  const dir = flooded();

  it.each([
    ['ask', ['ask', '--rules', dir, ...VALID, ...FIXED], /^commtriage: 20,000 problems:\n/],
    ['rules validate', ['rules', 'validate', dir], /flood: not valid: 20,000 errors\n$/],
  ])('%s shows the first 50, then "... and 19,950 more"', (_, args, summary) => {
    const r = runBin(args, { timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(summary);
    expect(r.stderr).toContain(`... and ${(20_000 - MAX_SHOWN_PROBLEMS).toLocaleString('en-US')} more`);
    expect(r.stderr.match(/zz-flood\.yaml:\d+:\d+/g)).toHaveLength(MAX_SHOWN_PROBLEMS);
    expect(r.stderr.length).toBeLessThan(20_000);
  });
});
