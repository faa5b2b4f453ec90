// What the text output's 24-hour strips draw, as values: each participant's zone, hours and
// working and quiet spans (weekends and days off included), the organizer's zone, and the span
// the strips centre on. Not part of the JSON contract: advise() attaches it to the advice without
// making it a field (see advice.ts), so formatters need not rebuild spans from the output's strings.
import type { Zone } from 'luxon';
import type { Span } from './hours.js';
import type { HoursRange } from './zones.js';
import type { Team } from './team.js';

export interface Timeline {
  organizer: Zone;
  /** settings.quietHours as given, e.g. "22:00-07:00". */
  quietHours: string;
  people: { zone: Zone; hours: HoursRange; work: Span[]; quiet: Span[] }[];
  /** The first shared window of the seven days, else the first slot, else the reference date's first instant (end 0). */
  focus: Span;
}

export const timelineOf = (team: Team, windows: Span[], firstSlot: Span | undefined): Timeline => ({
  organizer: team.now.zone,
  quietHours: team.quietHours,
  people: team.participants.map((p, i) => ({ zone: p.zone, hours: p.hours, work: team.work[i]!, quiet: team.quiet[i]! })),
  focus: windows[0] ?? firstSlot ?? { start: team.rangeStart, end: 0 },
});
