// What a calendar knows -> the answers `ask` takes, with where each came from. The mapping is the
// rule set's (`audit:` entries, rules/audit.yaml): the first entry whose patterns match gives
// its answers; attendees come from who is invited, time zones from the roster. Whatever nothing
// gives stays unknown and is listed, never guessed. Pure.
import type { AnswerValue, AuditInference, Question, RuleSet } from '../core/types.js';
import type { KnownPerson, PeopleIndex } from './people.js';
import { attending, frequencyOf, type Series } from './series.js';

export interface Inferred {
  answer: string;
  value: AnswerValue;
  /** In words: 'title "Weekly status" (audit entry "status")'. */
  from: string;
  /** The title pattern that matched, when one did. */
  pattern?: string;
}

export interface Inference {
  answers: Record<string, AnswerValue>;
  inferred: Inferred[];
  /** Required answers nothing gave (the need cannot be advised without them). */
  unknown: string[];
  /** The audit entry that matched, if one did. */
  entry?: string;
  /** The people the roster knows, each once, for `timezones` (and their weekends). */
  known: KnownPerson[];
}

export function matches(entry: AuditInference, s: Series, people: number): boolean {
  if (entry.title !== undefined && !new RegExp(entry.title, 'iu').test(s.title)) return false;
  if (entry.description !== undefined && !new RegExp(entry.description, 'iu').test(s.description)) return false;
  if (entry.maxPeople !== undefined && people > entry.maxPeople) return false;
  if (entry.minPeople !== undefined && people < entry.minPeople) return false;
  if (entry.recurring !== undefined && entry.recurring !== s.recurring) return false;
  return true;
}

export function inferAnswers(s: Series, ruleSet: RuleSet, index: PeopleIndex): Inference {
  const people = attending(s);
  const entry = (ruleSet.audit ?? []).find((e) => matches(e, s, people.length));
  const inferred: Inferred[] = [];
  const answers: Record<string, AnswerValue> = {};
  if (entry) {
    const what = [
      entry.title !== undefined ? `title "${s.title}"` : '',
      entry.description !== undefined ? 'its description matches' : '',
      entry.maxPeople !== undefined ? `${people.length} people (at most ${entry.maxPeople})` : '',
      entry.recurring !== undefined ? (s.recurring ? `it repeats (${frequencyOf(s)})` : 'it happens once') : '',
    ].filter(Boolean);
    for (const [id, value] of Object.entries(entry.answers)) {
      answers[id] = value;
      inferred.push({ answer: id, value, from: `${what.join(', ')} (audit entry "${entry.id}")`, ...(entry.title !== undefined ? { pattern: entry.title } : {}) });
    }
  }
  const count = Math.min(500, Math.max(2, people.length));
  answers.attendees = count;
  const declined = s.people.length - people.length;
  inferred.push({ answer: 'attendees', value: count, from: `${people.length === 1 ? '1 person' : `${people.length} people`} on the invite${declined > 0 ? `, ${declined} declined` : ''}` });
  const known = uniqueKnown(people.map(index));
  if (known.length > 0) {
    const specs = known.map((k) => `${k.zone.name}@${k.hours.text}`);
    answers.timezones = specs;
    inferred.push({ answer: 'timezones', value: specs, from: `the roster (it knows ${known.length} of the ${people.length} people)` });
  }
  const recurring = recurringAnswer(s, ruleSet.questions.find((q) => q.id === 'recurring'));
  if (recurring && answers.recurring === undefined) {
    answers.recurring = recurring;
    inferred.push({ answer: 'recurring', value: recurring, from: s.rrule ? `the RRULE (${s.rrule})` : 'no RRULE: it happens once' });
  }
  const unknown = ruleSet.questions.filter((q) => required(q) && answers[q.id] === undefined).map((q) => q.id);
  return { answers, inferred, unknown, ...(entry ? { entry: entry.id } : {}), known };
}

const required = (q: Question): boolean => q.default === undefined && q.type !== 'zones' && q.when === undefined;

function uniqueKnown(list: (KnownPerson | undefined)[]): KnownPerson[] {
  const seen = new Map<string, KnownPerson>();
  for (const k of list) if (k && !seen.has(k.name)) seen.set(k.name, k);
  return [...seen.values()];
}

/**
 * The `recurring` answer (none, weekly, biweekly, monthly) where the rule set asks it (issue 20's
 * question): read from the RRULE, and only a value the question offers; a daily series is left
 * unanswered.
 */
function recurringAnswer(s: Series, question: Question | undefined): string | undefined {
  const choices = question?.choices?.map((c) => c.value) ?? [];
  if (choices.length === 0) return undefined;
  const rule = new Map((s.rrule ?? '').split(';').map((kv) => kv.toUpperCase().split('=') as [string, string]));
  const interval = Number(rule.get('INTERVAL') ?? '1') || 1;
  const freq = rule.get('FREQ');
  // More often than weekly (a daily standup) is none of the choices: said as weekly, a draft would
  // promise one update a week in place of five meetings.
  const days = (rule.get('BYDAY') ?? '').split(',').filter((d) => d !== '').length;
  const value = !s.recurring ? 'none' : days > 1 ? undefined : freq === 'WEEKLY' && interval === 1 ? 'weekly' : freq === 'WEEKLY' && interval === 2 ? 'biweekly' : freq === 'MONTHLY' && interval === 1 ? 'monthly' : undefined;
  return value !== undefined && choices.includes(value) ? value : undefined;
}
