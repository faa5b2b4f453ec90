// Calendar files nobody should have to audit: damaged, cut short, not a calendar at all, a zone
// nobody defines, a rule that repeats every second forever, 50 MB. Each is exit 2 at once, with
// the file and the .ics line and what to do, or a bounded expansion; never a hang, never a stack.
import { openSync, closeSync, ftruncateSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectRefusal, run, scratch } from './helpers.js';

const WHEN = ['--now', '2026-03-16T08:00:00Z', '--zone', 'Europe/London'];
const GOOD = readFileSync('test/fixtures/calendars/alice-google.ics', 'utf8');

function calendar(name: string, text: string | Buffer): { dir: string; env: Record<string, string>; file: string } {
  const { dir, env } = scratch(name);
  writeFileSync(join(dir, 'cal.ics'), text);
  return { dir, env, file: 'cal.ics' };
}

const event = (lines: string) => `BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\nBEGIN:VEVENT\nUID:x-1\nSUMMARY:Weekly status\nORGANIZER:mailto:a@example.com\nATTENDEE;PARTSTAT=ACCEPTED:mailto:b@example.com\n${lines}\nEND:VEVENT\nEND:VCALENDAR\n`;

describe('audit refuses what is not a calendar, saying where', () => {
  it('a file that is not iCalendar at all (a CSV export), at line 1', () => {
    const c = calendar('csv', 'Subject,Start Date,Start Time\nWeekly status,03/17/2026,10:00 AM\n');
    expectRefusal(run(['audit', c.file, ...WHEN], c.dir, c.env), /cal\.ics:1: this is not an iCalendar file/, /Export the calendar as \.ics/);
  });

  it('a file cut short in the middle of an event, at the BEGIN that was never closed', () => {
    const cut = GOOD.slice(0, GOOD.indexOf('SUMMARY:Daily standup'));
    const c = calendar('truncated', cut);
    const line = cut.split('\n').lastIndexOf('BEGIN:VEVENT') + 1;
    expectRefusal(run(['audit', c.file, ...WHEN], c.dir, c.env), new RegExp(`cal\\.ics:${line}: the file ends inside BEGIN:VEVENT`), /cut short/);
  });

  it('a damaged line in the middle, with the line shown', () => {
    const lines = GOOD.split('\n');
    const at = lines.indexOf('SUMMARY:Weekly status') + 1;
    lines.splice(at, 0, 'this line lost its colon');
    const c = calendar('damaged', lines.join('\n'));
    expectRefusal(run(['audit', c.file, ...WHEN], c.dir, c.env), new RegExp(`cal\\.ics:${at + 1}: this line is not an iCalendar property`), /this line lost its colon/);
  });

  it('an event that ends before it starts, at its BEGIN line (not a negative hour or cost)', () => {
    const c = calendar('negative', event('DTSTART:20260317T110000Z\nDTEND:20260317T100000Z'));
    expectRefusal(run(['audit', c.file, ...WHEN], c.dir, c.env), /cal\.ics:4: "Weekly status" ends before it starts/, /its end must come after its start/);
  });

  it('mismatched END lines', () => {
    const c = calendar('mismatch', event('DTSTART:20260317T100000Z').replace('END:VEVENT', 'END:VTODO'));
    expectRefusal(run(['audit', c.file, ...WHEN], c.dir, c.env), /cal\.ics:\d+: END:VTODO does not match: expected END:VEVENT \(for BEGIN:VEVENT at line 4\)/);
  });

  it('a TZID that is neither defined in the file nor an IANA zone, at the line that names it', () => {
    const c = calendar('tzid', event('DTSTART;TZID=Mars Standard Time:20260317T100000\nDTEND;TZID=Mars Standard Time:20260317T110000'));
    expectRefusal(run(['audit', c.file, ...WHEN], c.dir, c.env), /cal\.ics:9: unknown time zone TZID=Mars Standard Time/, /IANA name/);
  });

  it('takes an IANA TZID without a VTIMEZONE (some exports leave them out) at its real offset, not as floating time', () => {
    const c = calendar('iana', event('DTSTART;TZID=America/New_York:20260317T090000\nDTEND;TZID=America/New_York:20260317T093000'));
    const r = run(['audit', c.file, ...WHEN, '--json'], c.dir, c.env);
    expect(r.status, r.stderr).toBe(0);
    expect(new Date((JSON.parse(r.stdout) as { series: { occurrences: { start: number }[] }[] }).series[0]!.occurrences[0]!.start).toISOString()).toBe('2026-03-17T13:00:00.000Z');
  });

  it('a rule that repeats every second for ever: bounded, exit 2 with the series and how to narrow it', () => {
    const c = calendar('secondly', event('DTSTART:20260317T100000Z\nDTEND:20260317T100001Z\nRRULE:FREQ=SECONDLY'));
    const started = Date.now();
    expectRefusal(run(['audit', c.file, ...WHEN], c.dir, c.env), /cal\.ics:4: more than 50,000 meetings in the window from one file/, /FREQ=MINUTELY|--weeks/);
    expect(Date.now() - started).toBeLessThan(8000);
  });

  it('a rule that never ends, from long ago: expanded only up to the window, in bounded time', () => {
    const c = calendar('old', event('DTSTART:19900102T100000Z\nDTEND:19900102T103000Z\nRRULE:FREQ=DAILY'));
    const r = run(['audit', c.file, ...WHEN, '--json'], c.dir, c.env);
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { counts: { meetings: number } }).counts.meetings).toBe(28);
  });

  it('a 50 MB file: refused by its size before it is read', () => {
    const { dir, env } = scratch('huge');
    const path = join(dir, 'cal.ics');
    writeFileSync(path, 'BEGIN:VCALENDAR\n');
    const fd = openSync(path, 'r+');
    ftruncateSync(fd, 50 << 20);
    closeSync(fd);
    expectRefusal(run(['audit', 'cal.ics', ...WHEN], dir, env), /cal\.ics: the file is 50 MB; the limit is 20 MB per file/, /one file per person/);
  });

  it('binary bytes, an empty file, a directory and a missing file', () => {
    const bin = calendar('binary', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
    expectRefusal(run(['audit', bin.file, ...WHEN], bin.dir, bin.env), /not an iCalendar file/);
    const empty = calendar('empty', '');
    expectRefusal(run(['audit', empty.file, ...WHEN], empty.dir, empty.env), /the file is empty/);
    expectRefusal(run(['audit', '.', ...WHEN], empty.dir, empty.env), /it is a directory/);
    expectRefusal(run(['audit', 'nope.ics', ...WHEN], empty.dir, empty.env), /nope\.ics: cannot read it: no such file/);
  });

  it('bad flags: --weeks, --from, --format', () => {
    const c = calendar('flags', GOOD);
    expectRefusal(run(['audit', c.file, '--weeks', '0'], c.dir, c.env), /--weeks: "0" is not a whole number from 1 to 104/);
    expectRefusal(run(['audit', c.file, '--from', '17/03/2026'], c.dir, c.env), /--from: "17\/03\/2026" is not a date/);
    expect(run(['audit', c.file, '--format', 'pdf'], c.dir, c.env).status).toBe(2);
  });

  it('escapes what a calendar says before a terminal or a browser sees it', () => {
    const c = calendar('escapes', event('DTSTART:20260317T100000Z\nDTEND:20260317T103000Z').replace('SUMMARY:Weekly status', 'SUMMARY:\x1b]0;pwned\x07<script>alert(1)</script> status'));
    const text = run(['audit', c.file, ...WHEN], c.dir, c.env);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).not.toMatch(/\x1b|\x07/);
    const html = run(['audit', c.file, ...WHEN, '--format', 'html'], c.dir, c.env);
    expect(html.stdout).not.toContain('<script>');
    expect(html.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt; status');
  });
});
