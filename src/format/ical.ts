// The plan as iCalendar (RFC 5545): an event for a live step (one per session when it runs per
// region or per zone; with a rotation, one per rotation slot with its dates as RDATEs) and a to-do
// to chase a written step's replies. Pure: the advice, the people and the instant of writing come
// in, text goes out. ical.js builds the components; it is imported only by this module, which the
// edge loads only for --invite or --followup.
import ICAL from 'ical.js';
import type { Zone } from 'luxon';
import type { Advice, StepAdvice } from '../core/advice.js';
import type { SuggestedSlot } from '../core/time/types.js';
import { MINUTE } from '../core/time/hours.js';
import { lastTransitionBefore, transitions } from '../core/time/transitions.js';
import { rruleOf } from '../core/time/recurring.js';
import { shownDeadlines } from '../core/time/facts.js';
import { visible } from '../text/safe.js';
import { FOLLOWUP_CHASE, FOLLOWUP_DEADLINES, FOLLOWUP_TITLE, SESSION_OF, THIS_EVENT } from './phrases.js';

export interface CalendarPerson {
  name: string;
  zone: string;
  email?: string;
}

export interface CalendarInput {
  advice: Advice;
  /** The live step to invite to, and which of its slots (0-based). */
  invite?: { step: StepAdvice; slot: number };
  /** The written step whose reply-by to chase. */
  followup?: { step: StepAdvice };
  /** Who takes part, from the roster (the organizer not among them). */
  people: readonly CalendarPerson[];
  organizer: { zone: Zone; name?: string; email?: string };
  /** A zone by name, for a session held in zones other than the organizer's (its events keep that zone's clock). */
  zoneOf?: (name: string) => Zone;
  /** DTSTAMP: the run's reference instant (--now), so the same input gives the same bytes. */
  now: number;
  /** Checklist items that state a meeting's goal: they open the description. */
  goals: ReadonlySet<string>;
  /** Zone -> "Priya, Tom", for the description. */
  names?: Record<string, string>;
  /**
   * The invite step's draft (rules/drafts.yaml): its subject is the event's title and its body the
   * description, so a private or sensitive step's wording holds in the calendar too; without one,
   * the step's label and checklist.
   */
  draft?: { subject: string; body: string };
}

const PRODID = '-//commtriage//commtriage//EN';

export function calendarText(input: CalendarInput): string {
  const cal = new ICAL.Component('vcalendar');
  cal.addPropertyWithValue('prodid', PRODID);
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  const zone = input.organizer.zone;
  const items: ICAL.Component[] = [];
  // Each zone an item is written in, with the instants its VTIMEZONE must cover.
  const spans = new Map<string, { zone: Zone; instants: number[] }>();
  const cover = (z: Zone, instants: number[]) => {
    const known = spans.get(z.name) ?? { zone: z, instants: [] };
    known.instants.push(...instants);
    spans.set(z.name, known);
  };
  if (input.invite) for (const e of events(input, input.invite.step, input.invite.slot)) {
    items.push(e.component);
    cover(e.zone, e.instants);
  }
  if (input.followup) {
    const todo = followup(input, input.followup.step);
    items.push(todo.component);
    cover(zone, [todo.due]);
  }
  for (const { zone: z, instants } of spans.values()) cal.addSubcomponent(vtimezone(z, Math.min(...instants), Math.max(...instants)));
  for (const item of items) cal.addSubcomponent(item);
  return `${cal.toString().replace(/\r?\n/g, '\r\n')}\r\n`;
}

/** The wall-clock reading of `ms` at an offset (minutes east of UTC), as a floating time. */
function floating(ms: number, offset: number): ICAL.Time {
  const d = new Date(ms + offset * MINUTE);
  return ICAL.Time.fromData({ year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes(), second: 0, isDate: false });
}

/** The organizer's wall-clock reading of `ms` (the TZID parameter names the zone). */
const localTime = (ms: number, zone: Zone): ICAL.Time => floating(ms, zone.offset(ms));

const utcTime = (ms: number): ICAL.Time => ICAL.Time.fromJSDate(new Date(ms), true);

function zoned(component: ICAL.Component, name: string, ms: number, zone: Zone): void {
  const prop = component.addPropertyWithValue(name, localTime(ms, zone));
  prop.setParameter('tzid', zone.name);
}

/** A stable UID: the same plan, step and start give the same one (FNV-1a, 64 bits as two halves). */
function uidOf(parts: unknown): string {
  const text = JSON.stringify(parts);
  let [a, b] = [0x811c9dc5, 0x01000193 ^ 0x9e3779b9];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a >>> 7), 0x01000193) >>> 0;
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}@commtriage`;
}

const plain = (text: string): string => visible(text);

/** "Europe/London (Tom): Mon 7 Dec 21:45-22:10", one line per zone. */
function timesLines(local: Record<string, string>, names: Record<string, string> | undefined): string[] {
  return Object.entries(local).map(([zone, time]) => `${zone}${names?.[zone] ? ` (${names[zone]})` : ''}: ${time}`);
}

/** The description's shape: the draft, or the goal first and the rest of the checklist as points; then the times in each zone. */
function description(input: CalendarInput, step: StepAdvice, slot: SuggestedSlot, session?: string, ownTimes = false): string {
  // The draft names the chosen slot's times; a session or a rotation slot says its own below it.
  if (input.draft) return plain(ownTimes ? [input.draft.body, [`${THIS_EVENT}:`, ...(session ? [session] : []), ...timesLines(slot.local, input.names)].join('\n')].join('\n\n') : input.draft.body);
  const goals = step.checklist.filter((c) => input.goals.has(c.id)).map((c) => c.text);
  const rest = step.checklist.filter((c) => !input.goals.has(c.id)).map((c) => `- ${c.text}`);
  const blocks = [goals.join('\n'), rest.join('\n'), [...(session ? [session] : []), ...timesLines(slot.local, input.names)].join('\n')];
  return plain(blocks.filter((b) => b !== '').join('\n\n'));
}

function addPeople(component: ICAL.Component, input: CalendarInput, zones: readonly string[] | undefined, privately = false): void {
  const { organizer } = input;
  if (organizer.email) {
    const prop = component.addPropertyWithValue('organizer', `mailto:${organizer.email}`);
    if (organizer.name) prop.setParameter('cn', plain(organizer.name));
  }
  const invited = input.people.filter((p) => !zones || zones.includes(p.zone));
  // A private 1:1 has one guest: with two people in the zone, the organizer books each their own time.
  if (privately && invited.length > 1) return;
  for (const p of invited) {
    if (!p.email) continue;
    const prop = component.addPropertyWithValue('attendee', `mailto:${p.email}`);
    prop.setParameter('cn', plain(p.name));
    prop.setParameter('role', 'REQ-PARTICIPANT');
    prop.setParameter('partstat', 'NEEDS-ACTION');
    prop.setParameter('rsvp', 'TRUE');
  }
}

interface Built {
  component: ICAL.Component;
  /** The zone its times are written in. */
  zone: Zone;
  instants: number[];
}

/** The live step's events: the chosen slot, each session, or each slot of a rotating series. */
function events(input: CalendarInput, step: StepAdvice, slotIndex: number): Built[] {
  const { advice, organizer } = input;
  const zone = organizer.zone;
  const series = advice.series?.step === step.n ? advice.series : undefined;
  const one = (slot: SuggestedSlot, key: unknown, extra: { session?: string; zones?: readonly string[]; rrule?: string; rdates?: number[]; privately?: boolean; ownTimes?: boolean; clock?: Zone }): Built => {
    const [start, end] = [Date.parse(slot.start), Date.parse(slot.end)];
    // A session held in other zones repeats by their clock: a clock change in yours must not move it for them.
    const zone = extra.clock ?? organizer.zone;
    const vevent = new ICAL.Component('vevent');
    vevent.addPropertyWithValue('uid', uidOf({ answers: advice.answers, plan: advice.plan, step: step.n, key }));
    vevent.addPropertyWithValue('dtstamp', utcTime(input.now));
    zoned(vevent, 'dtstart', start, zone);
    zoned(vevent, 'dtend', end, zone);
    // The rule is worked out from this event's own start: another slot or session may fall on
    // another weekday, and a monthly rule names the weekday of the month.
    if (extra.rrule && series) vevent.addPropertyWithValue('rrule', ICAL.Recur.fromString(rruleOf(start, zone, series.frequency, series.meetings)));
    for (const t of extra.rdates ?? []) zoned(vevent, 'rdate', t, zone);
    vevent.addPropertyWithValue('summary', plain(input.draft?.subject.replace(/^Invite: /, '') ?? step.label));
    vevent.addPropertyWithValue('description', description(input, step, slot, extra.session, extra.ownTimes));
    addPeople(vevent, input, extra.zones, extra.privately);
    const last = extra.rdates?.at(-1) ?? (extra.rrule && series ? Date.parse(series.last) : start);
    return { component: vevent, zone, instants: [start, end, last] };
  };
  if (step.sessions && step.sessions.length > 0) {
    // One slot per zone (private 1:1s) is for the people of that zone, not the organizer's own: with
    // a roster that puts nobody else in the organizer's zone, its slot has no one to meet.
    const privately = step.split === 'per-zone';
    const guests = (zones: readonly string[]) => (privately ? zones.filter((z) => z !== zone.name || zones.length === 1) : zones);
    const nobody = (zones: readonly string[]) => privately && input.names !== undefined && !input.people.some((p) => guests(zones).includes(p.zone));
    return step.sessions
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => !nobody(s.zones))
      .map(({ s, i }) => {
        const clock = s.zones.includes(zone.name) || !input.zoneOf ? zone : input.zoneOf(s.zones[0]!);
        return one(s, s.start, { session: SESSION_OF(i + 1, step.sessions!.length, s.zones), zones: guests(s.zones), privately, ownTimes: true, clock, ...(series ? { rrule: series.rrule } : {}) });
      });
  }
  const slot = step.slots![slotIndex]!;
  const rotation = series?.rotation;
  if (rotation && slotIndex === 0) {
    const length = Date.parse(slot.end) - Date.parse(slot.start);
    return rotation.slots.map((r) => {
      const dates = rotation.meetings.filter((m) => m.slot === r.id).map((m) => Date.parse(m.start));
      const first = { ...slot, start: new Date(dates[0]!).toISOString(), end: new Date(dates[0]! + length).toISOString(), local: r.local };
      return one(first, `rotation-${r.id}`, { rdates: dates.slice(1), ownTimes: true });
    });
  }
  return [one(slot, slot.start, series ? { rrule: series.rrule } : {})];
}

/** A to-do due when the last reader's deadline has passed, with an alarm then. */
function followup(input: CalendarInput, step: StepAdvice): { component: ICAL.Component; due: number } {
  const replyBy = step.replyBy!;
  const due = Date.parse(replyBy.utc);
  const todo = new ICAL.Component('vtodo');
  todo.addPropertyWithValue('uid', uidOf({ answers: input.advice.answers, plan: input.advice.plan, step: step.n, due: replyBy.utc }));
  todo.addPropertyWithValue('dtstamp', utcTime(input.now));
  zoned(todo, 'due', due, input.organizer.zone);
  todo.addPropertyWithValue('summary', plain(`${FOLLOWUP_TITLE}: ${step.label}`));
  const lines = [FOLLOWUP_DEADLINES, ...timesLines(shownDeadlines(replyBy), input.names).map((l) => `- ${l}`), '', FOLLOWUP_CHASE];
  todo.addPropertyWithValue('description', plain(lines.join('\n')));
  todo.addPropertyWithValue('status', 'NEEDS-ACTION');
  const alarm = new ICAL.Component('valarm');
  alarm.addPropertyWithValue('action', 'DISPLAY');
  alarm.addPropertyWithValue('description', plain(step.label));
  const trigger = alarm.addPropertyWithValue('trigger', ICAL.Duration.fromSeconds(0));
  trigger.setParameter('related', 'END');
  todo.addSubcomponent(alarm);
  return { component: todo, due };
}

/** The organizer's zone as a VTIMEZONE: the observance in force at `from`, and every change up to `to`. */
function vtimezone(zone: Zone, from: number, to: number): ICAL.Component {
  const vtz = new ICAL.Component('vtimezone');
  vtz.addPropertyWithValue('tzid', zone.name);
  const before = lastTransitionBefore(zone, from);
  const offset = zone.offset(from);
  // A week past the last instant: a later session of a series ends hours after the first's last meeting.
  const list = [before ?? { at: Date.UTC(1970, 0, 1) - offset * MINUTE, from: offset, to: offset }, ...transitions(zone, from, to + 7 * 24 * 60 * MINUTE)];
  for (const t of list) {
    const kind = t.to > t.from ? 'daylight' : 'standard';
    const obs = new ICAL.Component(kind);
    // An observance starts at the wall-clock time in force before it (RFC 5545, 3.6.5).
    obs.addPropertyWithValue('dtstart', floating(t.at, t.from));
    obs.addPropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromSeconds(t.from * 60));
    obs.addPropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromSeconds(t.to * 60));
    vtz.addSubcomponent(obs);
  }
  return vtz;
}
