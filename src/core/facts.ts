// Answers -> facts: the answers after defaults plus what the code derives from them
// (time-zone facts computed by time/facts.ts, person-hours). Pure.
import type { Answers, Facts, FactValue, Settings } from './types.js';

export function deriveFacts(answers: Answers, settings: Settings, timeFacts: Record<string, FactValue>): Facts {
  const attendees = typeof answers.attendees === 'number' ? answers.attendees : 0;
  return {
    ...answers,
    ...timeFacts,
    person_hours: Math.round((attendees * settings.meetingMinutes) / 6) / 10,
  };
}

/** The participants' zone entries; none given means the organizer alone. */
export function zoneList(value: unknown, organizerZone: string): string[] {
  return Array.isArray(value) && value.length > 0 ? value.map(String) : [organizerZone];
}
