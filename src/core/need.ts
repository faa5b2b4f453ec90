// A communication need as the core takes it: every value already parsed by the boundary
// (answers/need.ts), so nothing here is a string to read again.
import type { Participant } from './time/hours.js';
import type { Moment } from './time/team.js';
import type { Answers } from './types.js';

export interface Need extends Moment {
  /** The answers, checked, with defaults filled in: what the rules read and the output echoes. */
  answers: Answers;
  /** Who takes part (the `timezones` answer, or the organizer alone): each zone and hours once, in the order given. */
  participants: Participant[];
}
