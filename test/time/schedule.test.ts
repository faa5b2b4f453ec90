import { DateTime, Settings as Luxon } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/core/time/types.js';
import { buildSchedule, AUCKLAND, KOLKATA, LA, LONDON, NY, TOKYO, at, at as at2, settings } from './helpers.js';

const schedule = (zones: string[], now: string, outcome: 'async' | 'sync' | 'hybrid', urgency = 'today', minutes = 25, organizer = 'UTC') =>
  buildSchedule(zones, at(now, organizer), settings, { outcome, urgency, meetingMinutes: minutes });

/** Local hour (with fraction) of an ISO instant in a zone. */
const localHour = (iso: string, zone: string): number => {
  const t = DateTime.fromISO(iso, { zone });
  return t.hour + t.minute / 60;
};
const isQuiet = (hour: number): boolean => hour >= 22 || hour < 7;

describe('windows', () => {
  it('lists the shared windows of the seven days in order, with each zone’s local hours', () => {
    const s = schedule([NY, LONDON], '2026-03-16T12:00:00Z', 'sync');
    expect(s.referenceDate).toBe('2026-03-16');
    expect(s.windows.map((w) => w.start.slice(0, 10))).toEqual(['2026-03-16', '2026-03-17', '2026-03-18', '2026-03-19', '2026-03-20']);
    expect(s.windows[0]).toEqual({
      start: '2026-03-16T13:00:00.000Z',
      end: '2026-03-16T17:00:00.000Z',
      local: { [NY]: '09:00-13:00', [LONDON]: '13:00-17:00' },
      days: { [NY]: 'Mon 16 Mar', [LONDON]: 'Mon 16 Mar' },
      hours: 4,
    });
  });

  it('keeps a window that spans two calendar dates whole: LA Monday afternoon is Auckland Tuesday morning', () => {
    const s = schedule([AUCKLAND, LA], '2026-03-16T12:00:00Z', 'sync', 'today', 25, LA);
    expect(s.overlapHours).toBe(4);
    // Friday afternoon in LA is Saturday in Auckland: four windows, not five.
    expect(s.windows).toHaveLength(4);
    expect(s.windows[0]).toMatchObject({
      local: { [AUCKLAND]: '09:00-13:00', [LA]: '13:00-17:00' },
      days: { [AUCKLAND]: 'Tue 17 Mar', [LA]: 'Mon 16 Mar' },
    });
  });

  it('is empty when nobody shares working hours', () => {
    const s = schedule([NY, LONDON, KOLKATA], '2026-03-16T12:00:00Z', 'sync');
    expect(s.windows).toEqual([]);
    expect(s.overlapHours).toBe(0);
  });

  it('records each participant’s hours', () => {
    const s = buildSchedule([`${NY}@08:00-16:00`, LONDON], at('2026-03-16T12:00:00Z', 'UTC', '10:00-18:00'), settings, {
      outcome: 'async',
      urgency: 'today',
      meetingMinutes: 25,
    });
    expect(s.participants).toEqual([
      { zone: NY, hours: '08:00-16:00' },
      { zone: LONDON, hours: '10:00-18:00' },
    ]);
  });
});

describe('replyBy', () => {
  // Each reader gets the window in working time of their own and sees their own deadline: the end
  // of their working day for a window of days, the moment they have had it for a shorter one.
  it.each([
    // [zones, now, urgency, each zone's own deadline, when all are in (UTC), why]
    [[NY, LONDON], '2026-03-16T12:00:00Z', 'today', { [NY]: 'Mon 16 Mar 12:00', [LONDON]: 'Mon 16 Mar 15:00' }, '2026-03-16T16:00:00.000Z', 'three working hours each; New York from 09:00'],
    [[NY, LONDON], '2026-03-16T16:30:00Z', 'immediate', { [NY]: 'Mon 16 Mar 13:30', [LONDON]: 'Tue 17 Mar 09:30' }, '2026-03-17T09:30:00.000Z', 'London has half an hour left: the rest next morning'],
    [[NY, LONDON], '2026-03-20T15:00:00Z', 'today', { [NY]: 'Fri 20 Mar 14:00', [LONDON]: 'Mon 23 Mar 10:00' }, '2026-03-23T10:00:00.000Z', 'Friday leaves London two hours: Monday, not Saturday'],
    [[NY, LONDON], '2026-03-20T15:00:00Z', 'unknown', { [NY]: 'Fri 20 Mar 17:00', [LONDON]: 'Mon 23 Mar 17:00' }, '2026-03-23T17:00:00.000Z', 'a working day (P1D): the rest of Friday for New York, Monday for London with two hours left'],
    [[NY, LONDON], '2026-03-19T12:00:00Z', 'this-week', { [NY]: 'Fri 20 Mar 17:00', [LONDON]: 'Fri 20 Mar 17:00' }, '2026-03-20T21:00:00.000Z', 'two working days each, Thursday counting'],
    [[NY, LONDON, KOLKATA], '2026-03-16T12:00:00Z', 'today', { [NY]: 'Mon 16 Mar 12:00', [LONDON]: 'Mon 16 Mar 15:00', [KOLKATA]: 'Tue 17 Mar 12:00' }, '2026-03-17T06:30:00.000Z', 'Kolkata’s day has ended: from their next morning'],
    [[TOKYO, NY], '2026-03-16T12:00:00Z', 'unknown', { [TOKYO]: 'Tue 17 Mar 17:00', [NY]: 'Mon 16 Mar 17:00' }, '2026-03-17T08:00:00.000Z', 'each to the end of their own working day'],
  ])('%j at %s (%s): %j, all in by %s: %s', (zones, now, urgency, local: Record<string, string>, utc, _why) => {
    const s = schedule(zones, now, 'async', urgency);
    expect(s.replyBy?.local).toEqual(local);
    expect(s.replyBy?.utc).toBe(utc);
    // Nobody's deadline falls in their night or on their weekend.
    for (const zone of zones) {
      const [weekday, , , clock] = local[zone]!.split(' ');
      expect(['Sat', 'Sun']).not.toContain(weekday);
      expect(isQuiet(Number(clock!.slice(0, 2)) + Number(clock!.slice(3)) / 60)).toBe(false);
    }
  });

  it('says which readers are off work, so a short window runs from their next working hours', () => {
    const s = schedule([NY, LONDON, KOLKATA], '2026-03-16T12:00:00Z', 'async', 'today');
    expect(s.replyBy?.notes).toEqual({ [NY]: 'off-at-start', [KOLKATA]: 'off-at-start' });
    expect(s.replyBy?.window).toBe('3 working hours');
  });

  it('is absent for a meeting and present for async and hybrid', () => {
    expect(schedule([NY], '2026-03-16T12:00:00Z', 'sync').replyBy).toBeNull();
    expect(schedule([NY], '2026-03-16T12:00:00Z', 'async').replyBy).not.toBeNull();
    expect(schedule([NY], '2026-03-16T12:00:00Z', 'hybrid').replyBy).not.toBeNull();
  });
});

describe('suggestedSlots', () => {
  it('offers the first fit in each of the next windows, on different days, an hour after it is asked at the earliest', () => {
    const s = schedule([NY, LONDON], '2026-03-16T13:07:00Z', 'sync', 'this-week');
    expect(s.suggestedSlots.map((x) => [x.start, x.end])).toEqual([
      ['2026-03-16T14:15:00.000Z', '2026-03-16T14:40:00.000Z'],
      ['2026-03-17T13:00:00.000Z', '2026-03-17T13:25:00.000Z'],
      ['2026-03-18T13:00:00.000Z', '2026-03-18T13:25:00.000Z'],
    ]);
    expect(s.suggestedSlots[0]?.local).toEqual({ [NY]: 'Mon 16 Mar 10:15-10:40', [LONDON]: 'Mon 16 Mar 14:15-14:40' });
    expect(s.suggestedSlots[0]?.outsideHours).toBeUndefined();
  });

  it('offers a need for today only today\'s slot while the day holds one inside everyone\'s hours', () => {
    const s = schedule([NY, LONDON], '2026-03-16T13:07:00Z', 'sync', 'today');
    expect(s.suggestedSlots.map((x) => x.start)).toEqual(['2026-03-16T14:15:00.000Z']);
    // Too late for today's window: the next windows, as for any other need.
    expect(schedule([NY, LONDON], '2026-03-16T16:20:00Z', 'sync', 'today').suggestedSlots[0]?.start).toBe('2026-03-17T13:00:00.000Z');
  });

  it('skips a window the meeting no longer fits into', () => {
    const s = schedule([NY, LONDON], '2026-03-16T16:20:00Z', 'sync', 'today', 50);
    expect(s.suggestedSlots[0]?.start).toBe('2026-03-17T13:00:00.000Z');
  });

  it('with no shared hours, offers the least-bad slot and says who bears it', () => {
    const s = schedule([NY, LONDON, KOLKATA], '2026-03-16T12:00:00Z', 'hybrid', 'today', 50);
    expect(s.suggestedSlots).toHaveLength(3);
    expect(s.suggestedSlots[0]).toEqual({
      start: '2026-03-17T11:45:00.000Z',
      end: '2026-03-17T12:35:00.000Z',
      local: { [NY]: 'Tue 17 Mar 07:45-08:35', [LONDON]: 'Tue 17 Mar 11:45-12:35', [KOLKATA]: 'Tue 17 Mar 17:15-18:05' },
      outsideHours: [
        { zone: NY, hours: 1.25 },
        { zone: KOLKATA, hours: 1.08 },
      ],
    });
    expect(new Set(s.suggestedSlots.map((x) => x.start.slice(0, 10))).size).toBe(3);
  });

  it('meets after the reply-by time when the plan is to write first, and at once when it is to meet first', () => {
    const at = (order: 'write-first' | 'meet-first') =>
      buildSchedule([NY, LONDON], at2('2026-03-16T12:00:00Z'), settings, { outcome: 'hybrid', urgency: 'this-week', meetingMinutes: 25, hybridOrder: order });
    const writeFirst = at('write-first');
    // Two working days each, Monday counting: the last to end is New York's Tuesday.
    expect(writeFirst.replyBy?.utc).toBe('2026-03-17T21:00:00.000Z');
    // The slots come after it: Wednesday to Friday.
    expect(writeFirst.suggestedSlots.map((x) => x.start)).toEqual(['2026-03-18T13:00:00.000Z', '2026-03-19T13:00:00.000Z', '2026-03-20T13:00:00.000Z']);
    expect(at('meet-first').suggestedSlots[0]?.start).toBe('2026-03-16T13:00:00.000Z');
  });

  it('uses the least-bad search when every window is shorter than the meeting', () => {
    const s = schedule([`${NY}@09:00-09:30`, LONDON], '2026-03-16T12:00:00Z', 'sync', 'today', 50);
    expect(s.windows).toHaveLength(5);
    // Not before 13:00Z, an hour after it is asked: 13:00-13:50Z stretches New York's half hour
    // by 20 minutes after it, the least any start can.
    expect(s.suggestedSlots[0]).toMatchObject({ start: '2026-03-16T13:00:00.000Z', outsideHours: [{ zone: NY, hours: 0.33 }] });
  });

  it.each([
    [[NY, LONDON, KOLKATA], 50],
    [[AUCKLAND, LONDON], 25],
    [[TOKYO, NY, LONDON], 50],
  ])('keeps %j out of quiet hours when it can', (zones, minutes) => {
    const s = schedule(zones, '2026-03-16T12:00:00Z', 'sync', 'today', minutes);
    expect(s.suggestedSlots.length).toBeGreaterThan(0);
    for (const slot of s.suggestedSlots) {
      for (const zone of zones) {
        expect(isQuiet(localHour(slot.start, zone))).toBe(false);
        expect(isQuiet(localHour(slot.end, zone) - 1 / 60)).toBe(false);
      }
    }
  });

  it('is empty for an async outcome', () => {
    expect(schedule([NY, LONDON], '2026-03-16T12:00:00Z', 'async').suggestedSlots).toEqual([]);
  });
});

describe('determinism', () => {
  afterEach(() => {
    Luxon.defaultZone = 'system';
    Luxon.defaultLocale = undefined as unknown as string;
  });

  it('gives the same schedule whatever the machine’s zone and locale', () => {
    const run = (): Schedule => schedule([NY, LONDON, KOLKATA], '2026-03-16T12:00:00Z', 'hybrid', 'this-week', 50, NY);
    const first = run();
    Luxon.defaultZone = 'Pacific/Chatham';
    Luxon.defaultLocale = 'ar-EG';
    expect(run()).toEqual(first);
    expect(JSON.stringify(run())).toBe(JSON.stringify(first));
  });
});
