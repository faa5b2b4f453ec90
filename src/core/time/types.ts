// The schedule section of the JSON contract (issue 3). Times are ISO 8601 with offsets;
// `local` maps each participant's zone to a readable local time or range.

export interface LocalTimes {
  [zone: string]: string;
}

export interface TimeWindow {
  start: string;
  end: string;
  local: LocalTimes;
  /** Windows only: the local weekday and date each zone's range starts on, e.g. "Mon 16 Mar". */
  days?: LocalTimes;
  /** Windows only: the window's length in hours (0.01). */
  hours?: number;
}

export interface SuggestedSlot extends TimeWindow {
  /** Present when no shared window exists: who is outside their working hours, by how many hours. */
  outsideHours?: { zone: string; hours: number }[];
}

/** A reply-by time: the instant replies are all in, and each reader's own deadline in their zone. */
export interface ReplyBy {
  utc: string;
  /** Zone -> "Tue 8 Dec 17:00": each reader's own deadline, in their working hours (at or before utc). */
  local: LocalTimes;
  /** The working time each reader gets, e.g. "2 working days". */
  window?: string;
  /** Zone -> off-at-start where a short window is counted from that reader's next working hours. */
  notes?: Record<string, 'off-at-start'>;
  /**
   * Zone -> hours -> deadline, only where people in one zone keep different hours (a day and a
   * night shift): each gets their own, and `local` keeps the latest of them.
   */
  byHours?: Record<string, Record<string, string>>;
}

/** A live session for some of the zones (one per region when no hour suits everyone). */
export interface Session extends SuggestedSlot {
  zones: string[];
}

/** A reply-by or a meeting that moved because of someone's own weekend or days off (a roster's). */
export interface OwnDaysNote {
  /** The person's zone (the formatters name them from the roster). */
  zone: string;
  what: 'reply-by' | 'meeting';
  /** Their days off that moved it, e.g. ["Fri 11 Dec"]. */
  days: string[];
  /** When it would have been, and when it is, in their zone: "Fri 11 Dec 17:00". */
  from: string;
  to: string;
}

/** When a step of the plan happens. */
export interface StepTime {
  /** What moved because of someone's own weekend or days off (absent when nothing did). */
  ownDays?: OwnDaysNote[];
  /** Written steps. */
  replyBy?: ReplyBy;
  /** Live steps: alternatives for everyone, best first. */
  slots?: SuggestedSlot[];
  /** Live steps run per region: one session for each group of zones. */
  sessions?: Session[];
}

export interface ParticipantHours {
  zone: string;
  /** "HH:mm-HH:mm" in the participant's own zone. */
  hours: string;
}

export interface Schedule {
  referenceDate: string;
  overlapHours: number;
  participants: ParticipantHours[];
  windows: TimeWindow[];
  replyBy: ReplyBy | null;
  suggestedSlots: SuggestedSlot[];
  /** The organizer's zone: the reference date is read there (the strips use it as their axis). */
  organizerZone?: string;
  /** settings.quietHours, e.g. "22:00-07:00" (shown in the strips). */
  quietHours?: string;
}

/** Time enters the core here, never from DateTime.now(). */
export interface TimeContext {
  /** The reference instant, ISO 8601 (validated by the edge). */
  now: string;
  /** The organizer's own zone (IANA). */
  organizerZone: string;
  /** --working-hours override for everyone ("HH:mm-HH:mm"), else settings.workingHours. */
  workingHours?: string;
}
