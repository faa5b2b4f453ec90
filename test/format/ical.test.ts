// --invite and --followup as a calendar reads them: the file the product writes, parsed back with
// ical.js (the library that wrote it) and with node-ical (an independent parser), checked for what
// a person would see: the start in each participant's zone, the agenda, the attendees, the due date.
import { beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import nodeIcal from 'node-ical';
import { DateTime } from 'luxon';
import { advise } from '../../src/core/advise.js';
import type { Advice } from '../../src/core/advice.js';
import type { RuleSet } from '../../src/core/types.js';
import { type CalendarInput, type CalendarPerson, calendarText } from '../../src/format/ical.js';
import { loadDefaults } from '../ruleset/helpers.js';
import { needOf, world } from '../world.js';

let rules: RuleSet;
beforeAll(async () => {
  rules = await loadDefaults();
});

const PEOPLE: CalendarPerson[] = [
  { name: 'Priya', zone: 'Asia/Kolkata', email: 'priya@example.com' },
  { name: 'Ana', zone: 'America/Sao_Paulo', email: 'ana@example.com' },
  { name: 'Kenji', zone: 'Asia/Tokyo' }, // no address: no ATTENDEE line
];
const NOW = '2026-12-07T10:00:00Z';

function adviceFor(answers: Record<string, unknown>, organizerZone = 'Europe/London'): Advice {
  return advise(rules, needOf(answers, rules, { now: NOW, organizerZone }));
}

function calendarFor(advice: Advice, pick: Partial<Pick<CalendarInput, 'invite' | 'followup'>>, organizerZone = 'Europe/London'): string {
  return calendarText({
    advice,
    ...pick,
    people: PEOPLE,
    organizer: { zone: world.zone(organizerZone), name: 'Tom', email: 'tom@example.com' },
    now: Date.parse(NOW),
    goals: new Set(rules.checklist.filter((c) => c.kind === 'goal').map((c) => c.id)),
  });
}

/** The calendar parsed by ical.js, with its VTIMEZONE registered so local times resolve to instants. */
function parsed(text: string): ICAL.Component {
  const cal = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.reset();
  for (const vtz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtz);
  return cal;
}

const local = (ms: number, zone: string): string => DateTime.fromMillis(ms, { zone }).toFormat('ccc d LLL HH:mm');

// A critique across four continents with no shared hour: one live slot for everyone, someone outside their hours.
const KICKOFF = { purpose: 'feedback', writable: false, urgency: 'this-week', attendees: 4, timezones: ['Europe/London', 'Asia/Kolkata', 'America/Sao_Paulo', 'Asia/Tokyo'] };

describe('--invite', () => {
  it('reads back with the suggested start in every zone, the agenda first, and the attendees with addresses', () => {
    const advice = adviceFor(KICKOFF);
    const live = advice.steps.find((s) => s.kind === 'live')!;
    const slot = live.slots![0]!;
    const cal = parsed(calendarFor(advice, { invite: { step: live, slot: 0 } }));
    const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    const start = event.startDate.toUnixTime() * 1000;
    expect(start).toBe(Date.parse(slot.start));
    expect(event.endDate.toUnixTime() * 1000).toBe(Date.parse(slot.end));
    // What each person sees in their own calendar is what the advice printed for their zone.
    for (const zone of KICKOFF.timezones) expect(slot.local[zone]!.startsWith(local(start, zone))).toBe(true);
    expect(event.summary).toBe(live.label);
    const goal = live.checklist.find((c) => rules.checklist.find((r) => r.id === c.id)?.kind === 'goal')!;
    expect(event.description.startsWith(goal.text)).toBe(true);
    for (const item of live.checklist) expect(event.description).toContain(item.text);
    const attendees = event.attendees.map((a) => String(a.getFirstValue()));
    expect(attendees).toEqual(['mailto:priya@example.com', 'mailto:ana@example.com']);
    expect(String(event.component.getFirstPropertyValue('organizer'))).toBe('mailto:tom@example.com');
  });

  it('gives the same bytes for the same answers, and another UID for another slot', () => {
    const advice = adviceFor(KICKOFF);
    const live = advice.steps.find((s) => s.kind === 'live')!;
    const first = calendarFor(advice, { invite: { step: live, slot: 0 } });
    expect(calendarFor(adviceFor(KICKOFF), { invite: { step: live, slot: 0 } })).toBe(first);
    const uid = (text: string) => parsed(text).getFirstSubcomponent('vevent')!.getFirstPropertyValue('uid');
    expect(uid(calendarFor(advice, { invite: { step: live, slot: 1 } }))).not.toBe(uid(first));
  });

  it('repeats a weekly meeting at the organizer\'s local time across the clock change, with one event per rotation slot', () => {
    const advice = adviceFor({ purpose: 'work-together', urgency: 'this-week', attendees: 3, recurring: 'weekly', timezones: ['Europe/London', 'America/New_York', 'Asia/Kolkata'] });
    const live = advice.steps.find((s) => s.kind === 'live')!;
    const cal = parsed(calendarFor(advice, { invite: { step: live, slot: 0 } }));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const rotation = advice.series!.rotation!;
    expect(events).toHaveLength(rotation.slots.length);
    // Every meeting of the rotation, its DTSTART and RDATEs read through the VTIMEZONE, at the
    // instant the advice gives. (ical.js's iterator leaves DTSTART out when there is no RRULE.)
    const expanded = events.flatMap((e) =>
      ['dtstart', 'rdate'].flatMap((name) => e.component.getAllProperties(name).map((p) => (p.getFirstValue() as ICAL.Time).toUnixTime() * 1000)),
    );
    expect(expanded.sort((a, b) => a - b)).toEqual(rotation.meetings.map((m) => Date.parse(m.start)));
    // The VTIMEZONE covers the summer: a meeting in July reads at London summer time.
    const july = rotation.meetings.find((m) => m.start.startsWith('2027-07'))!;
    expect(expanded).toContain(Date.parse(july.start));
  });

  it('repeats a series without rotation by its RRULE, every week at the same London time through British Summer Time', () => {
    const advice = adviceFor({ purpose: 'work-together', urgency: 'this-week', attendees: 2, recurring: 'weekly', timezones: ['Europe/London', 'Europe/Berlin'] });
    const live = advice.steps.find((s) => s.kind === 'live')!;
    const cal = parsed(calendarFor(advice, { invite: { step: live, slot: 0 } }));
    const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    expect(String(event.component.getFirstPropertyValue('rrule'))).toBe('FREQ=WEEKLY;COUNT=52');
    const it = event.iterator();
    const starts: number[] = [];
    for (let t = it.next(); t; t = it.next()) starts.push(t.toUnixTime() * 1000);
    expect(starts).toHaveLength(52);
    const londonTimes = new Set(starts.map((t) => DateTime.fromMillis(t, { zone: 'Europe/London' }).toFormat('HH:mm')));
    expect([...londonTimes]).toEqual([DateTime.fromISO(live.slots![0]!.start, { zone: 'Europe/London' }).toFormat('HH:mm')]);
    expect(new Set(starts.map((t) => DateTime.fromMillis(t, { zone: 'UTC' }).toFormat('HH:mm'))).size).toBe(2); // it moves in UTC
  });
});

describe('a monthly series', () => {
  it('repeats each slot on the weekday of the month of its own start', () => {
    const advice = adviceFor({ purpose: 'work-together', urgency: 'this-week', attendees: 2, recurring: 'monthly', timezones: ['Europe/London', 'Europe/Berlin'] });
    const live = advice.steps.find((s) => s.kind === 'live')!;
    expect(live.slots!.length).toBeGreaterThan(1);
    live.slots!.forEach((slot, i) => {
      const event = new ICAL.Event(parsed(calendarFor(advice, { invite: { step: live, slot: i } })).getFirstSubcomponent('vevent')!);
      const it = event.iterator();
      const days: string[] = [];
      for (let t = it.next(); t; t = it.next()) {
        const d = DateTime.fromMillis(t.toUnixTime() * 1000, { zone: 'Europe/London' });
        days.push(`${d.weekdayShort} ${Math.ceil(d.day / 7)} ${d.toFormat('HH:mm')}`);
      }
      const first = DateTime.fromISO(slot.start, { zone: 'Europe/London' });
      expect(days).toHaveLength(12);
      expect(new Set(days)).toEqual(new Set([`${first.weekdayShort} ${Math.ceil(first.day / 7)} ${first.toFormat('HH:mm')}`]));
    });
  });
});

describe('--invite for a step held per region', () => {
  it('gives one event per session, each with the attendees of its own zones', () => {
    const advice = adviceFor({ ...KICKOFF, purpose: 'kickoff' });
    const live = advice.steps.find((s) => s.kind === 'live')!;
    expect(live.sessions!.length).toBeGreaterThan(1);
    const events = parsed(calendarFor(advice, { invite: { step: live, slot: 0 } })).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toUnixTime() * 1000)).toEqual(live.sessions!.map((s) => Date.parse(s.start)));
    events.forEach((e, i) => {
      const zones = live.sessions![i]!.zones;
      const expected = PEOPLE.filter((p) => p.email && zones.includes(p.zone)).map((p) => `mailto:${p.email}`);
      expect(e.attendees.map((a) => String(a.getFirstValue()))).toEqual(expected);
    });
  });
});

describe('--followup', () => {
  it('is a to-do due when the last reader\'s deadline has passed, listing each deadline, with an alarm then', () => {
    const advice = adviceFor({ purpose: 'decision', urgency: 'this-week', attendees: 4, timezones: KICKOFF.timezones });
    const written = advice.steps.find((s) => s.kind === 'written')!;
    const cal = parsed(calendarFor(advice, { followup: { step: written } }));
    const todo = cal.getFirstSubcomponent('vtodo')!;
    const due = todo.getFirstPropertyValue('due') as ICAL.Time;
    expect(due.toUnixTime() * 1000).toBe(Date.parse(written.replyBy!.utc));
    const description = String(todo.getFirstPropertyValue('description'));
    for (const [zone, when] of Object.entries(written.replyBy!.local)) expect(description).toContain(`${zone}: ${when}`);
    const alarm = todo.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect(alarm.getFirstProperty('trigger')!.getParameter('related')).toBe('END');
  });

  it('goes into the same VCALENDAR as the invite', () => {
    const advice = adviceFor(KICKOFF);
    const [written, live] = [advice.steps.find((s) => s.kind === 'written')!, advice.steps.find((s) => s.kind === 'live')!];
    const text = calendarFor(advice, { invite: { step: live, slot: 0 }, followup: { step: written } });
    expect(text.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
    const cal = parsed(text);
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(1);
    expect(cal.getAllSubcomponents('vtodo')).toHaveLength(1);
  });
});

describe('a second, independent parser (node-ical)', () => {
  it('reads the invite and the to-do without errors, at the same instants', () => {
    const advice = adviceFor(KICKOFF, 'America/New_York');
    const [written, live] = [advice.steps.find((s) => s.kind === 'written')!, advice.steps.find((s) => s.kind === 'live')!];
    const text = calendarFor(advice, { invite: { step: live, slot: 0 }, followup: { step: written } }, 'America/New_York');
    const data = nodeIcal.sync.parseICS(text);
    const items = Object.values(data);
    const event = items.find((i) => i?.type === 'VEVENT') as nodeIcal.VEvent;
    expect(event.start.getTime()).toBe(Date.parse(live.slots![0]!.start));
    expect(event.summary).toBe(live.label);
    const attendees = ([] as unknown[]).concat(event.attendee ?? []).map((a) => (typeof a === 'string' ? a : (a as { val: string }).val));
    expect(attendees).toEqual(['mailto:priya@example.com', 'mailto:ana@example.com']);
    const todo = items.find((i) => i?.type === 'VTODO') as unknown as { due: Date };
    expect(new Date(todo.due).getTime()).toBe(Date.parse(written.replyBy!.utc));
  });
});
