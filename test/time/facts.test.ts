import { describe, expect, it } from 'vitest';
import { ProblemError } from '../../src/errors.js';
import { timeFacts, buildSchedule, AUCKLAND, KOLKATA, LA, LONDON, NY, TOKYO, at, settings } from './helpers.js';

describe('overlap_hours and zone_spread_hours', () => {
  it.each([
    // The US moves its clocks on 8 March, the UK on 29 March: four shared hours in between.
    ['NY + London between the changes', [NY, LONDON], '2026-03-16T12:00:00Z', 'UTC', 4, 4],
    ['NY + London after both changes', [NY, LONDON], '2026-03-30T12:00:00Z', 'UTC', 3, 5],
    ['NY + London before both changes', [NY, LONDON], '2026-02-16T12:00:00Z', 'UTC', 3, 5],
    // The week of 23 March ends on the UK's change day (a Sunday): still four hours all week.
    ['NY + London, week ending on the UK change', [NY, LONDON], '2026-03-23T12:00:00Z', 'UTC', 4, 4],
    ['Kolkata half-hour offset + London (GMT)', [KOLKATA, LONDON], '2026-03-16T12:00:00Z', 'UTC', 2.5, 5.5],
    ['Kolkata + London (BST)', [KOLKATA, LONDON], '2026-03-30T12:00:00Z', 'UTC', 3.5, 4.5],
    ['NY + Kolkata', [NY, KOLKATA], '2026-03-16T12:00:00Z', 'UTC', 0, 9.5],
    ['NY + London + Kolkata', [NY, LONDON, KOLKATA], '2026-03-16T12:00:00Z', 'UTC', 0, 9.5],
    // Across the date line: Los Angeles afternoon is Auckland's next morning.
    ['Auckland (NZDT) + Los Angeles', [AUCKLAND, LA], '2026-03-16T12:00:00Z', LA, 4, 20],
    ['Auckland (NZST) + Los Angeles', [AUCKLAND, LA], '2026-04-13T12:00:00Z', LA, 3, 19],
    ['Tokyo + NY', [TOKYO, NY], '2026-03-16T12:00:00Z', 'UTC', 0, 13],
    ['one zone', [LONDON], '2026-03-16T12:00:00Z', 'UTC', 8, 0],
    ['the same zone twice', [LONDON, LONDON], '2026-03-16T12:00:00Z', 'UTC', 8, 0],
  ])('%s', (_name, zones, now, organizer, overlap, spread) => {
    const facts = timeFacts(zones, at(now, organizer), settings, 'today');
    expect(facts.overlap_hours).toBe(overlap);
    expect(facts.zone_spread_hours).toBe(spread);
  });

  it.each([
    ['per-participant hours', [`${NY}@08:00-16:00`, LONDON], undefined, 5],
    ['--working-hours for everyone', [NY, LONDON], '10:00-18:00', 4],
    ['per-participant hours win over --working-hours', [`${NY}@08:00-16:00`, LONDON], '10:00-18:00', 6],
    ['the same zone with two sets of hours', [`${LONDON}@07:00-15:00`, `${LONDON}@12:00-20:00`], undefined, 3],
    ['a participant who works around the clock', [`${LONDON}@00:00-24:00`, NY], undefined, 8],
  ])('%s', (_name, zones, flag, overlap) => {
    expect(timeFacts(zones, at('2026-03-16T12:00:00Z', 'UTC', flag), settings, 'today').overlap_hours).toBe(overlap);
  });

  it('counts distinct zones, not entries', () => {
    const facts = timeFacts([NY, `${NY}@08:00-16:00`, LONDON], at('2026-03-16T12:00:00Z'), settings, 'today');
    expect(facts.zone_count).toBe(2);
  });

  it.each([
    ['Paris, Berlin and Madrid share a clock', ['Europe/Paris', 'Europe/Berlin', 'Europe/Madrid'], '2026-03-16T12:00:00Z', 1],
    ['... and London is an hour behind them', ['Europe/Paris', 'Europe/Berlin', 'Europe/Madrid', LONDON], '2026-07-16T12:00:00Z', 2],
    // Arizona keeps standard time all year: with Denver in winter, apart in summer.
    ['Phoenix and Denver in winter', ['America/Phoenix', 'America/Denver'], '2026-01-12T12:00:00Z', 1],
    ['Phoenix and Denver in summer', ['America/Phoenix', 'America/Denver'], '2026-07-13T12:00:00Z', 2],
    ['Kolkata and Colombo, +05:30 both', [KOLKATA, 'Asia/Colombo'], '2026-03-16T12:00:00Z', 1],
  ])('counts zones by their UTC offset at the reference instant: %s', (_name, zones, now, count) => {
    const facts = timeFacts(zones, at(now), settings, 'today');
    expect(facts.zone_count).toBe(count);
  });

  it('still lists every zone by name in the schedule', () => {
    const s = buildSchedule(['Europe/Paris', 'Europe/Berlin', 'Europe/Madrid'], at('2026-03-16T12:00:00Z'), settings, { outcome: 'sync', urgency: 'today', meetingMinutes: 25 });
    expect(Object.keys(s.windows[0]!.local)).toEqual(['Europe/Paris', 'Europe/Berlin', 'Europe/Madrid']);
  });

  it('reads the reference date in the organizer zone: Saturday in Auckland is still Friday in LA', () => {
    // 2026-03-20T20:00Z is Saturday 09:00 in Auckland: from there the seven days still include
    // four shared windows, and the Friday one (LA) has passed.
    const facts = timeFacts([AUCKLAND, LA], at('2026-03-20T20:00:00Z', AUCKLAND), settings, 'today');
    expect(facts.overlap_hours).toBe(4);
  });
});

describe('a working-hours start that does not exist on a DST day', () => {
  // Egypt moves its clocks from 00:00 to 01:00 on Friday 24 April 2026, a working day here.
  it('starts at the first moment after the jump, so that day is an hour shorter', () => {
    // Asked on the Sunday before, so the whole working week is still ahead.
    const ctx = at('2026-04-19T12:00:00Z', 'Africa/Cairo');
    const s = buildSchedule(['Africa/Cairo@00:00-08:00'], ctx, settings, { outcome: 'sync', urgency: 'today', meetingMinutes: 25 });
    expect(s.windows.map((w) => [w.days?.['Africa/Cairo'], w.local['Africa/Cairo'], w.hours])).toEqual([
      ['Mon 20 Apr', '00:00-08:00', 8],
      ['Tue 21 Apr', '00:00-08:00', 8],
      ['Wed 22 Apr', '00:00-08:00', 8],
      ['Thu 23 Apr', '00:00-08:00', 8],
      ['Fri 24 Apr', '01:00-08:00', 7],
    ]);
    expect(timeFacts(['Africa/Cairo@00:00-08:00'], ctx, settings, 'today').overlap_hours).toBe(8);
  });

  it('has no effect on a DST Sunday, which is not a working day (New York, 8 March 2026)', () => {
    const s = buildSchedule([`${NY}@02:30-10:30`], at('2026-03-08T12:00:00Z', NY), settings, { outcome: 'sync', urgency: 'today', meetingMinutes: 25 });
    expect(s.windows[0]).toMatchObject({ days: { [NY]: 'Mon 9 Mar' }, local: { [NY]: '02:30-10:30' }, hours: 8 });
  });
});

describe('reply_by', () => {
  it.each([
    // Three working hours each: New York's start at 09:00, London's at noon.
    ['today', [NY, LONDON], 'Mon 16 Mar 12:00 America/New_York · Mon 16 Mar 15:00 Europe/London'],
    // Two working days each, to the end of the second: Monday counts, for New York before its day
    // begins and for London with more than half of it left.
    ['this-week', [NY, LONDON], 'Tue 17 Mar 17:00 America/New_York · Tue 17 Mar 17:00 Europe/London'],
    // No setting for it: one working day (P1D), the rest of Monday.
    ['unknown-urgency', [LONDON], 'Mon 16 Mar 17:00 Europe/London'],
  ])('%s for %j', (urgency, zones, line) => {
    expect(timeFacts(zones, at('2026-03-16T12:00:00Z'), settings, urgency).reply_by).toBe(line);
  });
});

describe('invalid input', () => {
  it.each([
    [['Europe/Berln'], {}, 'timezones', 'Did you mean "Europe/Berlin"?'],
    [[NY], { now: '2026-03-08T02:30', organizerZone: NY }, '--now', 'add an offset'],
    [[NY], { now: 'soon' }, '--now', 'ISO 8601'],
    [[NY], { organizerZone: 'Europe/Londn' }, '--zone', 'Did you mean "Europe/London"?'],
    [[NY], { organizerZone: `${NY}@08:00-16:00` }, '--zone', 'Use an IANA name'],
    [[NY], { workingHours: '9 to 5' }, '--working-hours', 'HH:mm-HH:mm'],
  ])('%j with %j is a ProblemError at %s', (zones, ctx, where, hint) => {
    const run = () => timeFacts(zones, { ...at('2026-03-16T12:00:00Z'), ...ctx }, settings, 'today');
    expect(run).toThrow(ProblemError);
    try {
      run();
    } catch (error) {
      expect((error as ProblemError).problems[0]).toMatchObject({ where, hint: expect.stringContaining(hint) });
    }
  });

  it('names a reply-by setting that is not a duration', () => {
    const broken = { ...settings, replyBy: { today: 'eight hours' } };
    expect(() => timeFacts([NY], at('2026-03-16T12:00:00Z'), broken, 'today')).toThrow(/settings.replyBy.today/);
  });
});
