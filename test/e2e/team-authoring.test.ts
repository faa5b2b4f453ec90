// A team writing its own rules on top of the built-in set, seen from the built CLI: the slips
// `rules validate` warns about (a condition that can never hold, a Slack channel YAML took for a
// comment) at file:line:col in text and JSON, still exit 0; a question placed after a built-in one
// is listed there by `commtriage questions`; `rules test` runs the team's examples with the rest.
import { describe, expect, it } from 'vitest';
import { runBin } from './run-bin.js';

const TEAM = 'test/fixtures/rules-team';
const SLIPS = 'test/fixtures/rules-team-warnings';
const IMPOSSIBLE = 'row "big-but-small" can never match: it asks "attendees" to be both more than 10 and less than 5';
const CUT = 'the text was cut at " #eng-decisions": YAML reads " #" as the start of a comment, so text is only "Post it in"';

describe('rules validate on a team set with slips', () => {
  it('warns on stderr at file:line:col, with the line, a caret and the fix, and still says valid (exit 0)', () => {
    const r = runBin(['rules', 'validate', SLIPS]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^${SLIPS}: valid: \\d+ questions, .*, 2 warnings\\n$`));
    expect(r.stderr).toBe(
      [
        `${SLIPS}/team.yaml:11:11: warning: ${IMPOSSIBLE}`,
        '  11 |         - { fact: attendees, operator: lessThan, value: 5 }',
        '     |           ^',
        '  Fix the condition or remove the item.',
        `${SLIPS}/team.yaml:29:22: warning: ${CUT}`,
        '  29 |     text: Post it in #eng-decisions',
        '     |                      ^',
        '  Quote the whole value: text: "Post it in #eng-decisions"',
        '',
      ].join('\n'),
    );
  });

  it('lists the same warnings in --format json, each with file, line and column', () => {
    const r = runBin(['rules', 'validate', '--format', 'json', SLIPS]);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout) as { valid: boolean; errorCount: number; warningCount: number; problems: object[] };
    expect(report).toMatchObject({ valid: true, errorCount: 0, warningCount: 2 });
    expect(report.problems).toEqual([
      { severity: 'warning', file: `${SLIPS}/team.yaml`, line: 11, column: 11, message: IMPOSSIBLE, hint: 'Fix the condition or remove the item.', source: '        - { fact: attendees, operator: lessThan, value: 5 }' },
      { severity: 'warning', file: `${SLIPS}/team.yaml`, line: 29, column: 22, message: CUT, hint: 'Quote the whole value: text: "Post it in #eng-decisions"', source: '    text: Post it in #eng-decisions' },
    ]);
  });
});

describe('a team set with a question placed after a built-in one', () => {
  it('validates without a warning', () => {
    const r = runBin(['rules', 'validate', TEAM]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('is asked right after purpose, as `commtriage questions` shows in text and JSON', () => {
    const text = runBin(['questions', '--rules', TEAM]);
    expect(text.status).toBe(0);
    const headings = text.stdout.split('\n').filter((line) => /^[a-z_]+ {2}\(/.test(line)).map((line) => line.split(' ')[0]);
    expect(headings.slice(0, 4)).toEqual(['purpose', 'needs_legal', 'rfc', 'urgency']);
    const json = runBin(['questions', '--rules', TEAM, '--format', 'json']);
    const ids = (JSON.parse(json.stdout) as { questions: { id: string }[] }).questions.map((q) => q.id);
    expect(ids.slice(0, 4)).toEqual(['purpose', 'needs_legal', 'rfc', 'urgency']);
  });

  it('passes `rules test`: the team examples and the built-in ones', () => {
    const r = runBin(['rules', 'test', '--rules', TEAM]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`PASS  a decision legal signs off goes to legal's channel in writing  (${TEAM}/team.yaml:`);
    expect(r.stdout).toContain(`PASS  a quick question never reaches legal  (${TEAM}/team.yaml:`);
    expect(r.stdout).toMatch(/\n\d+ passed, 0 failed\n$/);
  });

  it('`rules list` shows the plans too, the team one among them, in text and JSON', () => {
    const text = runBin(['rules', 'list', '--rules', TEAM]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/\nPlans: \d+, each with its channels \(best first\) and its own checklist\.\n/);
    expect(text.stdout).toMatch(/\n {2}legal-review \(async\) +Ask legal in writing, in their channel\n {3,}1\. write \(written, everyone\): Ask legal in writing, in their channel\n {3,}channels: {2}legal-channel, email\n {3,}checklist: legal-reply-by, legal-post-in-channel\n/);
    const json = JSON.parse(runBin(['rules', 'list', '--rules', TEAM, '--format', 'json']).stdout) as { plans: object[] };
    expect(json.plans).toContainEqual({
      id: 'legal-review',
      mode: 'async',
      label: 'Ask legal in writing, in their channel',
      channels: ['legal-channel', 'email'],
      checklist: ['legal-reply-by', 'legal-post-in-channel'],
      steps: [{ id: 'write', kind: 'written', audience: 'everyone', label: 'Ask legal in writing, in their channel', channels: ['legal-channel', 'email'], checklist: ['legal-reply-by', 'legal-post-in-channel'] }],
    });
  });
});

describe('a team RFC row with a one-week reply window', () => {
  it('gives every reader a working week of their own, whatever the urgency, and adds the team item to the step', () => {
    const zones = 'America/Los_Angeles,Europe/London,Asia/Kolkata';
    const r = runBin(['ask', '--rules', TEAM, '--json', '--zone', 'Europe/London', '--now', '2026-03-16T10:00:00Z',
      '--set', 'purpose=decision', '--set', 'rfc=true', '--set', 'urgency=today', '--set', 'attendees=9', '--set', `timezones=${zones}`]);
    expect(r.stderr).toBe('');
    const advice = JSON.parse(r.stdout) as { row: string; steps: { id: string; replyBy: { window: string; local: Record<string, string> }; checklist: { id: string }[] }[] };
    expect(advice.row).toBe('rfc-gets-a-week');
    expect(advice.steps.map((s) => s.id)).toEqual(['proposal']);
    const [step] = advice.steps;
    expect(step!.replyBy.window).toBe('a working week');
    // Monday 10:00 in London is 03:00 in Los Angeles and 15:30 in Kolkata: Monday counts where more
    // than half of it is left, so Kolkata's week ends a day later.
    expect(step!.replyBy.local).toEqual({ 'America/Los_Angeles': 'Fri 20 Mar 17:00', 'Europe/London': 'Fri 20 Mar 17:00', 'Asia/Kolkata': 'Mon 23 Mar 17:00' });
    expect(step!.checklist.map((c) => c.id)).toContain('link-the-ticket');
  });

  it('asks the team question where the team placed it, before the urgency', () => {
    const ids = (JSON.parse(runBin(['questions', '--rules', TEAM, '--json']).stdout) as { questions: { id: string }[] }).questions.map((q) => q.id);
    expect(ids.indexOf('rfc')).toBe(ids.indexOf('urgency') - 1);
  });
});
