// A recurring meeting over a year: the weeks a clock change moves it for someone (both
// hemispheres), and a rotation of the awkward hour that does not leave it with one zone.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { movedMeetings, occurrences } from '../../src/core/time/recurring.js';
import { advise } from '../../src/core/advise.js';
import type { RuleSet } from '../../src/core/types.js';
import { formatText } from '../../src/format/text.js';
import { formatMarkdown } from '../../src/format/markdown.js';
import { seriesMarkdown, seriesText } from '../../src/format/series-text.js';
import { loadDefaults } from '../ruleset/helpers.js';
import { needOf, world } from '../world.js';

let rules: RuleSet;
beforeAll(async () => {
  rules = await loadDefaults();
});

const zone = (name: string) => world.zone(name);
const LONDON = zone('Europe/London');

// The clocks' own dates for 2027 (the published rules, not this code): the United States on the
// second Sunday of March and the first of November, the EU on the last Sundays of March and
// October, New South Wales on the first Sundays of April and October.
const CHANGES_2027: [zone: string, days: string[]][] = [
  ['America/New_York', ['2027-03-14', '2027-11-07']],
  ['Europe/London', ['2027-03-28', '2027-10-31']],
  ['Australia/Sydney', ['2027-04-04', '2027-10-03']],
];

describe('the weeks a clock change moves a weekly London meeting', () => {
  const first = Date.parse('2026-12-07T14:00:00Z'); // Monday 14:00 London
  const starts = occurrences(first, LONDON, 'weekly');
  const moved = movedMeetings(starts, ['Europe/London', 'America/New_York', 'Australia/Sydney'].map(zone), LONDON);

  it('holds 52 meetings at 14:00 London all year', () => {
    expect(starts).toHaveLength(52);
    expect(new Set(starts.map((t) => DateTime.fromMillis(t, { zone: 'Europe/London' }).toFormat('ccc HH:mm')))).toEqual(new Set(['Mon 14:00']));
  });

  it.each(CHANGES_2027)('names each clock change of %s, on its own date, in the first meeting after it', (name, days) => {
    const changes = moved.flatMap((m) => m.changes.filter((c) => c.zone === name).map((c) => ({ day: c.at.slice(0, 10), meeting: m })));
    expect(changes.map((c) => c.day)).toEqual(days.map((d) => (name === 'Australia/Sydney' ? DateTime.fromISO(d).minus({ days: 1 }).toISODate() : d)));
    for (const { meeting, day } of changes) {
      const prior = starts[meeting.number - 2]!;
      expect(prior).toBeLessThan(Date.parse(`${day}T23:59:59Z`));
      expect(Date.parse(meeting.start)).toBeGreaterThan(Date.parse(`${day}T00:00:00Z`) - 86_400_000);
    }
  });

  it('moves London itself never (the series keeps its clock), New York and Sydney by an hour each time', () => {
    for (const m of moved) {
      expect(m.moved.map((x) => x.zone)).not.toContain('Europe/London');
      for (const x of m.moved) expect(Math.abs(x.minutes)).toBe(60);
    }
  });
});

describe('any weekly series, any zones (property)', () => {
  const ZONES = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata', 'America/Sao_Paulo', 'Pacific/Auckland', 'Europe/Berlin', 'America/Santiago'];
  it('reports a meeting exactly when some zone reads it at another local time than the week before', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), fc.subarray(ZONES, { minLength: 1 }), fc.integer({ min: 0, max: 364 * 4 }), (organizer, zones, quarter) => {
        const org = zone(organizer);
        const start = Date.parse('2026-06-01T00:00:00Z') + quarter * 15 * 60_000 * 24;
        const starts = occurrences(start, org, 'weekly');
        const moved = movedMeetings(starts, zones.map(zone), org);
        const hhmm = (t: number, z: string) => DateTime.fromMillis(t, { zone: z }).toFormat('HH:mm');
        for (let k = 1; k < starts.length; k++) {
          const shifted = zones.filter((z) => hhmm(starts[k]!, z) !== hhmm(starts[k - 1]!, z)).sort();
          const reported = (moved.find((m) => m.number === k + 1)?.moved.map((x) => x.zone) ?? []).sort();
          expect(reported).toEqual(shifted);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('monthly', () => {
  it('keeps the weekday of the month: the second Tuesday stays the second Tuesday', () => {
    const starts = occurrences(Date.parse('2026-12-08T10:00:00Z'), LONDON, 'monthly');
    expect(starts).toHaveLength(12);
    for (const t of starts) {
      const d = DateTime.fromMillis(t, { zone: 'Europe/London' });
      expect([d.weekdayShort, Math.ceil(d.day / 7), d.toFormat('HH:mm')]).toEqual(['Tue', 2, '10:00']);
    }
  });
});

describe('a weekly meeting across London, New York and Sydney', () => {
  const answers = { purpose: 'work-together', urgency: 'this-week', attendees: 3, recurring: 'weekly', timezones: ['Europe/London', 'America/New_York', 'Australia/Sydney'] };
  const adviceNow = () => advise(rules, needOf(answers, rules, { now: '2026-12-07T12:00:00Z', organizerZone: 'Europe/London' }));

  it("never puts anyone in their night: London's evening in the northern winter, London's noon in its summer (when the evening is 05:00 in Sydney)", () => {
    const rotation = adviceNow().series!.rotation!;
    expect(rotation.meetings).toHaveLength(52);
    for (const m of rotation.meetings) {
      for (const z of ['Europe/London', 'America/New_York', 'Australia/Sydney']) {
        const hour = Number(DateTime.fromISO(m.start, { zone: z }).toFormat('H'));
        expect(hour >= 7 && hour < 22, `${m.day}: ${z} at ${hour}:00`).toBe(true);
      }
    }
    const londonHour = (m: { start: string }) => DateTime.fromISO(m.start, { zone: 'Europe/London' }).toFormat('HH:mm');
    expect(londonHour(rotation.meetings.find((m) => m.start.startsWith('2027-01'))!)).toBe('20:00'); // the step's own first slot
    expect(londonHour(rotation.meetings.find((m) => m.start.startsWith('2027-07'))!)).toBe('12:00');
    expect(rotation.taken).toEqual({ 'Europe/London': 26, 'America/New_York': 0, 'Australia/Sydney': 26 });
  });
});

describe('a weekly meeting across London, New York and Kolkata', () => {
  const answers = { purpose: 'work-together', urgency: 'this-week', attendees: 3, recurring: 'weekly', timezones: ['Europe/London', 'America/New_York', 'Asia/Kolkata'] };
  const adviceNow = () => advise(rules, needOf(answers, rules, { now: '2026-12-07T12:00:00Z', organizerZone: 'Europe/London' }));

  it('rotates the awkward hour between New York (early) and Kolkata (late), never into a night, never the same zone four times running', () => {
    const rotation = adviceNow().series!.rotation!;
    const bearers = rotation.meetings.map((m) => m.awkward[0]!.zone);
    // A clock change in one zone but not yet the other hands it to the same zone for a few weeks;
    // the next weeks even it out.
    for (let i = 3; i < bearers.length; i++) expect(new Set(bearers.slice(i - 3, i + 1)).size).toBeGreaterThan(1);
    expect(new Set(bearers)).toEqual(new Set(['America/New_York', 'Asia/Kolkata']));
    expect(rotation.meetings.every((m) => m.awkward.every((b) => !b.night))).toBe(true);
    expect(Math.abs(rotation.taken['America/New_York']! - rotation.taken['Asia/Kolkata']!)).toBeLessThanOrEqual(1);
  });

  it('shows who takes the early or late slot in which weeks, and the clock-change weeks (text and markdown)', async () => {
    const advice = adviceNow();
    const names = { 'Europe/London': 'you', 'America/New_York': 'Sam', 'Asia/Kolkata': 'Priya' };
    const text = seriesText(advice.series!, names, (s) => s).join('\n');
    await expect(text).toMatchFileSnapshot('__snapshots__/series-london-new-york-kolkata.txt');
    await expect(seriesMarkdown(advice.series!, names).join('\n')).toMatchFileSnapshot('__snapshots__/series-london-new-york-kolkata.md');
    // On an 80-column terminal the long lists break under their own column.
    const narrow = seriesText(advice.series!, names, (s) => s, 80);
    for (const line of narrow) expect(line.length).toBeLessThanOrEqual(80);
    expect(narrow.join(' ').replace(/ +/g, ' ')).toBe(text.replace(/\n/g, ' ').replace(/ +/g, ' '));
    // The whole advice shows it too.
    const ctx = { color: false, channelLabels: {}, names };
    expect(formatText(advice, ctx)).toContain(text);
    expect(formatMarkdown(advice, ctx)).toContain('**Who takes the awkward hour**');
  });

  it('has no series for a one-off need', () => {
    const advice = advise(rules, needOf({ ...answers, recurring: 'none' }, rules, { now: '2026-12-07T12:00:00Z', organizerZone: 'Europe/London' }));
    expect(advice.series).toBeUndefined();
  });
});
