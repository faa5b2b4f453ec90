// Where the zone table comes from (dist/zones.txt, written by the build) and which zone the
// machine is in. Both avoid starting ICU when they can; both fall back to Intl when they cannot.
import { readFileSync, readlinkSync } from 'node:fs';
import { readZoneTable } from './table.js';
import type { ZoneTable } from './table.js';
import type { ZoneSource } from './tz.js';
import { visible } from '../text/safe.js';
import { type World, makeWorld } from './world.js';

/** The world the build's files describe; each table is read on first use (the places only for a name that is not a zone). */
export const systemWorld = (): World => makeWorld({ zones: loadZoneTable, places: loadPlaceText });

/** The table next to the bundle, if it is there and made from this Node's ICU zone data. */
export function loadZoneTable(): ZoneTable | undefined {
  try {
    const text = readFileSync(new URL('zones.txt', import.meta.url), 'utf8');
    return readZoneTable(text, process.versions.tz);
  } catch {
    return undefined;
  }
}

/**
 * The system's IANA zone: $TZ or the /etc/localtime link when the table knows the name (no ICU
 * needed), else what Intl says. A TZ that is not a zone name (a typo, or a POSIX rule such as
 * CET-1CEST that Intl ignores) would silently become UTC: it gets a warning naming TZ.
 */
export function systemZoneName(
  env: Record<string, string | undefined>,
  zones: Pick<ZoneSource, 'has'>,
  warn: (message: string) => void,
): string {
  const fromTz = env.TZ?.replace(/^:/, '').replace(/^\/.*\/zoneinfo\//, '');
  if (fromTz !== undefined && fromTz !== '' && zones.has(fromTz)) return fromTz;
  if (fromTz !== undefined && fromTz !== '' && !isZone(fromTz)) {
    const using = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    warn(
      `commtriage: warning: TZ is "${visible(fromTz)}", not a time zone name; using ${using}.\n` +
        '  Set TZ to an IANA name such as Europe/Berlin, or pass --zone.\n',
    );
    return using;
  }
  if (fromTz === undefined || fromTz === '') {
    try {
      const link = /zoneinfo\/(.+)$/.exec(readlinkSync('/etc/localtime'))?.[1];
      if (link !== undefined && zones.has(link)) return link;
    } catch {
      // No link (Windows, containers): ask Intl.
    }
  }
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function isZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The city table's text (dist/cities.tsv, written by the build); tests make their own (test/world.ts). */
export function loadPlaceText(): string | undefined {
  try {
    return readFileSync(new URL('cities.tsv', import.meta.url), 'utf8');
  } catch {
    return undefined;
  }
}
