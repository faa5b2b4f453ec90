// Answers -> facts: the answers after defaults plus what the code derives from them
// (time-zone facts, person-hours). Pure: time comes in through the TimeContext.
import { timeFacts } from './time/facts.js';
import type { TimeContext } from './time/types.js';
import type { Answers, Facts, Settings } from './types.js';

export function deriveFacts(answers: Answers, settings: Settings, time: TimeContext): Facts {
  const zones = zoneList(answers.timezones, time.organizerZone);
  const urgency = typeof answers.urgency === 'string' ? answers.urgency : '';
  const attendees = typeof answers.attendees === 'number' ? answers.attendees : 0;
  return {
    ...answers,
    ...timeFacts(zones, time, settings, urgency),
    person_hours: Math.round((attendees * settings.meetingMinutes) / 6) / 10,
  };
}

export function zoneList(value: unknown, organizerZone: string): string[] {
  return Array.isArray(value) && value.length > 0 ? value.map(String) : [organizerZone];
}
