// The zone table's text format (dist/zones.txt) and how to read it (scripts/tables.ts makes it).
//
//   commtriage-zones 1 tz=2025b start=1577836800000 end=2272147200000
//   Europe/London=0,2pto:60,975o:0,...
//
// After the name: the offset in minutes east of UTC at `start`, then each change as
// "<minutes after start, base 36>:<new offset>". Times from `end` on are not in the table.

export interface ZoneTable {
  /** The ICU time zone data version the table was made from (process.versions.tz). */
  tz: string;
  start: number;
  end: number;
  /** The rest of a zone's line (after "Name="), found when the zone is first used. */
  lineOf(name: string): string | undefined;
  /** Lower-case name -> name, made on first use. */
  names(): ReadonlyMap<string, string>;
}

const HEADER = /^commtriage-zones 1 tz=(\S*) start=(\d+) end=(\d+)$/;
const MINUTE = 60_000;

/**
 * The table in `text`, or undefined when it is not one (or not for this ICU data version).
 * Lines are found by searching the text, not split up front: a run uses a few of ~450 zones.
 */
export function readZoneTable(text: string, tz: string | undefined): ZoneTable | undefined {
  const newline = text.indexOf('\n');
  const header = HEADER.exec(text.slice(0, newline));
  if (!header || (tz !== undefined && header[1] !== tz)) return undefined;
  let names: Map<string, string> | undefined;
  const found = new Map<string, string>();
  const search = (name: string): string | undefined => {
    if (name.includes('\n') || name.includes('=')) return undefined;
    const at = text.indexOf(`\n${name}=`);
    if (at < 0) return undefined;
    const from = at + name.length + 2;
    const to = text.indexOf('\n', from);
    return text.slice(from, to < 0 ? text.length : to);
  };
  return {
    tz: header[1]!,
    start: Number(header[2]),
    end: Number(header[3]),
    lineOf(name) {
      // Searching the text is quick for the few names of one `ask`; a batch asks for the same
      // names thousands of times, so each zone found is kept (at most the ~450 in the table).
      let line = found.get(name);
      if (line === undefined && (line = search(name)) !== undefined) found.set(name, line);
      return line;
    },
    names() {
      if (names === undefined) {
        names = new Map();
        for (const line of text.slice(newline + 1).split('\n')) {
          const eq = line.indexOf('=');
          if (eq > 0) names.set(line.slice(0, eq).toLowerCase(), line.slice(0, eq));
        }
      }
      return names;
    },
  };
}

/** One zone's line (after "Name=") -> when each offset starts, and the offsets. */
export function parseZoneLine(line: string, start: number): { starts: number[]; offsets: number[] } | undefined {
  const parts = line.split(',');
  const starts = [start];
  const offsets = [Number(parts[0])];
  for (const part of parts.slice(1)) {
    const colon = part.indexOf(':');
    starts.push(start + parseInt(part.slice(0, colon), 36) * MINUTE);
    offsets.push(Number(part.slice(colon + 1)));
  }
  const valid = offsets.every(Number.isInteger) && starts.every((s, i) => i === 0 || s > starts[i - 1]!);
  return valid ? { starts, offsets } : undefined;
}
