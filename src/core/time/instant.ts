// The reference instant (--now) and reply-by durations. An ISO string with an offset ("Z",
// "+01:00") is an instant. One without an offset is a wall-clock time in the organizer's zone;
// if that wall-clock time never happens (skipped by a DST change) or happens twice, we refuse it
// and show the offsets to choose from, rather than guess which moment the user meant.
import { DateTime, FixedOffsetZone, type Zone } from 'luxon';
import type { Problem } from '../problem.js';

const HAS_OFFSET = /T.*(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
const NOW_HINT = 'Give an ISO 8601 date-time such as 2026-03-16T12:00:00Z, or 2026-03-16T09:00 for the organizer zone.';

/**
 * The years an instant may fall in. The schedule walks the days around `now` in every zone; far
 * outside the zone tables (year 275760) that walk never ends, and no one plans a meeting there.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;
/** The widest UTC offset accepted, in minutes (real zones run from -12:00 to +14:00). */
export const MAX_OFFSET_MINUTES = 18 * 60;
const OFFSET = /T.*([+-])(\d{2}):?(\d{2})$/;

/** The instant `iso` names (read in `zone` when it has no offset), in epoch ms, or a Problem. */
export function parseNow(iso: string, zone: Zone = FixedOffsetZone.utcInstance, where = '--now'): { instant: number } | { problem: Problem } {
  const text = iso.trim();
  const offset = OFFSET.exec(text);
  if (offset && (Number(offset[3]) >= 60 || Number(offset[2]) * 60 + Number(offset[3]) > MAX_OFFSET_MINUTES)) {
    return { problem: { where, message: `"${iso}" has the offset ${offset[1]}${offset[2]}:${offset[3]}, which is not a UTC offset (they run from -18:00 to +18:00, minutes under 60).`, hint: NOW_HINT } };
  }
  const quick = plainInstant(text);
  if (quick !== undefined) return inYears(quick, iso, where);
  const parsed = DateTime.fromISO(text, { zone });
  if (!parsed.isValid) {
    return { problem: { where, message: `"${iso}" is not a valid ISO 8601 date-time.`, hint: NOW_HINT } };
  }
  const bounded = inYears(parsed.toMillis(), iso, where);
  if ('problem' in bounded) return bounded;
  if (!HAS_OFFSET.test(text)) {
    const choices = instantsAtWallTime(DateTime.fromISO(text, { zone: 'utc' }), zone);
    if (choices.length !== 1) return { problem: wallTimeProblem(text, zone, choices, where) };
  }
  return { instant: parsed.toMillis() };
}

/** The instant, or a Problem when it falls outside MIN_YEAR to MAX_YEAR. */
function inYears(instant: number, iso: string, where: string): { instant: number } | { problem: Problem } {
  const year = new Date(instant).getUTCFullYear();
  if (year >= MIN_YEAR && year <= MAX_YEAR) return { instant };
  return { problem: { where, message: `"${iso}" is in the year ${year}; commtriage plans between ${MIN_YEAR} and ${MAX_YEAR}.`, hint: NOW_HINT } };
}

const PLAIN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * The common case without luxon's general ISO parser (whose first use costs a scripted run about
 * a millisecond): a full date-time with Z or an offset, every field in range. Anything else,
 * valid or not, is left to luxon (undefined).
 */
function plainInstant(text: string): number | undefined {
  const m = PLAIN.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s = '0', frac = '0', sign, oh = '0', om = '0'] = m.slice(1);
  const n = (t: string | undefined) => Number(t);
  const wall = Date.UTC(n(y), n(mo) - 1, n(d), n(h), n(mi), n(s), n(frac.padEnd(3, '0')));
  const back = new Date(wall);
  const inRange =
    back.getUTCFullYear() === n(y) && back.getUTCMonth() === n(mo) - 1 && back.getUTCDate() === n(d) &&
    n(h) < 24 && n(mi) < 60 && n(s) < 60 && n(oh) < 24 && n(om) < 60 && n(y) >= 1000;
  if (!inRange) return undefined;
  const offset = (sign === '-' ? -1 : 1) * (n(oh) * 60 + n(om));
  return wall - offset * 60_000;
}

/**
 * Every instant whose wall-clock reading in `zone` equals `wall` (given as UTC fields):
 * none in a spring-forward gap, two in a fall-back hour, one otherwise.
 */
export function instantsAtWallTime(wall: DateTime, tz: Zone): DateTime[] {
  const wallMs = wall.toMillis();
  const day = 86_400_000;
  const offsets = new Set([tz.offset(wallMs - day), tz.offset(wallMs), tz.offset(wallMs + day)]);
  const found = [...offsets]
    .map((offset) => wallMs - offset * 60_000)
    .filter((ms) => tz.offset(ms) * 60_000 === wallMs - ms)
    .sort((a, b) => a - b);
  return found.map((ms) => DateTime.fromMillis(ms, { zone: tz }));
}

function wallTimeProblem(text: string, zone: Zone, choices: DateTime[], where: string): Problem {
  if (choices.length === 0) {
    return {
      where,
      message: `${text} does not exist in ${zone.name}: the clocks skip that hour for daylight saving time.`,
      hint: 'Give a time after the change, or add an offset (e.g. Z or -05:00) to name the instant.',
    };
  }
  const options = choices.map((c) => c.toISO({ suppressMilliseconds: true })).join(' or ');
  return {
    where,
    message: `${text} happens twice in ${zone.name}: the clocks go back that night.`,
    hint: `Add the offset to say which one you mean: ${options}.`,
  };
}

