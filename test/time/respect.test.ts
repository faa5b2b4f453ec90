// Slots and reply-by times that respect people (issue 12, item 5): no weekend, no night when
// anything else exists, the awkward hour rotated, urgency and notice shaping the timing.
import { stepTimes } from '../../src/core/time/step-times.js';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { schedule } from '../../src/core/time/schedule.js';
import type { ScheduleOptions } from './helpers.js';
import { teamTime } from '../../src/core/time/facts.js';
import { teamOf } from '../../src/core/time/team.js';
import { readNeed } from '../../src/answers/need.js';
import type { RuleSet } from '../../src/core/types.js';
import type { Schedule, SuggestedSlot } from '../../src/core/time/types.js';
import { contextFor } from '../world.js';
import { AUCKLAND, LA, LONDON, NY, at, buildSchedule, settings } from './helpers.js';

const SYDNEY = 'Australia/Sydney';
const DUBAI = 'Asia/Dubai';

type Options = Partial<ScheduleOptions> & { urgency?: string };
const plan = (zones: string[], now: string, organizer: string, options: Options = {}): Schedule =>
  buildSchedule(zones, at(now, organizer), settings, { outcome: 'sync', meetingMinutes: 25, urgency: 'this-week', ...options });

/** Each zone's local reading at every quarter hour of the slot and its last minute. */
function readings(slot: { start: string; end: string }, zone: string): DateTime[] {
  const start = Date.parse(slot.start);
  const end = Date.parse(slot.end);
  const times = [];
  for (let t = start; t < end; t += 15 * 60_000) times.push(t);
  times.push(end - 60_000);
  return times.map((t) => DateTime.fromMillis(t, { zone }));
}
const onWeekend = (slot: SuggestedSlot, zone: string) => readings(slot, zone).some((d) => d.weekday >= 6);
const atNight = (slot: SuggestedSlot, zone: string) => readings(slot, zone).some((d) => d.hour >= 22 || d.hour < 7);
const nightOf = (slot: SuggestedSlot, zones: string[]) => zones.filter((zone) => atNight(slot, zone));

describe('slots avoid weekends and nights', () => {
  it('Auckland + London + Los Angeles: weekday evenings in London, never Saturday morning in Auckland', () => {
    // Tuesday 17:45 in Auckland, a write-first plan due Thursday: the slots came after the reply-by
    // and the old search kept to the reference week, so all three fell on someone's weekend
    // (Auckland Sat 07:00, Sun 07:00, London Sunday 21:00).
    const zones = [AUCKLAND, LONDON, LA];
    const s = plan(zones, '2026-03-24T04:45:00Z', AUCKLAND, { outcome: 'hybrid', meetingMinutes: 50 });
    // Two working days each: Auckland's end on Thursday, so the first slot is Friday 07:00 there.
    expect(s.suggestedSlots.map((x) => x.local[LONDON])).toEqual(['Thu 26 Mar 18:00-18:50', 'Mon 30 Mar 19:00-19:50', 'Tue 31 Mar 19:00-19:50']);
    expect(s.suggestedSlots[0]!.local[AUCKLAND]).toBe('Fri 27 Mar 07:00-07:50');
    for (const slot of s.suggestedSlots) for (const zone of zones) expect([zone, onWeekend(slot, zone), atNight(slot, zone)]).toEqual([zone, false, false]);
  });

  it('New York + Sydney on a Friday evening: Monday evening in New York, Tuesday morning in Sydney', () => {
    const s = plan([NY, SYDNEY], '2026-03-20T21:00:00Z', NY);
    expect(s.suggestedSlots[0]).toMatchObject({
      local: { [NY]: 'Mon 23 Mar 17:15-17:40', [SYDNEY]: 'Tue 24 Mar 08:15-08:40' },
      outsideHours: [{ zone: NY, hours: 0.67 }, { zone: SYDNEY, hours: 0.75 }],
    });
    for (const slot of s.suggestedSlots) expect([onWeekend(slot, NY), onWeekend(slot, SYDNEY)]).toEqual([false, false]);
  });

  it('rotates the awkward hour across zones: New York, London and Kolkata each take it in turn', () => {
    const zones = [NY, LONDON, 'Asia/Kolkata'];
    const s = plan(zones, '2026-03-16T10:00:00Z', LONDON, { urgency: 'this-week' });
    expect(s.suggestedSlots.map((x) => x.outsideHours?.map((o) => o.zone))).toEqual([[NY, 'Asia/Kolkata'], ['Asia/Kolkata'], [NY]]);
  });

  it('rotates the night when every choice puts someone in it: New York, Dubai and Sydney each bear one', () => {
    // Before, all three slots were 05:15 in Dubai.
    const zones = [NY, DUBAI, SYDNEY];
    const s = plan(zones, '2026-03-01T22:15:00Z', NY);
    expect(s.suggestedSlots.map((slot) => nightOf(slot, zones))).toEqual([[DUBAI], [NY], [SYDNEY]]);
    expect(s.suggestedSlots.map((x) => x.local[NY])).toEqual(['Mon 2 Mar 20:15-20:40', 'Tue 3 Mar 22:00-22:25', 'Wed 4 Mar 07:00-07:25']);
  });

  it('offers fewer slots rather than one in somebody’s night', () => {
    // Thursday 21:00 in London, reply-by Monday: every day but Monday to Wednesday asks a weekend
    // or a night of someone, so three slots and no more, all in the same evening hours.
    const s = plan([AUCKLAND, LONDON, LA], '2026-03-19T21:00:00Z', LONDON, { meetingMinutes: 50 });
    expect(s.suggestedSlots.map((x) => x.local[LONDON])).toEqual(['Mon 23 Mar 18:00-18:50', 'Tue 24 Mar 18:00-18:50', 'Wed 25 Mar 18:00-18:50']);
  });
});

describe('a participant’s own weekend', () => {
  // Riyadh's weekend is Friday and Saturday, as a roster says it (--with reads it so).
  const team = () => {
    const questions = [{ id: 'timezones', type: 'zones' as const, prompt: 'Where?' }];
    const ctx = { ...contextFor(at('2026-03-19T12:00:00Z'), settings), weekends: new Map([['Asia/Riyadh', [5, 6]]]) };
    const read = readNeed({ timezones: ['Asia/Riyadh', LONDON] }, { questions, settings } as unknown as RuleSet, ctx);
    if ('problems' in read) throw new Error('unread');
    return teamOf(read.need.participants, read.need, settings);
  };

  it('keeps their days off out of the shared windows and the slots', () => {
    const t = team();
    const [live] = stepTimes(t, [{ kind: 'live', meetingMinutes: 25 }], 'this-week');
    const s = schedule(t, teamTime(t, settings, 'this-week'), { replyBy: null, suggestedSlots: live!.slots! });
    // Friday is a day off in Riyadh, Sunday in London: no window either day.
    expect(s.windows.map((w) => w.days!['Asia/Riyadh'])).toEqual(['Thu 19 Mar', 'Mon 23 Mar', 'Tue 24 Mar', 'Wed 25 Mar']);
    expect(s.suggestedSlots.map((x) => x.local['Asia/Riyadh'])).toEqual(['Thu 19 Mar 16:00-16:25', 'Mon 23 Mar 12:00-12:25', 'Tue 24 Mar 12:00-12:25']);
  });

  it('names them apart in a memo key', () => {
    expect(team().key).toBe('Asia/Riyadh@09:00-17:00/56,Europe/London@09:00-17:00');
  });
});

describe('urgency shapes the timing', () => {
  it('immediate at 16:30 in London with New York: the 25 minutes left in today’s window', () => {
    const s = plan([NY, LONDON], '2026-03-16T16:30:00Z', LONDON, { urgency: 'immediate' });
    expect(s.suggestedSlots).toEqual([
      { start: '2026-03-16T16:30:00.000Z', end: '2026-03-16T16:55:00.000Z', local: { [NY]: 'Mon 16 Mar 12:30-12:55', [LONDON]: 'Mon 16 Mar 16:30-16:55' } },
    ]);
  });

  it('immediate, 50 minutes: now, London staying 20 minutes late, not tomorrow’s window', () => {
    const s = plan([NY, LONDON], '2026-03-16T16:30:00Z', LONDON, { urgency: 'immediate', meetingMinutes: 50 });
    expect(s.suggestedSlots).toEqual([
      {
        start: '2026-03-16T16:30:00.000Z',
        end: '2026-03-16T17:20:00.000Z',
        local: { [NY]: 'Mon 16 Mar 12:30-13:20', [LONDON]: 'Mon 16 Mar 16:30-17:20' },
        outsideHours: [{ zone: LONDON, hours: 0.33 }],
      },
    ]);
  });

  it('immediate with no shared hours: whoever is at work now, the others before their night', () => {
    // 09:00 in London is 20:00 in Sydney; the old search offered Tuesday 07:15 in London.
    const s = plan([LONDON, SYDNEY], '2026-03-16T09:00:00Z', LONDON, { urgency: 'immediate' });
    expect(s.suggestedSlots).toHaveLength(1);
    expect(s.suggestedSlots[0]).toMatchObject({ local: { [LONDON]: 'Mon 16 Mar 09:00-09:25', [SYDNEY]: 'Mon 16 Mar 20:00-20:25' }, outsideHours: [{ zone: SYDNEY, hours: 3.42 }] });
  });

  it('immediate waits for a shared window that opens within the two hours', () => {
    // 07:30 in New York: London is at work, New York from 09:00.
    const s = plan([NY, LONDON], '2026-03-16T11:30:00Z', LONDON, { urgency: 'immediate' });
    expect(s.suggestedSlots.map((x) => x.local[NY])).toEqual(['Mon 16 Mar 09:00-09:25']);
  });

  it('today gets today’s window while it is open, even when it opened before the organizer’s midnight', () => {
    // 15:30 UTC is already Tuesday 00:30 in Tokyo; New York and London share 13:00-17:00 UTC, and
    // an hour's notice still fits today.
    const s = plan([NY, LONDON], '2026-03-16T15:30:00Z', 'Asia/Tokyo', { urgency: 'today' });
    expect(s.suggestedSlots[0]!.local).toEqual({ [NY]: 'Mon 16 Mar 12:30-12:55', [LONDON]: 'Mon 16 Mar 16:30-16:55' });
  });

  it('today moves to tomorrow only once today’s window is closed or too short', () => {
    const s = plan([NY, LONDON], '2026-03-16T16:40:00Z', LONDON, { urgency: 'today' });
    expect(s.suggestedSlots[0]!.local[LONDON]).toBe('Tue 17 Mar 13:00-13:25');
  });
});

describe('notice', () => {
  it('a day’s notice (an agenda a day ahead) puts the first slot a day out', () => {
    const without = plan([NY, LONDON], '2026-03-16T14:00:00Z', 'UTC');
    const withNotice = plan([NY, LONDON], '2026-03-16T14:00:00Z', 'UTC', { minNoticeMinutes: 1440 });
    // Never within the hour it is asked, even without an agenda.
    expect(without.suggestedSlots.map((x) => x.start)).toEqual(['2026-03-16T15:00:00.000Z', '2026-03-17T13:00:00.000Z', '2026-03-18T13:00:00.000Z']);
    expect(withNotice.suggestedSlots.map((x) => x.start)).toEqual(['2026-03-17T14:00:00.000Z', '2026-03-18T13:00:00.000Z', '2026-03-19T13:00:00.000Z']);
  });

  it('with a write-first plan, the later of the reply-by time and the notice', () => {
    // Replies are in by Tuesday 17:00 in New York (21:00 UTC); a day's notice from Monday is the
    // earlier, so the first slot is Wednesday's window.
    const s = plan([NY, LONDON], '2026-03-16T12:00:00Z', 'UTC', { outcome: 'hybrid', minNoticeMinutes: 1440 });
    expect(s.suggestedSlots[0]!.start).toBe('2026-03-18T13:00:00.000Z');
  });
});

describe('reply-by avoids weekends and nights', () => {
  it('New York + Sydney on a Friday evening, due today: three working hours of their Monday each, not Sunday', () => {
    const s = plan([NY, SYDNEY], '2026-03-20T21:00:00Z', NY, { outcome: 'async', urgency: 'today' });
    expect(s.replyBy?.local).toEqual({ [NY]: 'Mon 23 Mar 12:00', [SYDNEY]: 'Mon 23 Mar 12:00' });
    expect(s.replyBy?.notes).toEqual({ [NY]: 'off-at-start', [SYDNEY]: 'off-at-start' });
  });

  it('New York + Sydney, no rush: a weekday for both, and the meeting after it still gets slots', () => {
    // Before: Saturday 08:00 in Sydney, and no slot at all (the reply-by was past the week).
    const s = plan([NY, SYDNEY], '2026-03-20T21:00:00Z', NY, { outcome: 'hybrid', urgency: 'whenever' });
    // A working week each: both to the end of their own Friday.
    expect(s.replyBy?.local).toEqual({ [NY]: 'Fri 27 Mar 17:00', [SYDNEY]: 'Fri 27 Mar 17:00' });
    // The awkward hour rotates: both a little outside, then New York late, then Sydney early.
    expect(s.suggestedSlots.map((x) => x.local[NY])).toEqual(['Mon 30 Mar 17:15-17:40', 'Tue 31 Mar 18:00-18:25', 'Wed 1 Apr 16:30-16:55']);
    expect(s.suggestedSlots.map((x) => x.outsideHours?.map((o) => o.zone))).toEqual([[NY, SYDNEY], [NY], [SYDNEY]]);
  });
});

describe('a participant’s days off', () => {
  it('keeps a roster day off out of the shared windows and the slots, like a weekend day', () => {
    const questions = [{ id: 'timezones', type: 'zones' as const, prompt: 'Where?' }];
    const ctx = { ...contextFor(at('2026-03-19T12:00:00Z'), settings), datesOff: new Map([[NY, ['2026-03-20', '2026-03-23']]]) };
    const read = readNeed({ timezones: [NY, LONDON] }, { questions, settings } as unknown as RuleSet, ctx);
    if ('problems' in read) throw new Error('unread');
    const t = teamOf(read.need.participants, read.need, settings);
    const [live] = stepTimes(t, [{ kind: 'live', meetingMinutes: 25 }], 'this-week');
    const s = schedule(t, teamTime(t, settings, 'this-week'), { replyBy: null, suggestedSlots: live!.slots! });
    // Friday 20 and Monday 23 March are New York's days off: the windows skip them.
    expect(s.windows.map((w) => w.days![NY])).toEqual(['Thu 19 Mar', 'Tue 24 Mar', 'Wed 25 Mar']);
    expect(s.suggestedSlots.every((x) => !/Fri 20|Mon 23/.test(x.local[NY]!))).toBe(true);
    expect(t.key).toBe('America/New_York@09:00-17:00+2026-03-20,2026-03-23,Europe/London@09:00-17:00');
  });
});
