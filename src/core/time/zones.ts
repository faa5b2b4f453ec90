// Parsing what people type for zones and hours. Participant entries (the `timezones` answer):
//
//   America/New_York               an IANA zone name; working hours from --working-hours or settings
//   America/New_York@08:00-16:00   the same zone with this participant's own working hours
//
// Hours are "HH:mm-HH:mm" in the participant's own zone, 00:00 to 24:00; a participant's end
// before the start is a night shift that ends the next morning (Zone@22:00-07:00), counted as a
// working day on the day it starts. Zone names are matched case-insensitively
// and returned in their usual spelling. Abbreviations such as EST or CET are refused: they are
// fixed offsets (or ambiguous), so they would silently ignore daylight saving time. A city or
// country name stands for its zone (see zone-data/places.ts): London, Bangalore, São Paulo.
import { IANAZone } from 'luxon';
import type { Problem } from '../problem.js';
import { closest } from '../suggest.js';
import type { World } from '../../zone-data/world.js';

export interface HoursRange {
  /** Minutes after local midnight, 0..1439. */
  start: number;
  /** Minutes after local midnight, 1..1440 (24:00 ends the day); below start for wrapping quiet hours. */
  end: number;
  /** The range written back as "HH:mm-HH:mm". */
  text: string;
}

/** Names people use that Intl lists under an older spelling, and the UTC family. */
export const EXTRA_NAMES = ['UTC', 'Etc/UTC', 'GMT', 'Asia/Kolkata', 'Asia/Kathmandu', 'Asia/Ho_Chi_Minh', 'Asia/Yangon', 'Europe/Kyiv', 'America/Nuuk', 'Pacific/Kanton', 'Atlantic/Faroe'];

/** The names a world knows; without one, Intl's zones only (rule files name IANA zones, not places). */
type Names = Pick<World, 'has' | 'names' | 'place' | 'nearest'>;
const INTL_ONLY: Names = { has: () => false, names: () => new Map(), place: () => undefined, nearest: () => undefined };

/** Every zone name we suggest from (the table's, Intl's list and the common modern aliases). */
export const zoneNames = (world: Pick<World, 'names'> = INTL_ONLY): string[] => [...new Set([...world.names().values(), ...Intl.supportedValuesOf('timeZone'), ...EXTRA_NAMES])];

/** Old names still valid as links, and their current names (the IANA "backward" file). */
export const RENAMED: Record<string, string> = {
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Rangoon': 'Asia/Yangon',
  'Europe/Kiev': 'Europe/Kyiv',
  'America/Godthab': 'America/Nuuk',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Asia/Ujung_Pandang': 'Asia/Makassar',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'Asia/Chongqing': 'Asia/Shanghai',
  'Asia/Dacca': 'Asia/Dhaka',
  'Asia/Thimbu': 'Asia/Thimphu',
  'Asia/Ulan_Bator': 'Asia/Ulaanbaatar',
  'Europe/Uzhgorod': 'Europe/Kyiv',
  'Europe/Zaporozhye': 'Europe/Kyiv',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

const current = (zone: string): string => RENAMED[zone] ?? zone;

/** Abbreviations that are not zones a person lives in, and the zone most people mean. */
const ABBREVIATIONS: Record<string, string> = {
  EST: 'America/New_York', EDT: 'America/New_York', CST: 'America/Chicago', CDT: 'America/Chicago',
  MST: 'America/Denver', MDT: 'America/Denver', PST: 'America/Los_Angeles', PDT: 'America/Los_Angeles',
  BST: 'Europe/London', CET: 'Europe/Paris', CEST: 'Europe/Paris', EET: 'Europe/Athens', EEST: 'Europe/Athens',
  WET: 'Europe/Lisbon', IST: 'Asia/Kolkata', JST: 'Asia/Tokyo', AEST: 'Australia/Sydney', AEDT: 'Australia/Sydney',
  NZST: 'Pacific/Auckland', NZDT: 'Pacific/Auckland', HST: 'Pacific/Honolulu', MSK: 'Europe/Moscow',
};
const ALLOWED_SHORT: readonly string[] = ['UTC', 'GMT', 'UCT'];

const EXAMPLE = 'Use an IANA name such as America/New_York, Europe/London or Asia/Kolkata';

/**
 * A zone name in its usual spelling, or a Problem saying what is wrong and what was meant. A city
 * or country name ("London", "São Paulo", "India") is accepted too when it is not a zone: `place`
 * then says what it was taken to mean. The city table is read only for such names.
 */
export function checkZone(name: string, world: Names = INTL_ONLY, where = 'timezones'): { zone: string; place?: string } | { problem: Problem } {
  const trimmed = name.trim();
  const upper = trimmed.toUpperCase();
  const meant = ABBREVIATIONS[upper];
  // Rome, Oslo, Lima: short names that are places; "Lndon" is a typo, not an abbreviation.
  const found = meant || !/^[A-Za-z]{2,5}$/.test(trimmed) || ALLOWED_SHORT.includes(upper) ? undefined : placeFor(trimmed, world, where);
  if (found) return found;
  if ((meant || /^[A-Z]{2,5}$/.test(trimmed)) && !ALLOWED_SHORT.includes(upper)) {
    return {
      problem: {
        where,
        message: `"${trimmed}" is an abbreviation, not a time zone.`,
        hint: `${meant ? `Did you mean "${meant}"? ` : ''}${EXAMPLE}: abbreviations ignore daylight saving time.`,
      },
    };
  }
  // The zone table knows nearly every name without asking Intl (see tz.ts).
  const listed = world.has(trimmed) ? trimmed : world.names().get(upper.toLowerCase());
  if (listed) return { zone: current(listed) };
  if (trimmed === '' || !IANAZone.isValidZone(trimmed)) {
    const found = trimmed === '' ? undefined : placeFor(trimmed, world, where);
    if (found) return found;
    const match = trimmed === '' ? undefined : closest(trimmed, zoneNames(world));
    // "Londn": a city one or two letters off, when no zone name is that close.
    const city = trimmed === '' || match || trimmed.includes('/') ? undefined : world.nearest(trimmed);
    return {
      problem: {
        where,
        message: trimmed === '' ? 'a time zone name is empty.' : `"${trimmed}" is not a known time zone${city ? ' or place' : ''}.`,
        hint: match ? `Did you mean "${match}"?` : city ? `Did you mean "${city.label.split(', ')[0]}" (${city.label}, ${city.zone})?` : `${EXAMPLE}.`,
      },
    };
  }
  return { zone: current(usualSpelling(trimmed, world)) };
}

/** A city or country name -> its zone, or a problem listing the candidates when it is ambiguous. */
function placeFor(name: string, world: Names, where: string): { zone: string; place: string } | { problem: Problem } | undefined {
  const match = world.place(name);
  if (match === undefined) return undefined;
  if ('place' in match) return { zone: match.place.zone, place: match.place.label };
  const first = match.candidates[0]!.label.split(', ');
  const region = first.length > 2 ? first[1] : first.at(-1);
  return {
    problem: {
      where,
      message: `"${name}" could be several places: ${match.candidates.map((c) => `${c.label} (${c.zone})`).join('; ')}.`,
      hint: `Give the zone name, e.g. ${match.candidates[0]!.zone}, or the place with its region or country, e.g. "${first[0]} (${region})".`,
    },
  };
}

function usualSpelling(zone: string, world: Names): string {
  const lower = zone.toLowerCase();
  const listed = zoneNames(world).find((n) => n.toLowerCase() === lower);
  if (listed) return listed;
  // Valid but unlisted (e.g. "us/eastern"): Intl knows the canonical name.
  return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
}

/**
 * "HH:mm-HH:mm" (H:mm accepted) -> minutes, or a Problem. Working hours must start before they
 * end; with `wraps` (quiet hours such as 22:00-07:00) an end before the start means "next day".
 */
export function parseHoursRange(
  text: string,
  where = '--working-hours',
  wraps = false,
): HoursRange | { problem: Problem } {
  const hint = wraps
    ? 'Write quiet hours as HH:mm-HH:mm, e.g. 22:00-07:00 (may run past midnight).'
    : 'Write working hours as HH:mm-HH:mm, start before end on the same day, e.g. 09:00-17:00.';
  const match = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
  if (!match) return { problem: { where, message: `"${text}" is not a range of hours.`, hint } };
  const start = minutesOf(match[1]!, match[2]!);
  const end = minutesOf(match[3]!, match[4]!);
  if (start === undefined || end === undefined || start >= 1440) {
    return { problem: { where, message: `"${text}" has a time outside 00:00-24:00.`, hint } };
  }
  if (wraps ? start === end : start >= end) {
    return {
      problem: {
        where,
        message: wraps ? `"${text}" starts and ends at the same time.` : `"${text}" ends before it starts (overnight hours are not supported).`,
        hint,
      },
    };
  }
  return { start, end, text: `${clock(start)}-${clock(end)}` };
}

function minutesOf(h: string, m: string): number | undefined {
  const hours = Number(h);
  const minutes = Number(m);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return undefined;
  return hours * 60 + minutes;
}

/** Minutes after midnight -> "HH:mm" (1440 -> "24:00"). */
export const clock = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** One participant entry: `Zone` or `Zone@HH:mm-HH:mm` (see the top of this file). */
export function parseZoneSpec(
  spec: string,
  world: World,
  where = 'timezones',
): { zone: string; hours?: HoursRange; place?: string } | { problem: Problem } {
  const at = spec.indexOf('@');
  const checked = checkZone(at < 0 ? spec : spec.slice(0, at), world, where);
  if ('problem' in checked) return checked;
  const place = checked.place === undefined ? {} : { place: checked.place };
  if (at < 0) return { zone: checked.zone, ...place };
  // A participant may work nights: 22:00-07:00 starts on one day and ends on the next.
  const hours = parseHoursRange(spec.slice(at + 1), where, true);
  if ('problem' in hours) {
    const { problem } = hours;
    return {
      problem: {
        ...problem,
        message: `${spec.trim()}: ${problem.message}`,
        hint: `Give a participant's own hours as Zone@HH:mm-HH:mm, e.g. ${checked.zone}@08:00-16:00.`,
      },
    };
  }
  return { zone: checked.zone, hours, ...place };
}
