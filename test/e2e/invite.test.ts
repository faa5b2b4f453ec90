// --invite, --followup and --recurring through the built binary, as a person uses them: a roster
// with addresses, an .ics file that is never replaced without --force, usage errors that say what
// to do, and a plain `ask` that never loads the calendar library.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { runBin } from './run-bin.js';

let project: string;
let env: Record<string, string>;
const ct = (args: string[], extra: Record<string, string> = {}) => runBin(args, { cwd: project, env: { ...env, ...extra } });
const NOW = ['--now', '2026-12-07T10:00:00Z', '--zone', 'Europe/London', '--no-input'];
const RETRO = ['ask', '--with', 'platform', '--set', 'purpose=look-back', '--set', 'urgency=this-week', ...NOW];

beforeEach(() => {
  const home = mkdtempSync(join(tmpdir(), 'ct-home-'));
  project = mkdtempSync(join(tmpdir(), 'ct-project-'));
  env = { HOME: home, XDG_CONFIG_HOME: join(home, 'config') };
  mkdirSync(join(project, '.commtriage'));
  writeFileSync(
    join(project, '.commtriage', 'people.yaml'),
    [
      'me: Tom',
      'people:',
      '  - { name: Tom, zone: Europe/London, email: tom@example.com }',
      '  - { name: Priya, zone: Bangalore, hours: 10:00-18:00, email: priya@example.com, daysOff: [2026-12-09] }',
      '  - { name: Ana, zone: America/Sao_Paulo, email: ana@example.com }',
      'teams:',
      '  platform: [Tom, Priya, Ana]',
      '',
    ].join('\n'),
  );
});

describe('ask --invite --output', () => {
  it('writes the event, refuses to replace it, and replaces it with --force', () => {
    const first = ct([...RETRO, '--invite', '--output', 'retro.ics']);
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/^Wrote an event for step 2 to retro.ics\./);
    expect(first.stdout).toContain('Steps'); // the advice still goes to standard output
    const file = join(project, 'retro.ics');
    const text = readFileSync(file, 'utf8');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(event.attendees.map((a) => String(a.getFirstValue()))).toEqual(['mailto:priya@example.com', 'mailto:ana@example.com']);

    writeFileSync(file, 'my own calendar\n');
    const again = ct([...RETRO, '--invite', '--output', 'retro.ics']);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('retro.ics: this file exists');
    expect(again.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('my own calendar\n');

    const forced = ct([...RETRO, '--invite', '--output', 'retro.ics', '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(text); // same answers, same bytes
  });

  it('prints the calendar alone on standard output without --output, invite and follow-up in one VCALENDAR', () => {
    const r = ct([...RETRO, '--invite', '--followup']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(r.stdout.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
    expect(r.stdout).toContain('BEGIN:VEVENT');
    expect(r.stdout).toContain('BEGIN:VTODO');
  });

  it('names the step kind when --invite points at a written step, and the count for a step that does not exist', () => {
    const written = ct([...RETRO, '--invite', '1']);
    expect(written.status).toBe(2);
    expect(written.stderr).toMatch(/step 1 \(".*"\) is a written step; --invite is for a live step/);
    expect(written.stderr).toContain('--followup 1');
    const missing = ct([...RETRO, '--followup', '9']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('there is no step 9');
  });

  it('refuses --slot, --output and --force on their own, and --slot past the slots', () => {
    expect(ct([...RETRO, '--slot', '2']).stderr).toContain('--slot goes with --invite or --followup');
    expect(ct([...RETRO, '--invite', '--force']).stderr).toContain('no --output was given');
    const past = ct([...RETRO, '--invite', '--slot', '9']);
    expect(past.status).toBe(2);
    expect(past.stderr).toMatch(/there is no slot 9/);
  });
});

describe('--recurring', () => {
  const WEEKLY = ['ask', '--set', 'purpose=work-together', '--set', 'urgency=this-week', '--set', 'attendees=3', '--set', 'timezones=Europe/London,America/New_York,Australia/Sydney', ...NOW];

  it('is --set recurring=FREQ: the same JSON either way', () => {
    const a = ct([...WEEKLY, '--recurring', 'weekly', '--json']);
    const b = ct([...WEEKLY, '--set', 'recurring=weekly', '--json']);
    expect(a.status).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout).series.meetings).toBe(52);
  });

  it('refuses a different --set recurring beside it, and an unknown frequency', () => {
    const both = ct([...WEEKLY, '--recurring', 'weekly', '--set', 'recurring=monthly']);
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('--recurring weekly and --set recurring=monthly say different things');
    const bad = ct([...WEEKLY, '--recurring', 'daily']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('recurring');
  });
});

describe('start-up', () => {
  it('a plain ask --json never loads ical.js; --invite does', () => {
    const hook = join(project, 'watch.cjs');
    writeFileSync(hook, "const M = require('node:module'); const load = M._load; M._load = function (r, ...a) { if (/ical/.test(r)) process.stderr.write('LOADED ' + r + '\\n'); return load.call(this, r, ...a); };\n");
    const plain = ct([...RETRO, '--json'], { NODE_OPTIONS: `--require ${hook}` });
    expect(plain.status).toBe(0);
    expect(plain.stderr).not.toContain('LOADED');
    const invite = ct([...RETRO, '--invite'], { NODE_OPTIONS: `--require ${hook}` });
    expect(invite.stderr).toContain('LOADED ical.js');
  });
});

describe("people's own days", () => {
  it("says when someone's day off moved their reply-by, naming them", () => {
    const r = ct(['ask', '--with', 'platform', '--set', 'purpose=decision', '--set', 'urgency=this-week', ...NOW]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Priya is off on Wed 9 Dec; their reply-by moves from .* to .* \(their time\)\./);
    const json = JSON.parse(ct(['ask', '--with', 'platform', '--set', 'purpose=decision', '--set', 'urgency=this-week', ...NOW, '--json']).stdout);
    expect(json.steps[0].ownDays).toEqual([expect.objectContaining({ zone: 'Asia/Kolkata', what: 'reply-by', days: ['Wed 9 Dec'] })]);
  });
});

describe('an invite for something private', () => {
  it('keeps hard news out of the 1:1 events: a neutral title from the draft, one guest per event, none for a slot with only you', () => {
    writeFileSync(
      join(project, '.commtriage', 'people.yaml'),
      [
        'me: Tom',
        'people:',
        '  - { name: Tom, zone: Europe/London, email: tom@example.com }',
        '  - { name: Priya, zone: Asia/Kolkata, email: priya@example.com }',
        '  - { name: Arjun, zone: Asia/Kolkata, email: arjun@example.com }',
        '  - { name: Dana, zone: America/New_York, email: dana@example.com }',
        '',
      ].join('\n'),
    );
    const r = ct(['ask', '--with', 'Priya,Arjun,Dana', '--set', 'purpose=announce', '--set', 'urgency=today', '--set', 'sensitive=true', ...NOW, '--invite', '1']);
    expect(r.status).toBe(0);
    const cal = new ICAL.Component(ICAL.parse(r.stdout));
    const events = cal.getAllSubcomponents('vevent');
    expect(events).toHaveLength(2); // Kolkata and New York; London holds only Tom
    for (const e of events) {
      const text = `${e.getFirstPropertyValue('summary')}\n${e.getFirstPropertyValue('description')}`;
      expect(text).not.toMatch(/most affected|what is happening to them|titles neutral/);
      expect(e.getFirstPropertyValue('summary')).toMatch(/^Time to talk/);
    }
    const guests = events.map((e) => e.getAllProperties('attendee').map((p) => String(p.getFirstValue())));
    // Priya and Arjun share a zone: each needs their own time, so their event invites nobody yet.
    expect(guests).toEqual(expect.arrayContaining([[], ['mailto:dana@example.com']]));
  });

  it('titles the follow-up as the chase it is', () => {
    const r = ct([...RETRO, '--followup']);
    expect(new ICAL.Component(ICAL.parse(r.stdout)).getFirstSubcomponent('vtodo')!.getFirstPropertyValue('summary')).toMatch(/^Chase the replies: /);
  });
});
