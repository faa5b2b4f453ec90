// The interview's zones question asks where the participants are, and says to leave it empty
// when everyone shares your zone: what people type there are the others' zones. Your own is
// counted in, so "Sydney" for a two-person talk from London gives both times, not only Sydney's.
import type { AnswerValue } from '../core/types.js';

const zoneOfSpec = (spec: string): string => spec.split('@')[0]!.trim().toLowerCase();

/** The typed zones with the organizer's first, unless it is among them already. */
export function withOrganizerZone(value: AnswerValue, organizerZone: string): AnswerValue {
  if (!Array.isArray(value)) return value;
  const specs = value as string[];
  if (specs.some((s) => zoneOfSpec(s) === organizerZone.toLowerCase())) return value;
  return [organizerZone, ...specs];
}

/** The question's help, saying that your own zone is counted in. */
export const organizerZoneHelp = (help: string | undefined, organizerZone: string): string =>
  `${help ? `${help} ` : ''}Yours, ${organizerZone}, is counted in.`;
