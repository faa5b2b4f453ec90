// Invariants of the schedule over random teams and moments (issue 12, item 8, the schedule half).
// What "could have been better" is found by brute force here, by reading every quarter hour of the
// range in every zone, not by the code under test.
import fc from 'fast-check';
import { DateTime, Duration, IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { Memo } from '../../src/core/memo.js';
import type { Schedule } from '../../src/core/time/types.js';
import { buildSchedule, at, settings } from './helpers.js';

const ZONES = [
  'America/New_York', 'Europe/London', 'Asia/Kolkata', 'Pacific/Auckland', 'America/Los_Angeles', 'Australia/Sydney',
  'Asia/Tokyo', 'Europe/Berlin', 'America/Sao_Paulo', 'Pacific/Honolulu', 'Asia/Dubai', 'Asia/Kathmandu', 'Pacific/Chatham',
];
const QUARTER = 15 * 60_000;
const HOUR = 4 * QUARTER;

const arbitraryNeed = fc.record({
  zones: fc.uniqueArray(fc.constantFrom(...ZONES), { minLength: 1, maxLength: 4 }),
  // Any minute of 2025-2027: both sides of every DST change, every weekday.
  now: fc.integer({ min: Date.UTC(2025, 0, 1) / 60_000, max: Date.UTC(2027, 11, 31) / 60_000 }).map((m) => new Date(m * 60_000).toISOString()),
  organizer: fc.constantFrom('UTC', ...ZONES),
  outcome: fc.constantFrom('sync' as const, 'hybrid' as const),
  urgency: fc.constantFrom('immediate', 'today', 'this-week', 'whenever'),
  meetingMinutes: fc.constantFrom(25, 50),
  minNoticeMinutes: fc.constantFrom(undefined, 1440),
});
type Need = typeof arbitraryNeed extends fc.Arbitrary<infer T> ? T : never;

const scheduleOf = (need: Need, memo?: Memo): Schedule =>
  buildSchedule(need.zones, at(need.now, need.organizer), settings, {
    outcome: need.outcome,
    urgency: need.urgency,
    meetingMinutes: need.meetingMinutes,
    ...(need.minNoticeMinutes === undefined ? {} : { minNoticeMinutes: need.minNoticeMinutes }),
  }, memo);

/** The local readings of [start, end) worth checking: each quarter hour and its last minute (all offsets are quarter hours). */
function readings(start: number, end: number): number[] {
  const times = [];
  for (let t = start; t < end; t += QUARTER) times.push(t);
  if (end > start) times.push(end - 60_000);
  else times.push(start);
  return times;
}
const local = (t: number, zone: string) => new Date(t + IANAZone.create(zone).offset(t) * 60_000);
const weekdayFor = (zones: string[], start: number, end: number) =>
  zones.every((z) => readings(start, end).every((t) => local(t, z).getUTCDay() % 6 !== 0));
const dayTimeFor = (zones: string[], start: number, end: number) =>
  zones.every((z) => readings(start, end).every((t) => local(t, z).getUTCHours() >= 7 && local(t, z).getUTCHours() < 22));

/** Where the slots may start: the contract that slots.ts states. */
function slotRange(need: Need, s: Schedule): { from: number; to: number } {
  const now = Date.parse(need.now);
  const writeFirst = need.outcome === 'hybrid' ? Date.parse(s.replyBy!.utc) : now;
  // Only a meeting that comes first can be immediate; any other waits at least an hour from now.
  const immediate = need.urgency === 'immediate' && need.outcome === 'sync';
  const notice = Math.max(need.minNoticeMinutes ?? 0, immediate ? 0 : 60);
  const from = Math.ceil(Math.max(now, writeFirst, now + notice * 60_000) / QUARTER) * QUARTER;
  if (immediate) return { from, to: from + 2 * HOUR };
  return { from, to: DateTime.fromMillis(from, { zone: need.organizer }).startOf('day').plus({ days: 7 }).toMillis() };
}

function someStart(from: number, to: number, fits: (start: number) => boolean): boolean {
  for (let start = from; start < to; start += QUARTER) if (fits(start)) return true;
  return false;
}

describe('every schedule respects people', () => {
  it('no slot on anyone’s weekend, none in anyone’s 22:00-07:00 when the range holds one that is not', () => {
    fc.assert(
      fc.property(arbitraryNeed, (need) => {
        const s = scheduleOf(need);
        const { from, to } = slotRange(need, s);
        const length = need.meetingMinutes * 60_000;
        const slots = s.suggestedSlots.map((x) => ({ start: Date.parse(x.start), end: Date.parse(x.end) }));
        const kind = ({ start, end }: { start: number; end: number }) => [weekdayFor(need.zones, start, end), dayTimeFor(need.zones, start, end)];
        if (need.urgency === 'immediate' && need.outcome === 'sync') {
          expect(slots.length).toBe(1);
        } else {
          // Seven days always hold weekdays for everyone: no slot is ever on a weekend.
          for (const slot of slots) expect(weekdayFor(need.zones, slot.start, slot.end)).toBe(true);
          expect(slots.length).toBeGreaterThan(0);
          expect(slots.length).toBeLessThanOrEqual(3);
        }
        for (const slot of slots) {
          expect(slot.start).toBeGreaterThanOrEqual(from);
          expect(slot.start).toBeLessThan(to);
        }
        const best = someStart(from, to, (t) => weekdayFor(need.zones, t, t + length) && dayTimeFor(need.zones, t, t + length));
        if (best) for (const slot of slots) expect(kind(slot)).toEqual([true, true]);
        else if (someStart(from, to, (t) => weekdayFor(need.zones, t, t + length))) for (const slot of slots) expect(kind(slot)[0]).toBe(true);
      }),
      { numRuns: 100, seed: 12 },
    );
  });

  it('every reader’s own reply-by is in their working hours and leaves them the window of their own', () => {
    fc.assert(
      fc.property(arbitraryNeed, (need) => {
        const s = scheduleOf({ ...need, outcome: 'hybrid' });
        const now = Date.parse(need.now);
        const window = windowMinutes(settings.replyBy[need.urgency]!);
        for (const zone of need.zones) {
          const due = ownInstant(s.replyBy!.local[zone]!, zone, now);
          const wall = local(due, zone);
          // A weekday, between the start and the end of their 09:00-17:00 day.
          expect(wall.getUTCDay() % 6, `${zone} ${s.replyBy!.local[zone]}`).not.toBe(0);
          const minutes = wall.getUTCHours() * 60 + wall.getUTCMinutes();
          expect(minutes).toBeGreaterThan(9 * 60);
          expect(minutes).toBeLessThanOrEqual(17 * 60);
          // Counted by brute force, a minute at a time: their own working time before it. A window
          // of days counts today when at least half of it is left, so half a day may be missing.
          expect(workingMinutes(zone, now, due)).toBeGreaterThanOrEqual(window >= 8 * 60 ? window - 4 * 60 : window);
        }
        expect(Date.parse(s.replyBy!.utc)).toBe(Math.max(...need.zones.map((z) => ownInstant(s.replyBy!.local[z]!, z, now))));
      }),
      { numRuns: 100, seed: 13 },
    );
  });
});

/** A window in working minutes: PT3H is 180, P2D two days of eight hours. */
function windowMinutes(text: string): number {
  const d = Duration.fromISO(text);
  return (d.weeks * 5 + d.days) * 8 * 60 + d.hours * 60 + d.minutes;
}

/** The instant "Mon 16 Mar 12:00" names in the zone: the first such after a day before `now`. */
function ownInstant(text: string, zone: string, now: number): number {
  const year = new Date(now).getUTCFullYear();
  for (const y of [year, year + 1]) {
    const t = DateTime.fromFormat(`${text.slice(4)} ${y}`, 'd LLL HH:mm yyyy', { zone }).toMillis();
    if (t >= now - 24 * HOUR) return t;
  }
  throw new Error(`cannot read ${text}`);
}

/** Minutes of [from, to) inside 09:00-17:00 on a weekday in the zone, a minute at a time. */
function workingMinutes(zone: string, from: number, to: number): number {
  let count = 0;
  for (let t = Math.ceil(from / 60_000) * 60_000; t < to; t += 60_000) {
    const wall = local(t, zone);
    const minute = wall.getUTCHours() * 60 + wall.getUTCMinutes();
    if (wall.getUTCDay() % 6 !== 0 && minute >= 9 * 60 && minute < 17 * 60) count++;
  }
  return count;
}

describe('the schedule is a function of its inputs', () => {
  it('the same inputs give the same schedule', () => {
    fc.assert(
      fc.property(arbitraryNeed, (need) => {
        expect(JSON.stringify(scheduleOf(need))).toBe(JSON.stringify(scheduleOf(need)));
      }),
      { numRuns: 40, seed: 14 },
    );
  });

  it('a batch memo shared between teams of the same people changes nothing', () => {
    fc.assert(
      fc.property(arbitraryNeed, (need) => {
        const cache = new Map<string, unknown>();
        const memo: Memo = {
          remember<T>(key: string, compute: () => T): T {
            if (!cache.has(key)) cache.set(key, compute());
            return cache.get(key) as T;
          },
        };
        // One memo serves one moment: these needs share it as a batch's lines would.
        const needs = [need, { ...need, zones: [...need.zones].reverse() }, { ...need, zones: need.zones.slice(1) }, { ...need, outcome: 'sync' as const }, need];
        for (const n of needs) if (n.zones.length > 0) expect(scheduleOf(n, memo)).toEqual(scheduleOf(n));
      }),
      { numRuns: 40, seed: 15 },
    );
  });
});
