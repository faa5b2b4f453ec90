// A new user's roster and settings, through the built binary: a temp config directory and a temp
// project with .commtriage/people.yaml, nothing from the real home.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { FIXED, runBin } from './run-bin.js';

let home: string;
let project: string;
let env: Record<string, string>;
const ct = (args: string[], extra: Record<string, string> = {}) => runBin(args, { cwd: project, env: { ...env, ...extra } });
const ASK = ['ask', '--set', 'purpose=decision', '--set', 'urgency=today', '--now', '2026-03-16T12:00:00Z'];

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'ct-home-'));
  project = mkdtempSync(join(tmpdir(), 'ct-project-'));
  env = { HOME: home, XDG_CONFIG_HOME: join(home, 'config') };
  mkdirSync(join(project, '.commtriage'));
  writeFileSync(
    join(project, '.commtriage', 'people.yaml'),
    'people:\n  - { name: Priya, zone: Bangalore, hours: 10:00-18:00 }\n  - { name: Tom, zone: Europe/Berlin }\n  - { name: Ana, zone: America/Sao_Paulo, weekend: [fri, sat] }\nteams:\n  platform: [Priya, Tom, Ana]\n',
  );
});

describe('--with and the roster', () => {
  it('advises for the platform team from the roster with no prompt', () => {
    const r = ct([...ASK, '--with', 'platform', '--zone', 'Europe/London', '--json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const advice = JSON.parse(r.stdout);
    expect(advice.answers.attendees).toBe(4); // three people and you
    expect(advice.answers.timezones).toEqual(['Europe/London', 'Asia/Kolkata@10:00-18:00', 'Europe/Berlin', 'America/Sao_Paulo']);
    expect(advice.people).toEqual([
      { name: 'Priya', zone: 'Asia/Kolkata', hours: '10:00-18:00' },
      { name: 'Tom', zone: 'Europe/Berlin' },
      { name: 'Ana', zone: 'America/Sao_Paulo', weekend: ['fri', 'sat'] },
    ]);
  });

  it('shows names beside zones in text and Markdown', () => {
    const text = ct([...ASK, '--with', 'Priya,Tom', ...FIXED]);
    expect(text.stdout).toMatch(/Priya \(Asia\/Kolkata\)/);
    expect(text.stdout).toMatch(/you \(Europe\/London\)/);
    const md = ct([...ASK, '--with', 'Priya', '--with', 'Tom', ...FIXED, '--format', 'markdown']);
    expect(md.stdout).toMatch(/Tom \(Europe\/Berlin\)/);
  });

  it('refuses an unknown name with exit 2 and the closest known name', () => {
    const r = ct([...ASK, '--with', 'platfrom,Pryia', ...FIXED]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/"platfrom" is not a person or team.*\n.*Did you mean "platform"\?/);
    expect(r.stderr).toMatch(/Did you mean "Priya"\?/);
  });

  it('takes a city name in timezones and shows the IANA name used', () => {
    const r = ct([...ASK, '--set', 'attendees=3', '--set', 'timezones=London,São Paulo,Sydney', ...FIXED, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).schedule.participants.map((p: { zone: string }) => p.zone)).toEqual(['Europe/London', 'America/Sao_Paulo', 'Australia/Sydney']);
  });

  it('lists who is known and from where; the team file wins over the personal one', () => {
    expect(ct(['people', 'add', 'Tom', 'New York']).status).toBe(0);
    expect(ct(['people', 'add', 'Lee', 'Tokyo', '--team', 'mine']).status).toBe(0);
    const r = ct(['people', '--json']);
    const listed = JSON.parse(r.stdout);
    const tom = listed.people.find((p: { name: string }) => p.name === 'Tom');
    expect(tom).toMatchObject({ zone: 'Europe/Berlin', from: '.commtriage/people.yaml' });
    expect(listed.people.find((p: { name: string }) => p.name === 'Lee')).toMatchObject({ zone: 'Asia/Tokyo', from: '~/config/commtriage/config.yaml' });
  });

  it('reports a bad roster at file:line:col with a caret, and rules validate checks it too', () => {
    writeFileSync(join(project, '.commtriage', 'people.yaml'), 'people:\n  - { name: Priya, zone: Atlantis }\nteams:\n  a: [a]\n');
    const r = ct([...ASK, '--with', 'Priya', ...FIXED]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\.commtriage\/people\.yaml:2:26: Priya's zone: "Atlantis" is not a known time zone/);
    const v = ct(['rules', 'validate']);
    expect(v.status).toBe(2);
    expect(v.stderr).toMatch(/people\.yaml:2:26: error: Priya's zone/);
    expect(v.stderr).toMatch(/ 2 \| {3}- \{ name: Priya, zone: Atlantis \}\n +\| +\^/);
    expect(v.stderr).toMatch(/people\.yaml:4:7: error: team a includes itself/);
  });
});

describe('personal settings', () => {
  it('config set writes the file; an unknown key is exit 2 with the keys', () => {
    expect(ct(['config', 'set', 'zone', 'Sydney']).stderr).toMatch(/zone = Australia\/Sydney/);
    const bad = ct(['config', 'set', 'zoen', 'UTC']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/"zoen" is not a setting\.\n {2}Did you mean "zone"\? Settings: zone, workingHours, format, me/);
    expect(readFileSync(join(home, 'config', 'commtriage', 'config.yaml'), 'utf8')).toMatch(/^zone: Australia\/Sydney$/m);
    expect(ct(['config']).stdout).toMatch(/zone: Australia\/Sydney/);
  });

  it('ask --explain says where each default came from, in precedence order', () => {
    ct(['config', 'set', 'zone', 'Asia/Tokyo']);
    ct(['config', 'set', 'format', 'markdown']);
    writeFileSync(join(project, '.commtriage', 'people.yaml'), 'workingHours: 08:00-16:00\n');
    const r = ct([...ASK, '--set', 'attendees=2', '--explain'], { COMMTRIAGE_ZONE: 'Europe/Paris' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/Defaults:\n {2}zone +Europe\/Paris +from COMMTRIAGE_ZONE\n {2}workingHours +08:00-16:00 +from \.commtriage\/people\.yaml\n {2}format +markdown +from ~\/config\/commtriage\/config\.yaml/);
    expect(r.stdout).toMatch(/^## /); // the personal file's format
    expect(ct([...ASK, '--set', 'attendees=2', '--json']).stdout).toMatch(/^\{/); // a flag beats it
  });
});

describe('what meetings cost', () => {
  const KICKOFF = ['ask', '--set', 'purpose=kickoff', '--set', 'urgency=this-week', '--now', '2026-12-07T10:00:00Z', '--zone', 'Europe/London'];
  const live = (stdout: string) => JSON.parse(stdout).steps.find((s: { kind: string }) => s.kind === 'live');

  it('prices each person by their rate, their role or the default, in the roster\'s currency', () => {
    writeFileSync(
      join(project, '.commtriage', 'people.yaml'),
      'cost:\n  currency: EUR\n  overhead: 1.5\n  rates: { default: 40, engineer: 60 }\npeople:\n  - { name: Priya, zone: Berlin, role: engineer }\n  - { name: Tom, zone: Berlin, rate: 100 }\n',
    );
    const r = ct([...KICKOFF, '--with', 'Priya,Tom', '--json']);
    expect(r.stderr).toBe('');
    // you at the default 40, Priya 60, Tom 100: 200 an hour, 50 minutes, x 1.5
    expect(live(r.stdout).cost).toEqual({ hoursEach: 0.8, people: 3, personHours: 2.5, money: { amount: 250, currency: 'EUR' } });
    expect(ct([...KICKOFF, '--with', 'Priya,Tom', ...FIXED]).stdout).toMatch(/live · 50 min · for everyone · .* · 2\.5 person-hours, about €250/);
  });

  it('takes --rate and --currency without a roster, and person-hours alone without a rate', () => {
    const args = [...KICKOFF, '--set', 'attendees=6', '--json'];
    expect(live(ct([...args, '--rate', '60', '--currency', 'usd']).stdout).cost.money).toEqual({ amount: 420, currency: 'USD' });
    expect(live(ct(args).stdout).cost).toEqual({ hoursEach: 0.8, people: 6, personHours: 5 });
  });

  it('refuses a bad rate or cost block with where and how to fix it', () => {
    const flag = ct([...KICKOFF, '--set', 'attendees=6', '--rate', 'lots']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/--rate: "lots" is not a pay per hour\.\n {2}Give a number above 0/);
    writeFileSync(join(project, '.commtriage', 'people.yaml'), 'cost:\n  currency: euros\n  rates: { engineer: -5 }\n');
    const file = ct([...KICKOFF, '--set', 'attendees=6']);
    expect(file.status).toBe(2);
    expect(file.stderr).toMatch(/people\.yaml:2:13: currency must be a three-letter code such as EUR/);
    expect(file.stderr).toMatch(/people\.yaml:3:22: the rate of engineer must be a number above 0/);
  });
});

describe('people add with what invites and costs need', () => {
  it('stores an address, a role and a rate, and refuses a bad one before writing', () => {
    const r = ct(['people', 'add', 'Mia', 'Sydney', '--email', 'mia@example.com', '--role', 'designer', '--rate', '70']);
    expect(r.status).toBe(0);
    expect(readFileSync(join(home, 'config', 'commtriage', 'config.yaml'), 'utf8')).toMatch(/\{ name: Mia, zone: Australia\/Sydney, email: mia@example\.com, role: designer, rate: 70 \}/);
    const bad = ct(['people', 'add', 'Bo', 'Sydney', '--email', 'bo', '--rate', 'lots']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--rate: "lots" is not a pay per hour/);
    expect(bad.stderr).toMatch(/--email: "bo" is not an e-mail address/);
    expect(readFileSync(join(home, 'config', 'commtriage', 'config.yaml'), 'utf8')).not.toMatch(/Bo/);
  });
});
