// The audit's pure core, by tables of cases: how often a rule says a series happens, the 25/50
// habit, whose answer wins when two files disagree, when two series count as one crowd at once,
// and where the scanner says a damaged file goes wrong.
import { describe, expect, it } from 'vitest';
import { frequencyOf, mergePeople, seriesOf } from '../../src/audit/series.js';
import { overlapsOf, shorterLength } from '../../src/audit/flags.js';
import { scanIcs } from '../../src/calendar/scan.js';
import type { CalendarPerson, Occurrence } from '../../src/audit/types.js';

describe('frequencyOf', () => {
  it.each([
    ['FREQ=WEEKLY;BYDAY=TU', 'weekly'],
    ['FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', 'every 2 weeks'],
    ['FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR', '5 days a week'],
    ['FREQ=DAILY', 'daily'],
    ['FREQ=MONTHLY;BYDAY=1FR', 'monthly'],
    ['FREQ=MONTHLY;INTERVAL=3', 'every 3 months'],
  ])('%s reads "%s"', (rrule, words) => {
    expect(frequencyOf({ rrule, recurring: true })).toBe(words);
  });
  it('a meeting without a rule happens once', () => expect(frequencyOf({ recurring: false })).toBe('once'));
});

describe('shorterLength (the 25/50-minute habit)', () => {
  it.each([
    [30, 25],
    [60, 50],
    [90, 80],
    [25, undefined],
    [45, undefined],
    [15, undefined],
  ])('%i minutes -> %s', (minutes, shorter) => expect(shorterLength(minutes)).toBe(shorter));
});

const person = (email: string, partstat: CalendarPerson['partstat']): CalendarPerson => ({ email, partstat });

describe('mergePeople: the most definite answer wins, whatever the order of the files', () => {
  it.each([
    ['NEEDS-ACTION', 'ACCEPTED', 'ACCEPTED'],
    ['ACCEPTED', 'DECLINED', 'DECLINED'],
    ['TENTATIVE', 'NEEDS-ACTION', 'TENTATIVE'],
  ] as const)('%s and %s -> %s', (a, b, merged) => {
    expect(mergePeople([person('x@example.com', a), person('x@example.com', b)])[0]?.partstat).toBe(merged);
    expect(mergePeople([person('x@example.com', b), person('x@example.com', a)])[0]?.partstat).toBe(merged);
  });
});

const HOUR = 3_600_000;
const occurrence = (uid: string, start: number, people: string[], extra: Partial<Occurrence> = {}): Occurrence => ({
  uid,
  recurrenceId: start,
  start,
  end: start + HOUR,
  title: uid,
  description: '',
  attendees: people.map((p) => person(`${p}@example.com`, 'ACCEPTED')),
  zone: 'UTC',
  file: 'a.ics',
  line: 1,
  ...extra,
});

describe('overlapsOf and seriesOf', () => {
  it('counts meetings at the same time with two or more of the same people, not with one', () => {
    const t = Date.UTC(2026, 2, 17, 10);
    const series = seriesOf([occurrence('a', t, ['ann', 'bo', 'cy']), occurrence('b', t + HOUR / 2, ['ann', 'bo']), occurrence('c', t, ['ann', 'dee'])]);
    const overlaps = overlapsOf(series);
    expect(overlaps.get('a')).toEqual({ title: 'b', times: 1, shared: 2, otherCount: 1 });
    expect(overlaps.has('c')).toBe(false);
  });

  it('takes a moved copy over the original, and the first file by name for the title and place', () => {
    const t = Date.UTC(2026, 2, 17, 10);
    const series = seriesOf([
      occurrence('s', t, ['ann', 'bo'], { file: 'b.ics', line: 9 }),
      occurrence('s', t + 2 * HOUR, ['ann', 'bo'], { file: 'c.ics', line: 3, moved: true, recurrenceId: t, title: 's (moved)' }),
      occurrence('s', t, ['ann', 'bo'], { file: 'a.ics', line: 40 }),
    ]);
    expect(series).toHaveLength(1);
    expect(series[0]!.occurrences.map((o) => o.start)).toEqual([t + 2 * HOUR]);
    expect(series[0]!.where).toBe('a.ics:40');
    expect(series[0]!.files).toEqual(['a.ics', 'b.ics', 'c.ics']);
  });
});

describe('scanIcs', () => {
  it('counts folded lines, so the line it names is the one in the file', () => {
    const text = 'BEGIN:VCALENDAR\nBEGIN:VEVENT\nATTENDEE;CN=Long\n  Name:mailto:a@example.com\nUID:x\nbroken line\nEND:VEVENT\nEND:VCALENDAR\n';
    const scan = scanIcs(text, 'f.ics');
    expect('problems' in scan && scan.problems[0]?.where).toBe('f.ics:6');
  });

  it('records each event, its UID and rule, and the zones named and defined', () => {
    const text = 'BEGIN:VCALENDAR\nBEGIN:VTIMEZONE\nTZID:Custom\nEND:VTIMEZONE\nBEGIN:VEVENT\nUID:x\nDTSTART;TZID=Custom:20260317T100000\nRRULE:FREQ=WEEKLY\nEND:VEVENT\nEND:VCALENDAR\n';
    const scan = scanIcs(text, 'f.ics');
    if ('problems' in scan) throw new Error(scan.problems[0]!.message);
    expect(scan.events).toEqual([{ line: 5, uid: 'x', rrule: 'FREQ=WEEKLY', rruleLine: 8 }]);
    expect([...scan.definedZones]).toEqual(['Custom']);
    expect([...scan.namedZones]).toEqual([['Custom', 7]]);
  });
});
