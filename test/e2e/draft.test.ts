// `ask --draft` through the built binary: a Slack draft for three zones, drafts as JSON for
// scripts, --copy with no display (it must not fail the run), and the flags that do not fit.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin } from './run-bin.js';

const NEED = ['ask', '--set', 'purpose=decision', '--set', 'urgency=this-week', '--now', '2026-12-07T10:00:00Z', '--zone', 'Europe/London', '--no-input'];
const THREE_ZONES = [...NEED, '--set', 'attendees=3', '--set', 'timezones=Europe/London,Asia/Kolkata,America/New_York'];
const NO_DISPLAY = { DISPLAY: undefined, WAYLAND_DISPLAY: undefined, SSH_TTY: undefined, SSH_CONNECTION: undefined, SSH_CLIENT: undefined };

describe('ask --draft', () => {
  it('writes a Slack draft for a three-zone written step: bold subject, • bullets, each zone its deadline', () => {
    const r = runBin([...THREE_ZONES, '--draft', '--format', 'slack']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^\*[^*\n]+\*\n/);
    expect(r.stdout).toMatch(/^• Kolkata: Wed 9 Dec 17:00$/m);
    expect(r.stdout).toMatch(/^• New York: Tue 8 Dec 17:00$/m);
    expect(r.stdout).not.toMatch(/^#|\*\*/m);
    expect(r.stdout).not.toMatch(/[{}]/);
  });

  it('names people from the roster beside their deadline', () => {
    const project = mkdtempSync(join(tmpdir(), 'ct-draft-'));
    mkdirSync(join(project, '.commtriage'));
    writeFileSync(join(project, '.commtriage', 'people.yaml'), 'people:\n  - { name: Priya, zone: Asia/Kolkata }\n  - { name: Sam, zone: America/New_York }\n');
    const home = mkdtempSync(join(tmpdir(), 'ct-home-'));
    const r = runBin([...NEED, '--with', 'Priya,Sam', '--draft', '1'], { cwd: project, env: { HOME: home, XDG_CONFIG_HOME: join(home, 'config') } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^- Priya \(Kolkata\): Wed 9 Dec 17:00$/m);
    expect(r.stdout).toMatch(/^- Sam \(New York\): Tue 8 Dec 17:00$/m);
  });

  it('gives scripts each draft as JSON: step, subject, body and the blanks to fill', () => {
    const r = runBin([...THREE_ZONES, '--draft', '--json']);
    expect(r.status).toBe(0);
    const { drafts } = JSON.parse(r.stdout);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({ step: 1, kind: 'written' });
    expect(drafts[0].body).toContain('Kolkata: Wed 9 Dec 17:00');
    expect(drafts[0].placeholders).toContain('what');
    for (const blank of drafts[0].placeholders) expect(`${drafts[0].subject}\n${drafts[0].body}`).toContain(`[[${blank}]]`);
  });

  it('--copy with no display does not fail: the draft is on stdout and stderr says nothing was copied', () => {
    const r = runBin([...THREE_ZONES, '--draft', '--copy'], { env: NO_DISPLAY });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Subject: /);
    expect(r.stdout).not.toContain('\x1b');
    expect(r.stderr).toMatch(/^commtriage: nothing was copied: no display .* The draft is on standard output\.\n$/);
  });

  it('refuses what does not fit, with exit 2 and the fix', () => {
    const slack = runBin([...THREE_ZONES, '--format', 'slack']);
    expect(slack.status).toBe(2);
    expect(slack.stderr).toMatch(/--format slack.*drafts.*\n.*Add --draft/s);
    const copy = runBin([...THREE_ZONES, '--copy']);
    expect(copy.status).toBe(2);
    expect(copy.stderr).toMatch(/Add --draft/);
    const step = runBin([...THREE_ZONES, '--draft', '4']);
    expect(step.status).toBe(2);
    expect(step.stderr).toMatch(/has 1 step, so there is no step 4/);
    expect(step.stdout).toBe('');
    const word = runBin([...THREE_ZONES, '--draft', 'two']);
    expect(word.status).toBe(2);
    expect(word.stderr).toMatch(/"two" is not a step number/);
  });
});

describe('a question to three zones, as Slack', () => {
  it('is ready to send once its subject and the question are filled in', () => {
    const ask = ['ask', '--set', 'purpose=quick-question', '--set', 'urgency=today', '--set', 'attendees=3', '--set', 'timezones=Europe/London,Asia/Kolkata,America/New_York', '--now', '2026-12-07T10:00:00Z', '--zone', 'Europe/London', '--no-input', '--draft'];
    const { drafts } = JSON.parse(runBin([...ask, '--json']).stdout);
    expect(drafts[0].placeholders).toHaveLength(2);
    const slack = runBin([...ask, '--format', 'slack']).stdout;
    expect(slack.match(/\[\[/g)).toHaveLength(2);
    for (const zone of ['Kolkata', 'New York']) expect(slack).toMatch(new RegExp(`^• ${zone}: \\w{3} \\d+ Dec \\d\\d:\\d\\d$`, 'm'));
    expect(slack).not.toMatch(/^• London:/m); // three people in three zones: only you are in London
  });
});

describe('rules show on a draft template', () => {
  it('prints it with the file and line that define it', () => {
    const r = runBin(['rules', 'show', 'written']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^draft written {2}\(\S*rules\/drafts\.yaml:\d+\)\nid: written\nsubject: /);
  });
});
