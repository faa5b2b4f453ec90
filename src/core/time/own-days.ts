// People's own days: a roster's weekend (where it is not Saturday and Sunday) and days off keep a
// person's time free, which can move their reply-by or the meeting. To say so, the step is timed
// again as if everyone had the usual weekend and no days off, and what differs is named: whose
// days, which ones, and from when to when. Pure.
import { DEFAULT_WEEKEND, type Participant, personKey, touches, weekendSpans, workSpans } from './hours.js';
import { fairReplyBy } from './fair-reply.js';
import { localDay, localStamp } from './label.js';
import type { Team } from './team.js';
import type { ReplyWindow } from './window.js';
import type { OwnDaysNote } from './types.js';

const ownDays = (p: Participant): boolean =>
  (p.daysOff !== undefined && p.daysOff.length > 0) || (p.weekend !== undefined && [...p.weekend].sort().join() !== [...DEFAULT_WEEKEND].sort().join());

/** True when someone in the team has days of their own. */
export const hasOwnDays = (team: Team): boolean => team.participants.some(ownDays);

const usual = (p: Participant): Participant => ({ zone: p.zone, hours: p.hours });

/** The team as if everyone had the usual weekend and no days off. */
export function usualTeam(team: Team): Team {
  const participants = team.participants.map(usual);
  return {
    ...team,
    participants,
    key: `${participants.map(personKey).join(',')}#usual`,
    work: participants.map((p) => workSpans(p, team.horizonStart, team.horizonEnd)),
    weekends: participants.map((p) => weekendSpans(p, team.horizonStart, team.horizonEnd)),
  };
}

/** The person's own days off (not a usual weekend day) that fall in [from, to), as local days. */
function daysAwayIn(p: Participant, from: number, to: number): string[] {
  const own = weekendSpans(p, from, to);
  const usualDays = weekendSpans(usual(p), from, to);
  return own.filter((s) => s.end > from && s.start < to && !touches(usualDays, s.start, s.start)).map((s) => localDay(s.start, p.zone));
}

/** For each reader whose own days moved their reply-by: which days, and the deadline before and after. */
export function replyNotes(team: Team, start: number, window: ReplyWindow, own: readonly number[]): OwnDaysNote[] {
  if (!hasOwnDays(team)) return [];
  const plain = fairReplyBy(usualTeam(team), start, window).own;
  const notes: OwnDaysNote[] = [];
  team.participants.forEach((p, i) => {
    const [was, is] = [plain[i]!, own[i]!];
    if (!ownDays(p) || was === is) return;
    const days = daysAwayIn(p, start, is);
    if (days.length > 0) notes.push({ zone: p.zone.name, what: 'reply-by', days, from: localStamp(was, p.zone), to: localStamp(is, p.zone) });
  });
  return notes;
}

/** When the meeting would have been at `was` but for someone's own days: whose, which, and the move in their zone. */
export function slotNotes(team: Team, was: { start: number; end: number } | undefined, is: { start: number } | undefined): OwnDaysNote[] {
  if (!was || !is || was.start === is.start) return [];
  const notes: OwnDaysNote[] = [];
  team.participants.forEach((p, i) => {
    if (!ownDays(p) || !touches(team.weekends[i]!, was.start, was.end)) return;
    const days = daysAwayIn(p, was.start, was.end);
    if (days.length > 0) notes.push({ zone: p.zone.name, what: 'meeting', days, from: localStamp(was.start, p.zone), to: localStamp(is.start, p.zone) });
  });
  return notes;
}
