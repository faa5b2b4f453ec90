// Real export formats audited as a user would see them: a Google Calendar export (Europe/London
// VTIMEZONE, folded lines, EXDATE, a moved and a cancelled occurrence, an all-day event, a
// declined meeting, a block with nobody invited) and an Outlook export of another person (CRLF,
// Windows zone names with their VTIMEZONEs) that shares a meeting with the first.
import { describe, expect, it } from 'vitest';
import { ALICE, BOB, TEAM_RULES, audit, auditJson, starts, titled, WHEN } from './helpers.js';
import { readFileSync } from 'node:fs';

const both = auditJson([ALICE, BOB, '--rules', TEAM_RULES]);

describe('one series read from a Google export', () => {
  const status = titled(both, 'Weekly status');

  it('expands the RRULE over the window, leaving out the EXDATE and taking the moved occurrence at its new time', () => {
    // Tuesdays 17, 24 (EXDATE), 31 (moved to Wed 1 Apr 14:00 BST), 7 Apr.
    expect(starts(status)).toEqual(['2026-03-17T10:00:00.000Z', '2026-04-01T13:00:00.000Z', '2026-04-07T09:00:00.000Z']);
    expect(status.occurrences.filter((o) => o.moved)).toHaveLength(1);
  });

  it('keeps 10:00 London time across the clock change (10:00 GMT, then 09:00 UTC under BST)', () => {
    const hours = status.occurrences.filter((o) => !o.moved).map((o) => new Date(o.start).getUTCHours());
    expect(hours).toEqual([10, 9]);
  });

  it('is one meeting although two people exported it, with each answer merged', () => {
    expect(both.series.filter((s) => s.title === 'Weekly status')).toHaveLength(1);
    expect(status.files).toEqual([ALICE, BOB]);
    const answer = Object.fromEntries(status.people.map((p) => [p.email, p.partstat]));
    // Bob's own file says he accepted; Alice's still says he had not answered.
    expect(answer).toMatchObject({ 'alice@example.com': 'ACCEPTED', 'bob@example.com': 'ACCEPTED', 'dev@example.com': 'DECLINED', 'erin@example.com': 'TENTATIVE' });
  });

  it('counts person-hours without the person who declined', () => {
    // 4 people (Dev declined) x 1 hour x 3 meetings over 4 weeks.
    expect(status.personHours).toEqual({ window: 12, perWeek: 3, perYear: 156 });
  });
});

describe('what is not a meeting, and what was called off', () => {
  it('skips the all-day event and says so in the counts', () => {
    expect(both.series.map((s) => s.title)).not.toContain('Team offsite');
    expect(both.counts.skipped.allDay).toBe(1);
  });

  it('leaves out the cancelled occurrence of the standup and counts it', () => {
    const standup = titled(both, 'Daily standup');
    expect(starts(standup).some((s) => s.startsWith('2026-03-18'))).toBe(false);
    expect(both.counts.skipped.cancelled).toBe(1);
  });

  it('stops a series that never ends at the window: every weekday of four weeks but the cancelled one', () => {
    expect(titled(both, 'Daily standup').count).toBe(19);
  });

  it('counts a block nobody was invited to as one person\'s time, not a meeting', () => {
    expect(both.series.map((s) => s.title)).not.toContain('Focus time');
    expect(both.counts.skipped.solo).toBe(4);
  });

  it('says of a meeting the only invitee declined that nobody accepted', () => {
    const demo = titled(both, 'Vendor demo');
    expect(demo.flags.map((f) => f.id)).toContain('nobody-accepted');
    expect(demo.people.find((p) => p.email === 'alice@example.com')?.partstat).toBe('DECLINED');
  });
});

describe('an Outlook export with Windows zone names', () => {
  it('reads "Eastern Standard Time" from its VTIMEZONE: 09:00 New York is 13:00 UTC after the US change', () => {
    expect(starts(titled(both, 'Checkout design review'))).toEqual(['2026-03-19T13:00:00.000Z', '2026-03-26T13:00:00.000Z', '2026-04-02T13:00:00.000Z', '2026-04-09T13:00:00.000Z']);
  });
});

describe('flags, with the roster', () => {
  it("shows each known person's local time and flags a meeting outside someone's hours", () => {
    const review = titled(both, 'Checkout design review');
    expect(review.people.find((p) => p.known === 'Frank Ito')?.local).toBe('Thu 19 Mar 22:00 Asia/Tokyo');
    expect(review.flags.find((f) => f.id === 'outside-hours')?.reason).toMatch(/outside Frank Ito's hours \(09:00-17:00 Asia\/Tokyo\) 4 of 4 times/);
  });

  it('flags a 60-minute series that could be 50, a group series, and two series at the same time with the same people', () => {
    const status = titled(both, 'Weekly status');
    const ids = status.flags.map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['group-recurring', 'too-long', 'overlap']));
    expect(status.flags.find((f) => f.id === 'overlap')?.reason).toMatch(/Roadmap prioritisation/);
  });
});

describe('advice per series', () => {
  it('maps a status title to a written update and says what it inferred from what', () => {
    const status = titled(both, 'Weekly status');
    expect(status.verdict.verdict).toBe('make-written');
    expect(status.advice?.recommendation).toBe('async');
    const purpose = status.inferred.find((i) => i.answer === 'purpose');
    expect(purpose).toMatchObject({ value: 'share-info' });
    expect(purpose?.from).toBe('title "Weekly status" (audit entry "status")');
    expect(status.advice?.steps[0]).toMatchObject({ kind: 'written', label: expect.any(String), channel: expect.any(String) });
    expect(status.inferred.find((i) => i.answer === 'attendees')?.from).toBe('4 people on the invite, 1 declined');
  });

  it('keeps a 1:1 live, 25 minutes instead of 30', () => {
    const oneToOne = titled(both, 'Alice / Bob 1:1');
    expect(oneToOne.verdict.verdict).toBe('shorten');
    expect(oneToOne.verdict.reason).toMatch(/25 minutes instead of 30/);
  });

  it('says what it does not know instead of guessing, and a team entry (extends: builtin) fills it in', () => {
    const alone = auditJson([ALICE]);
    const falcon = titled(alone, 'Project Falcon');
    expect(falcon.unknown).toEqual(['purpose', 'urgency']);
    expect(falcon.advice).toBeNull();
    expect(falcon.verdict.verdict).toBe('review');
    const withTeam = titled(both, 'Project Falcon');
    expect(withTeam.unknown).toEqual([]);
    expect(withTeam.inferred.find((i) => i.answer === 'purpose')).toMatchObject({ value: 'decision', from: expect.stringMatching(/audit entry "falcon"/) });
  });
});

describe('input and output', () => {
  it('reads a calendar from standard input with "-"', () => {
    const r = audit(['-', ...WHEN, '--json'], { input: readFileSync(ALICE) });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { series: { title: string }[] }).series.map((s) => s.title)).toContain('Daily standup');
  });

  it('prints the top series with a bar and the verdict, without colour when piped', () => {
    const r = audit([ALICE, BOB, ...WHEN, '--top', '3', '--rules', TEAM_RULES], { env: { NO_COLOR: undefined, FORCE_COLOR: undefined } });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/\x1b\[/);
    expect(r.stdout).toMatchSnapshot();
  });

  it('writes one NDJSON line per meeting and a totals line', () => {
    const r = audit([ALICE, BOB, ...WHEN, '--format', 'ndjson']);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string });
    expect(lines.filter((l) => l.kind === 'series')).toHaveLength(both.series.length);
    expect(lines.at(-1)?.kind).toBe('totals');
  });
});

describe('a rule set that asks how often a need recurs (issue 20)', () => {
  it('answers `recurring` from the RRULE, and says so', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'commtriage-recurring-'));
    writeFileSync(
      join(dir, 'recurring.yaml'),
      'extends: builtin\nquestions:\n  - id: recurring\n    prompt: How often does this need come back?\n    type: choice\n    choices: [{ value: none, label: Once }, { value: weekly, label: Every week }, { value: biweekly, label: Every two weeks }, { value: monthly, label: Every month }]\n    default: none\n',
    );
    const report = auditJson([ALICE, '--rules', dir]);
    expect(titled(report, 'Alice / Bob 1:1').inferred.find((i) => i.answer === 'recurring')).toEqual({ answer: 'recurring', value: 'biweekly', from: 'the RRULE (FREQ=WEEKLY;INTERVAL=2;BYDAY=TH)' });
    // Five days a week is none of the choices: left unanswered rather than called weekly.
    expect(titled(report, 'Daily standup').inferred.find((i) => i.answer === 'recurring')).toBeUndefined();
    expect(titled(report, 'Daily standup').answers.recurring).not.toBe('weekly');
    expect(titled(report, 'Project Falcon').answers.recurring).toBe('none');
  });
});

describe('what a series costs, and the message that replaces it (issue 20)', () => {
  it('prices a series a year at --rate times the overhead, and only when everyone attending has a rate', () => {
    const priced = titled(auditJson([ALICE, BOB, '--rules', TEAM_RULES, '--rate', '50', '--currency', 'EUR']), 'Weekly status');
    // 156 person-hours a year x 50 an hour x 1.4 (the rule set's costOverhead)
    expect(priced.cost).toEqual({ perYear: 156 * 50 * 1.4, currency: 'EUR' });
    expect(titled(both, 'Weekly status').cost).toBeNull(); // no rate anywhere: person-hours only
    const text = audit([ALICE, BOB, '--rules', TEAM_RULES, '--rate', '50', '--currency', 'EUR', ...WHEN]).stdout.replace(/\s+/g, ' ');
    expect(text).toMatch(/Weekly status .*? 156 person-hours a year \(about €10,920\)/);
  });

  it('gives the draft of the written update that would replace a meeting made written', () => {
    const status = titled(both, 'Weekly status');
    expect(status.replacement).toMatch(/^Status: \[\[/);
    expect(status.replacement).toMatch(/replaces our weekly \[\[meeting name\]\]: I have cancelled the series/);
    expect(titled(both, 'Weekly status').advice?.recommendation).toBe('async');
    const oneToOne = both.series.find((s) => s.verdict.verdict === 'shorten')!;
    expect(oneToOne.replacement).toBeNull(); // kept live: nothing replaces it
  });
});
