// A company audited in shards (a subset of the files each, in parallel) and merged with
// `audit --merge` gives the report one run over every file gives: the same meetings, people,
// person-hours, flags and verdicts. Meetings shared between shards are one meeting again.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types (bench/calendars.mjs)
import { writeCalendars } from '../../bench/calendars.mjs';
import { ROOT } from '../e2e/run-bin.js';
import { audit } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'commtriage-shards-'));
const { files, rosterDir } = writeCalendars(dir, { people: 16, from: '2026-03-02', weeks: 3 }) as { files: string[]; rosterDir: string };
const paths = files.map((f) => relative(ROOT, f));
const common = ['--rules', relative(ROOT, rosterDir), '--from', '2026-03-02', '--weeks', '3', '--now', '2026-03-02T08:00:00Z', '--zone', 'Europe/London'];

describe('audit in shards, then --merge', () => {
  it('equals one run over every file', () => {
    const whole = audit([...paths, ...common, '--json']);
    expect(whole.status, whole.stderr).toBe(0);
    // Files of the same team in different shards: the team's meetings are split between them.
    const shards = [paths.filter((_, i) => i % 2 === 0), paths.filter((_, i) => i % 2 === 1)].map((part, n) => {
      const r = audit([...part, ...common, '--format', 'ndjson']);
      expect(r.status, r.stderr).toBe(0);
      const file = join(dir, `shard-${n}.ndjson`);
      writeFileSync(file, r.stdout);
      return file;
    });
    const merged = audit(['--merge', ...shards, ...common, '--json']);
    expect(merged.status, merged.stderr).toBe(0);
    const [one, two] = [JSON.parse(whole.stdout), JSON.parse(merged.stdout)];
    expect(two.series.length).toBeGreaterThan(20);
    expect(two).toEqual(one);
  });

  it('does not depend on the order of the files', () => {
    const forward = audit([...paths, ...common, '--json']);
    const backward = audit([...[...paths].reverse(), ...common, '--json']);
    expect(backward.status, backward.stderr).toBe(0);
    expect(JSON.parse(backward.stdout)).toEqual(JSON.parse(forward.stdout));
  });

  it('refuses a line that is not audit output, and shards of different windows', () => {
    const bad = join(dir, 'bad.ndjson');
    writeFileSync(bad, '{"purpose":"decision"}\n');
    const r = audit(['--merge', bad, ...common]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.ndjson:1: not a line of `commtriage audit --format ndjson` output/);
    const a = audit([paths[0]!, ...common, '--format', 'ndjson']).stdout;
    const b = audit([paths[1]!, ...common.map((x) => (x === '3' ? '2' : x)), '--format', 'ndjson']).stdout;
    writeFileSync(join(dir, 'a.ndjson'), a);
    writeFileSync(join(dir, 'b.ndjson'), b);
    const mixed = audit(['--merge', join(dir, 'a.ndjson'), join(dir, 'b.ndjson'), ...common]);
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toMatch(/Run every shard with the same --from, --weeks and --now/);
  });
});
