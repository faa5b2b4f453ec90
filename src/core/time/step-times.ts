// When each step of a plan happens, in order: a written step runs from the end of the step before
// (or now) to a reply-by fair to every reader; a live step starts after it, never within the hour
// it is asked unless the need is immediate, and with the notice it asks. A live step that runs
// per region, when no slot suits everyone, becomes one session per group of zones that share
// working hours.
import { ProblemError } from '../problem.js';
import { MINUTE, type Span, intersect } from './hours.js';
import { fairReplyBy } from './fair-reply.js';
import { isoUtc, localDay, localRange, localStamp, perZone } from './label.js';
import { type Slot, chooseSlots, slotRange } from './slots.js';
import { type Team } from './team.js';
import type { ReplyBy, Session, StepTime, SuggestedSlot } from './types.js';
import { parseWindow, windowText } from './window.js';
import { zoneOf } from '../../zone-data/tz.js';
import { type Memo, NO_MEMO } from '../memo.js';

/** What the clock needs to know of a step. */
export interface StepTiming {
  kind: 'written' | 'live';
  /** Written: the reply window (validated when the rules were loaded). */
  replyWithin?: string;
  meetingMinutes?: number;
  noticeHours?: number;
  perRegion?: boolean;
}

export function stepTimes(team: Team, steps: StepTiming[], urgency: string, memo: Memo = NO_MEMO): StepTime[] {
  const now = team.now.toMillis();
  let cursor = now;
  return steps.map((step, index): StepTime => {
    if (step.kind === 'written') {
      const window = parseWindow(step.replyWithin ?? 'P1D', 'replyWithin');
      if ('problem' in window) throw new ProblemError(window.problem);
      const fair = fairReplyBy(team, cursor, window);
      cursor = fair.at;
      return { replyBy: replyByOf(team, fair, windowText(window)) };
    }
    const minutes = step.meetingMinutes ?? 25;
    const immediate = index === 0 && urgency === 'immediate';
    // Nobody is booked for the very hour they are asked, unless it cannot wait.
    const notice = Math.max((step.noticeHours ?? 0) * 60, immediate ? 0 : 60);
    const range = slotRange(team, { notBefore: cursor, minNoticeMinutes: notice, ...(immediate ? { urgency } : {}) });
    const slots = memo.remember(`step-slots\n${team.key}\n${minutes}\n${range.from}\n${range.immediate}`, () => chooseSlots(team, minutes, range, memo));
    const everyoneIn = slots.length > 0 && slots[0]!.outside === undefined;
    if (step.perRegion === true && !everyoneIn && team.zones.length > 1) {
      const sessions = regionSessions(team, minutes, range, memo);
      if (sessions.length > 1) {
        cursor = Math.max(...sessions.map((s) => Date.parse(s.end)));
        return { sessions };
      }
    }
    if (slots[0]) cursor = slots[0].end;
    return { slots: slots.map((s) => slotOf(team.zones, s)) };
  });
}

function replyByOf(team: Team, fair: ReturnType<typeof fairReplyBy>, window: string): ReplyBy {
  const own = new Map<string, number>();
  const notes: Record<string, 'end-of-day' | 'off-now'> = {};
  team.participants.forEach((p, i) => {
    own.set(p.zone, Math.max(own.get(p.zone) ?? 0, fair.own[i]!));
    const note = fair.notes[i];
    if (note && notes[p.zone] === undefined) notes[p.zone] = note;
  });
  return {
    utc: isoUtc(fair.at),
    local: perZone(team.zones, (zone) => localStamp(own.get(zone) ?? fair.at, zone)),
    window,
    ...(Object.keys(notes).length > 0 ? { notes } : {}),
  };
}

const slotOf = (zones: string[], s: Slot): SuggestedSlot => ({
  start: isoUtc(s.start),
  end: isoUtc(s.end),
  local: perZone(zones, (zone) => `${localDay(s.start, zone)} ${localRange(s.start, s.end, zone)}`),
  ...(s.outside ? { outsideHours: s.outside } : {}),
});

/**
 * Groups of participants, east to west, each sharing a window long enough for the meeting within
 * the range; each group gets its first slot inside everyone's hours (or its least bad one).
 */
function regionSessions(team: Team, minutes: number, range: { from: number; to: number }, memo: Memo): Session[] {
  const length = minutes * MINUTE;
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
  return groups
    .map((group) => {
      const sub = subTeam(team, group);
      const slot = chooseSlots(sub, minutes, { from: range.from, to: range.to, immediate: false }, memo)[0];
      return slot ? { ...slotOf(sub.zones, slot), zones: sub.zones } : undefined;
    })
    .filter((s): s is Session => s !== undefined)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

const offsetOf = (team: Team, i: number, at: number): number => zoneOf(team.participants[i]!.zone).offset(at);

function subTeam(team: Team, indexes: number[]): Team {
  const pick = <T>(list: T[]): T[] => indexes.map((i) => list[i]!);
  const participants = pick(team.participants);
  return {
    ...team,
    participants,
    key: `${team.key}#${indexes.join(',')}`,
    zones: [...new Set(participants.map((p) => p.zone))],
    work: pick(team.work),
    quiet: pick(team.quiet),
    weekends: pick(team.weekends),
  };
}
