// What the code derives from the answers besides the time-zone facts (time/facts.ts computes
// those): together they are the derived facts rules can read next to the answers. Pure.
import type { Answers, FactValue, Facts, Question, Settings } from './types.js';

export function deriveFacts(
  answers: Answers,
  settings: Settings,
  timeFacts: Record<string, FactValue>,
): Record<string, FactValue> {
  const attendees = typeof answers.attendees === 'number' ? answers.attendees : 0;
  const facts: Record<string, FactValue> = {};
  for (const key in timeFacts) facts[key] = timeFacts[key]!;
  const informed = typeof answers.informed === 'number' ? answers.informed : 0;
  facts.audience_size = attendees + informed;
  facts.person_hours = Math.round((attendees * settings.meetingMinutes) / 6) / 10;
  return facts;
}

/**
 * Answers and derived facts, as the rules read them. Every question has a key, null when it was
 * not answered (which is how rules read a missing fact), so that every such record has the same
 * shape and a batch's millions of lookups stay fast.
 */
export function allFacts(questions: readonly Question[], answers: Answers, derived: Record<string, FactValue>): Facts {
  const facts: Facts = {};
  for (const { id } of questions) facts[id] = Object.hasOwn(answers, id) ? answers[id]! : null;
  for (const key of Object.keys(derived)) facts[key] = derived[key]!;
  return facts;
}

/**
 * The facts with more set (later wins), copied key by key. For a record that was itself made by
 * a spread (a plan's facts), V8 takes several times longer to spread it again than this.
 */
export function withFacts(facts: Facts, more: Facts): Facts {
  const out: Facts = {};
  for (const key in facts) out[key] = facts[key]!;
  for (const key in more) out[key] = more[key]!;
  return out;
}
