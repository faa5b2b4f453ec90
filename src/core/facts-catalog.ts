// Facts computed in code from the answers and the time context. Rule files may read them in
// conditions and checklist text; the loader checks names and value types against this list.

export interface DerivedFact {
  name: string;
  type: 'number' | 'string';
  meaning: string;
  /** Bounds the value can never leave, so that impossible comparisons can be flagged. */
  min?: number;
  max?: number;
}

export const DERIVED_FACTS: readonly DerivedFact[] = [
  { name: 'zone_count', type: 'number', min: 1, meaning: 'distinct UTC offsets among the participants at the reference instant' },
  // A shared window lies within one local working day, and a day lasts longer than 24 hours when
  // clocks go back: 25 after summer time (Africa/Cairo, Thursday 29 Oct 2026), 27 in Antarctica/Casey
  // (Thursday 9 Mar 2023), 31 in Antarctica/Vostok (1994); America/Sitka repeated a whole day in 1867.
  {
    name: 'overlap_hours',
    type: 'number',
    min: 0,
    max: 48,
    meaning: 'longest shared working window in the 7 days from the reference date (0 if none)',
  },
  {
    name: 'zone_spread_hours',
    type: 'number',
    min: 0,
    // UTC offsets run from -12 to +14 today, but --now may be any date: Asia/Manila was -15:56 until
    // 1845 and America/Metlakatla +15:13 until 1867.
    max: 32,
    meaning: "largest difference between participants' UTC offsets at the reference instant",
  },
  { name: 'reply_by', type: 'string', meaning: "the reply-by time in every reader's zone (the asker's own is left out when nobody else is in it)" },
  { name: 'audience_size', type: 'number', min: 0, meaning: 'attendees plus informed: everyone who takes part or needs to know' },
  { name: 'person_hours', type: 'number', min: 0, meaning: "attendees x the chosen plan's meeting length / 60, rounded to 0.1 (rows, read before a plan is chosen, see settings.meetingMinutes)" },
];

export const DERIVED_FACT_NAMES: readonly string[] = DERIVED_FACTS.map((f) => f.name);

export const derivedFact = (name: string): DerivedFact | undefined => DERIVED_FACTS.find((f) => f.name === name);
