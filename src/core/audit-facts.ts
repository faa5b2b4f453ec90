// The facts a verdict row of `commtriage audit` may read (rules/audit.yaml), described once: the
// rule checker (rules/check-audit.ts) and the audit (audit/verdict.ts) both read this table.
export interface AuditFact {
  name: string;
  type: 'number' | 'boolean' | 'choice';
  choices?: readonly string[];
  description: string;
}

export const AUDIT_FACTS: readonly AuditFact[] = [
  { name: 'mode', type: 'choice', choices: ['async', 'sync', 'hybrid', 'unknown'], description: "the advice's mode for the need behind the meeting; unknown when its purpose could not be inferred" },
  { name: 'purpose', type: 'choice', choices: [], description: 'the inferred purpose (a purpose choice value), or unknown' },
  { name: 'recurring', type: 'boolean', description: 'the meeting repeats' },
  { name: 'people', type: 'number', description: 'people who spend the time (the organizer included, those who declined not)' },
  { name: 'minutes', type: 'number', description: 'its usual length' },
  { name: 'advised_minutes', type: 'number', description: "the advice's meeting length (0 when the advice has no live step)" },
  { name: 'suggested_minutes', type: 'number', description: 'the shorter length the 25/50-minute habit gives (its own length when none)' },
  { name: 'person_hours_per_week', type: 'number', description: 'hours a week spent in it, everyone together' },
  { name: 'written_hours_per_week', type: 'number', description: "hours a week a written update instead would take to write and read (the rule set's writtenMinutes)" },
  { name: 'flag_group_recurring', type: 'boolean', description: 'it repeats with three or more people' },
  { name: 'flag_nobody_accepted', type: 'boolean', description: 'nobody but the organizer accepted' },
  { name: 'flag_too_long', type: 'boolean', description: 'a 30- or 60-minute length that could be 25 or 50' },
  { name: 'flag_outside_hours', type: 'boolean', description: "it falls outside someone's working hours or on their day off (roster)" },
  { name: 'flag_overlap', type: 'boolean', description: 'it runs at the same time as another meeting of the same people' },
];

/** Text-only facts for {placeholders} in a verdict's reason. */
export const AUDIT_TEXT_FACTS = ['title', 'frequency', 'label', 'overlap_title'] as const;
