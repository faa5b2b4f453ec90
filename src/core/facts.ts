// What the code derives from the answers besides the time-zone facts (time/facts.ts computes
// those): together they are the derived facts rules can read next to the answers. Pure.
import type { Answers, FactValue, Settings } from './types.js';

export function deriveFacts(
  answers: Answers,
  settings: Settings,
  timeFacts: Record<string, FactValue>,
): Record<string, FactValue> {
  const attendees = typeof answers.attendees === 'number' ? answers.attendees : 0;
  return { ...timeFacts, person_hours: Math.round((attendees * settings.meetingMinutes) / 6) / 10 };
}

/** The participants' zone entries; none given means the organizer alone. */
export function zoneList(value: unknown, organizerZone: string): string[] {
  return Array.isArray(value) && value.length > 0 ? value.map(String) : [organizerZone];
}
