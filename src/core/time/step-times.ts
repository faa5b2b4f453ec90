// When each step of a plan happens, in order: a written step runs from the end of the step before
// (or now) to a reply-by fair to every reader; a live step starts after it, never within the hour
// it is asked unless the need is immediate, and with the notice it asks. A live step that runs
// per region, when no slot suits everyone, becomes one session per group of zones that share
// working hours; one held per zone (private 1:1s) becomes one session per zone.
import { ProblemError } from '../problem.js';
import { MINUTE, type Span, intersect, localDayStart } from './hours.js';
import { QUARTER } from './cost.js';
import { fairReplyBy } from './fair-reply.js';
import { hasOwnDays, replyNotes, slotNotes, usualTeam } from './own-days.js';
import { isoUtc, localDay, localRange, localStamp, perZone } from './label.js';
import { type Slot, chooseSlots, slotRange, withBearers } from './slots.js';
import { type Team, keysOf } from './team.js';
import type { ReplyBy, Session, StepTime, SuggestedSlot } from './types.js';
import { parseWindow, windowText } from './window.js';
import type { Zone } from 'luxon';
import { type Memo, NO_MEMO } from '../memo.js';
import type { Frequency } from './recurring.js';

/** What the clock needs to know of a step. */
export interface StepTiming {
  kind: 'written' | 'live';
  /** Written: the reply window (validated when the rules were loaded). */
  replyWithin?: string;
  meetingMinutes?: number;
  noticeHours?: number;
  startsNow?: boolean;
  /** Live steps followed by a live step: held just before it, the same day (private 1:1s before the group hears). */
  justBefore?: boolean;
  /** Live steps: one session per region when no hour suits everyone, or one per zone. */
  split?: 'per-region' | 'per-zone';
}

/** `frequency`: the meeting repeats, so its slots are chosen to suit the series (slots.ts). */
export function stepTimes(team: Team, steps: StepTiming[], urgency: string, memo: Memo = NO_MEMO, frequency?: Frequency): StepTime[] {
  // A batch meets the same people with the same plan again and again.
  const key = steps.map((s) => `${s.kind}/${s.replyWithin ?? ''}/${s.meetingMinutes ?? ''}/${s.noticeHours ?? ''}/${s.split ?? ''}/${s.startsNow ? 1 : 0}/${s.justBefore ? 1 : 0}`).join(',');
  // Urgency changes the times only when it is immediate or today (the first live step's range).
  const asked = urgency === 'immediate' || urgency === 'today' ? urgency : '';
  return memo.remember(`steps\n${team.key}\n${asked}\n${key}\n${frequency ?? ''}`, () => timeSteps(team, steps, asked, memo, frequency));
}

function timeSteps(team: Team, steps: StepTiming[], urgency: string, memo: Memo, frequency?: Frequency): StepTime[] {
  const now = team.now.toMillis();
  let cursor = now;
  // Nobody is booked for the very hour they are asked, unless it cannot wait.
  const noticeOf = (step: StepTiming, index: number): number => Math.max((step.noticeHours ?? 0) * 60, index === 0 && urgency === 'immediate' ? 0 : 60);
  /** `after`: when conversations that must come first are over (see justBefore); sessions start after it. */
  const timeOf = (step: StepTiming, index: number, after?: number): StepTime => {
    if (step.kind === 'written') {
      const window = parseWindow(step.replyWithin ?? 'P1D', 'replyWithin');
      if ('problem' in window) throw new ProblemError(window.problem);
      const fair = fairReplyBy(team, cursor, window);
      const ownDays = replyNotes(team, cursor, window, fair.own);
      cursor = fair.at;
      return { replyBy: replyByOf(team, fair, windowText(window)), ...(ownDays.length > 0 ? { ownDays } : {}) };
    }
    const minutes = step.meetingMinutes ?? 25;
    if (step.startsNow) {
      const slot = withBearers(team, { start: cursor, end: cursor + minutes * MINUTE });
      cursor = slot.end;
      return { slots: [slotOf(team.zones, slot)] };
    }
    const immediate = index === 0 && urgency === 'immediate';
    const notice = noticeOf(step, index);
    const range = slotRange(team, { notBefore: cursor, minNoticeMinutes: notice, ...(immediate ? { urgency } : {}), ...(frequency ? { frequency } : {}) });
    // A need for today is offered today's slots only, while the day still holds one inside
    // everyone's hours.
    const todayOnly = index === 0 && urgency === 'today';
    const today = todayOnly ? chooseSlots(team, minutes, { ...range, to: Math.min(range.to, localDayStart(now, team.now.zone, 1)) }, memo) : [];
    const slots = today.length > 0 && today.every((s) => s.outside === undefined) ? today : chooseSlots(team, minutes, range, memo);
    const everyoneIn = slots.length > 0 && slots[0]!.outside === undefined;
    const split = step.split === 'per-zone' ? 'per-zone' : step.split === 'per-region' && !everyoneIn ? 'per-region' : undefined;
    if (split && team.zones.length > 1) {
      const sessions = groupSessions(team, minutes, range, split, memo, after);
      if (sessions.length > 1) {
        cursor = Math.max(...sessions.map((s) => Date.parse(s.end)));
        return { sessions };
      }
    }
    if (slots[0]) cursor = slots[0].end;
    // Had nobody days of their own, would the meeting be elsewhere? Then say whose days moved it.
    const ownDays = hasOwnDays(team) ? slotNotes(team, chooseSlots(usualTeam(team), minutes, range)[0], slots[0]) : [];
    return { slots: slots.map((s) => slotOf(team.zones, s)), ...(ownDays.length > 0 ? { ownDays } : {}) };
  };
  const times: StepTime[] = [];
  for (let index = 0; index < steps.length; index++) {
    const step = steps[index]!;
    const next = steps[index + 1];
    if (step.kind !== 'live' || !step.justBefore || next?.kind !== 'live' || step.startsNow) {
      times.push(timeOf(step, index));
      continue;
    }
    // Held just before the next step: every zone's conversation, then the sessions, each zone's on
    // the same local day as its conversation where the hours allow; tried from each of the next
    // days until that fits (else the first try).
    const from = cursor;
    let best: { first: StepTime; then: StepTime; end: number } | undefined;
    for (let day = 0; day < 5; day++) {
      cursor = day === 0 ? from : localDayStart(from, team.now.zone, day);
      const first = timeOf(step, index);
      const ends = endsByZone(first);
      // No group session before every private conversation is over: the news must not reach
      // someone most affected from the group first.
      const then = timeOf(next, index + 1, Math.max(0, ...ends.values()));
      const tried = { first, then, end: cursor };
      best ??= tried;
      if (sameDay(team, first, then)) {
        best = tried;
        break;
      }
    }
    cursor = best!.end;
    times.push(best!.first, best!.then);
    index++;
  }
  return times;
}

/**
 * When each zone's part of a step ends: a per-zone session is that zone's (the last it names;
 * the organizer's own zone comes first in each), the first slot everyone's.
 */
function endsByZone(time: StepTime): Map<string, number> {
  const ends = new Map<string, number>();
  const mark = (zone: string, end: string) => ends.set(zone, Math.max(ends.get(zone) ?? 0, Date.parse(end)));
  if (time.sessions) for (const s of time.sessions) mark(s.zones.at(-1)!, s.end);
  else if (time.slots?.[0]) for (const zone of Object.keys(time.slots[0].local)) mark(zone, time.slots[0].end);
  return ends;
}

/** True when every zone's conversation falls on the same local day as the session it then joins. */
function sameDay(team: Team, first: StepTime, then: StepTime): boolean {
  const startOf = (time: StepTime, zone: Zone) => {
    const held = time.sessions?.find((s) => s.zones.includes(zone.name)) ?? time.slots?.[0];
    return held ? Date.parse(held.start) : undefined;
  };
  return team.zones.every((zone) => {
    const a = startOf(first, zone);
    const b = startOf(then, zone);
    return a === undefined || b === undefined || localDayStart(a, zone) === localDayStart(b, zone);
  });
}

function replyByOf(team: Team, fair: ReturnType<typeof fairReplyBy>, window: string): ReplyBy {
  // People in one zone with different hours (a day and a night shift) each keep their own deadline.
  const own = new Map<string, { hours: string; at: number }[]>();
  const notes: Record<string, 'off-at-start'> = {};
  team.participants.forEach((p, i) => {
    const name = p.zone.name;
    own.set(name, [...(own.get(name) ?? []), { hours: p.hours.text, at: fair.own[i]! }]);
    const note = fair.notes[i];
    if (note && notes[name] === undefined) notes[name] = note;
  });
  const byHours: Record<string, Record<string, string>> = {};
  const stampOf = (zone: Zone): string => {
    const list = own.get(zone.name) ?? [];
    if (new Set(list.map((o) => o.at)).size > 1) byHours[zone.name] = Object.fromEntries(list.map((o) => [o.hours, localStamp(o.at, zone)]));
    return localStamp(list.length > 0 ? Math.max(...list.map((o) => o.at)) : fair.at, zone);
  };
  return {
    utc: isoUtc(fair.at),
    local: perZone(team.zones, stampOf),
    window,
    ...(Object.keys(notes).length > 0 ? { notes } : {}),
    ...(Object.keys(byHours).length > 0 ? { byHours } : {}),
  };
}

const slotOf = (zones: readonly Zone[], s: Slot): SuggestedSlot => ({
  start: isoUtc(s.start),
  end: isoUtc(s.end),
  local: perZone(zones, (zone) => `${localDay(s.start, zone)} ${localRange(s.start, s.end, zone)}`),
  ...(s.outside ? { outsideHours: s.outside } : {}),
});

/**
 * Groups of participants: per region, east to west, each sharing a window long enough for the
 * meeting; per zone, each zone with the organizer's (one conversation per place, such as private
 * 1:1s). Then one session each, as close together as the windows allow, so that nobody hears the
 * news a day after the rest when it could be the same day.
 */
function groupSessions(team: Team, minutes: number, range: { from: number; to: number }, split: 'per-region' | 'per-zone', memo: Memo, after?: number): Session[] {
  const length = minutes * MINUTE;
  const groups = split === 'per-zone' ? zoneGroups(team) : regionGroups(team, length, range);
  const floor = Math.max(range.from, after ?? 0);
  const windows = groups.map((group) => intersect(group.map((i) => team.work[i]!)).filter((w) => w.end - Math.max(w.start, range.from) >= length && w.start < range.to));
  const startIn = (list: Span[], anchor: number): number | undefined => {
    const w = list.find((span) => span.end - Math.max(span.start, anchor) >= length);
    return w === undefined ? undefined : Math.ceil(Math.max(w.start, anchor) / QUARTER) * QUARTER;
  };
  // A group with no window in the range (no shared hour at all) gets its least bad slot.
  const fixed = groups.map((group, g) => (windows[g]!.length > 0 ? undefined : chooseSlots(subTeam(team, group), minutes, { ...range, immediate: false }, memo)[0]?.start));
  let best: { starts: number[]; spread: number } | undefined;
  // After conversations that had to come first, each group meets as soon as it can: waiting to be
  // close to another region would only leave the news longer with those who already have it.
  const soonest = after !== undefined ? windows.map((list, g) => fixed[g] ?? startIn(list, floor)) : [];
  if (after !== undefined && soonest.every((t) => t !== undefined)) best = { starts: soonest as number[], spread: 0 };
  for (const anchor of best ? [] : [range.from, ...windows.flat().map((w) => w.start)].filter((t) => t >= range.from && t < range.to).sort((a, b) => a - b)) {
    const starts = windows.map((list, g) => fixed[g] ?? startIn(list, Math.max(anchor, floor)));
    if (starts.some((t) => t === undefined)) continue;
    const spread = Math.max(...(starts as number[])) - Math.min(...(starts as number[]));
    if (!best || spread < best.spread) best = { starts: starts as number[], spread };
  }
  if (!best) return [];
  // Per zone, the organizer is in every session: one after the other, never two at once.
  if (split === 'per-zone') {
    let free = range.from;
    for (const g of groups.map((_, i) => i).sort((a, b) => best!.starts[a]! - best!.starts[b]!)) {
      if (best.starts[g]! < free) best.starts[g] = fixed[g] ?? startIn(windows[g]!, free) ?? best.starts[g]!;
      free = Math.max(free, best.starts[g]! + length);
    }
  }
  return groups
    .map((group, g) => {
      const sub = subTeam(team, group);
      const start = best!.starts[g]!;
      return { ...slotOf(sub.zones, withBearers(sub, { start, end: start + length })), zones: sub.zones.map((z) => z.name) };
    })
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** East to west, each group sharing a window long enough for the meeting within the range. */
function regionGroups(team: Team, length: number, range: { from: number; to: number }): number[][] {
  const at = team.now.toMillis();
  const order = team.participants.map((_, i) => i).sort((a, b) => offsetOf(team, b, at) - offsetOf(team, a, at));
  const fits = (group: number[]): boolean =>
    intersect(group.map((i) => team.work[i]!)).some((w: Span) => w.start < range.to && w.end - Math.max(w.start, range.from) >= length);
  const groups: number[][] = [];
  for (const i of order) {
    const last = groups.at(-1);
    if (last && fits([...last, i])) last.push(i);
    else groups.push([i]);
  }
  return groups;
}

/** Each zone with the participants in the organizer's zone (the organizer's zone alone once). */
function zoneGroups(team: Team): number[][] {
  const home = team.now.zone.name;
  const indexes = (zone: string) => team.participants.flatMap((p, i) => (p.zone.name === zone ? [i] : []));
  const mine = home ? indexes(home) : [];
  return team.zones.map(({ name }) => (name === home ? mine : [...mine, ...indexes(name)]));
}

const offsetOf = (team: Team, i: number, at: number): number => team.participants[i]!.zone.offset(at);

function subTeam(team: Team, indexes: number[]): Team {
  const pick = <T>(list: T[]): T[] => indexes.map((i) => list[i]!);
  const participants = pick(team.participants);
  return {
    ...team,
    participants,
    ...keysOf(participants),
    zones: [...new Map(participants.map((p) => [p.zone.name, p.zone])).values()],
    work: pick(team.work),
    quiet: pick(team.quiet),
    weekends: pick(team.weekends),
  };
}
