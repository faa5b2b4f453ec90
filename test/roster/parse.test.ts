import { describe, expect, it } from 'vitest';
import { parseRosterText } from '../../src/roster/parse.js';
import { answersFor, expandNames, splitNames } from '../../src/roster/expand.js';
import { mergeRosters } from '../../src/roster/types.js';
import { formatProblem } from '../../src/errors.js';
import { world } from '../world.js';


const GOOD = `zone: Europe/London
people:
  - { name: Priya, zone: Bangalore, hours: 10:00-18:00, weekend: [fri, sat], daysOff: [2026-04-03] }
  - name: Tom
    zone: Europe/Berlin
  - { name: Sam, zone: Europe/London }
teams:
  platform: [Priya, Tom]
  leads: [platform, Sam]
`;

function parsed(text: string) {
  const result = parseRosterText(text, 'people.yaml', { world });
  if ('problems' in result) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.roster;
}

function problems(text: string) {
  const result = parseRosterText(text, 'people.yaml', { world });
  if (!('problems' in result)) throw new Error('expected problems');
  return result.problems;
}

describe('a roster file', () => {
  it('reads settings, people (a city resolved to its zone) and teams', () => {
    const roster = parsed(GOOD);
    expect(roster.settings).toEqual({ zone: 'Europe/London' });
    expect(roster.people[0]).toMatchObject({ name: 'Priya', zone: 'Asia/Kolkata', hours: '10:00-18:00', weekend: ['fri', 'sat'], daysOff: ['2026-04-03'] });
    expect(roster.teams.map((t) => t.name)).toEqual(['platform', 'leads']);
  });

  it.each([
    ['an unknown zone', 'people:\n  - { name: Priya, zone: Asia/Kolkatta }\n', 'people.yaml:2:26', /Priya's zone: "Asia\/Kolkatta" is not a known time zone/, /Did you mean "Asia\/Kolkata"/],
    ['a duplicate name, whatever its case', 'people:\n  - { name: Priya, zone: UTC }\n  - { name: priya, zone: UTC }\n', 'people.yaml:3:13', /"priya" is named twice \(first on line 2\)/, /Remove one, or rename it/],
    ['a team named like a person', 'people:\n  - { name: Priya, zone: UTC }\nteams:\n  priya: [Priya]\n', 'people.yaml:4:3', /named twice/, /rename/],
    ['a team that includes itself', 'people:\n  - { name: Priya, zone: UTC }\nteams:\n  platform: [Priya, platform]\n', 'people.yaml:4:21', /team platform includes itself \(platform -> platform\)/, /Remove the name/],
    ['a loop through another team', 'people:\n  - { name: Priya, zone: UTC }\nteams:\n  a: [b]\n  b: [Priya, a]\n', 'people.yaml:4:7', /team a includes itself \(a -> b -> a\)/, /Remove/],
    ['an unknown member', 'people:\n  - { name: Priya, zone: UTC }\nteams:\n  platform: [Pryia]\n', 'people.yaml:4:14', /includes "Pryia", who is not in the roster/, /Did you mean "Priya"\?/],
    ['an unknown key', 'zoen: Europe/London\n', 'people.yaml:1:1', /unknown key "zoen"/, /Did you mean "zone"\? Keys: zone, workingHours, format, me, cost, people, teams/],
    ['bad hours', 'people:\n  - { name: Priya, zone: UTC, hours: 18:00-10:00 }\n', 'people.yaml:2:38', /ends before it starts/, /HH:mm-HH:mm/],
    ['a bad weekday', 'people:\n  - { name: Priya, zone: UTC, weekend: [fri, sabbath] }\n', 'people.yaml:2:46', /"sabbath" is not valid/, /mon, tue/],
    ['a YAML mistake', 'people:\n  - { name: Priya, zone: UTC\n', 'people.yaml:3:1', /not valid YAML/, /roster looks like/],
  ])('refuses %s at file:line:col with the line and a fix', (_, text, where, message, hint) => {
    const [first] = problems(text);
    expect(first!.where).toContain(where);
    expect(first!.message).toMatch(message);
    expect(first!.hint).toMatch(hint);
    expect(formatProblem(first!)).toMatch(/\n {2}\d+ \| .*\n {2} +\| +\^/); // the line, and a caret under the column
  });

  it('lets the personal file name people from the team file', () => {
    expect('roster' in parseRosterText('teams:\n  mine: [Priya]\n', 'config.yaml', { known: new Set(['priya']), world })).toBe(true);
  });
});

describe('cost', () => {
  it("merges both files' cost, the team file winning key by key and role by role", () => {
    const team = parsed('cost:\n  currency: EUR\n  rates: { engineer: 60 }\n');
    const personal = parsed('cost:\n  currency: USD\n  overhead: 1.2\n  rates: { engineer: 90, default: 40 }\n');
    expect(mergeRosters([{ ...team, file: 'team' }, { ...personal, file: 'mine' }]).cost).toEqual({ currency: 'EUR', overhead: 1.2, rates: { engineer: 60, default: 40 } });
  });
});

describe('email', () => {
  it('keeps an address, and refuses one a calendar could not invite, at its line', () => {
    expect(parsed('people:\n  - { name: Priya, zone: Bangalore, email: priya@example.com }\n').people[0]!.email).toBe('priya@example.com');
    for (const bad of ['priya', 'priya@example', 'a b@example.com', 'x@y.com;y@z.com', 'pri\u0001ya@example.com']) {
      const result = parseRosterText(`people:\n  - { name: Priya, zone: Bangalore, email: ${JSON.stringify(bad)} }\n`, 'people.yaml', { world });
      expect('problems' in result && result.problems.map((p) => [p.where, p.message])).toEqual([['people.yaml:2:44', `Priya's email: ${JSON.stringify(bad)} is not an e-mail address.`]]);
    }
  });
});

describe('--with', () => {
  const team = parsed(GOOD);
  const personal = parsed('people:\n  - { name: Tom, zone: America/New_York }\n  - { name: Lee, zone: Asia/Tokyo }\n');
  const roster = mergeRosters([{ ...team, file: 'team' }, { ...personal, file: 'mine' }]);

  it('expands teams, each person once, and the team file wins for a name both give', () => {
    const result = expandNames(roster, splitNames(['leads,Tom', 'Lee']));
    expect('people' in result && result.people.map((p) => `${p.name} ${p.zone}`)).toEqual(['Priya Asia/Kolkata', 'Tom Europe/Berlin', 'Sam Europe/London', 'Lee Asia/Tokyo']);
  });

  it('names every unknown name with the closest known one', () => {
    const result = expandNames(roster, ['Pryia', 'platfrom', 'zzzzzz']);
    expect('problems' in result && result.problems.map((p) => p.hint?.split('?')[0])).toEqual(['Did you mean "Priya"', 'Did you mean "platform"', expect.stringMatching(/^Known:/)]);
  });

  it('counts you once: added when not named, not twice when `me` names you', () => {
    const people = [...roster.people.values()].filter((p) => ['priya', 'sam'].includes(p.name.toLowerCase()));
    expect(answersFor(people, { zone: 'Europe/Paris' })).toMatchObject({ attendees: 3, timezones: ['Europe/Paris', 'Asia/Kolkata@10:00-18:00', 'Europe/London'] });
    const asSam = answersFor(people, { zone: 'Europe/Paris', name: 'Sam' });
    expect(asSam).toMatchObject({ attendees: 2, timezones: ['Europe/London', 'Asia/Kolkata@10:00-18:00'], names: { 'Europe/London': ['you'], 'Asia/Kolkata': ['Priya'] } });
  });
});
