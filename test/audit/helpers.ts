// The audit through the built binary, as a script would run it: a fixed moment and zone, a
// scratch home (no real config), JSON parsed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunOptions, type RunResult, runBin } from '../e2e/run-bin.js';
import type { AuditReport, SeriesReport } from '../../src/audit/report.js';

export const CALENDARS = 'test/fixtures/calendars';
export const ALICE = `${CALENDARS}/alice-google.ics`;
export const BOB = `${CALENDARS}/bob-outlook.ics`;
export const TEAM_RULES = `${CALENDARS}/team`;
/** Monday 16 March 2026; the four weeks cross the UK clock change (29 March). */
export const WHEN = ['--now', '2026-03-16T08:00:00Z', '--zone', 'Europe/London'];

const home = mkdtempSync(join(tmpdir(), 'commtriage-audit-home-'));
export const HOME_ENV = { HOME: home, COMMTRIAGE_CONFIG: join(home, 'config.yaml'), NO_COLOR: '1' };

export function audit(args: string[], opts: RunOptions = {}): RunResult {
  return runBin(['audit', ...args], { ...opts, env: { ...HOME_ENV, ...opts.env }, timeout: opts.timeout ?? 30000 });
}

export function auditJson(args: string[], opts: RunOptions = {}): AuditReport {
  const r = audit([...args, ...WHEN, '--json'], opts);
  if (r.status !== 0) throw new Error(`audit exited ${r.status}: ${r.stderr}`);
  return JSON.parse(r.stdout) as AuditReport;
}

export const titled = (report: AuditReport, title: string): SeriesReport => {
  const found = report.series.find((s) => s.title === title);
  if (!found) throw new Error(`no series "${title}" in ${report.series.map((s) => s.title).join(', ')}`);
  return found;
};

export const starts = (s: SeriesReport): string[] => s.occurrences.map((o) => new Date(o.start).toISOString());
