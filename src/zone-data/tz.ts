// Time zones for luxon from a table of UTC offsets, so that the common case never starts ICU.
//
// Asking Intl for a zone's offset costs about 4 µs a call, and the first call costs 10-15 ms
// while ICU loads its zone data: more than the rest of a scripted `ask` together. The build
// writes each zone's offset changes over about twenty years, read from the same ICU data
// (dist/zones.txt, see table.ts). A TableZone answers luxon from that table inside its years
// and asks luxon's own IANAZone (Intl) outside them, so results are the same either way; only
// the speed differs. Without a table (tests running from src/, a missing file) every zone is
// luxon's IANAZone.
//
// This lives outside src/core on purpose: it is data about the world. The edge makes a World of it
// (world.ts) and passes it to the boundary, which turns zone names into these Zone objects; the
// core only ever sees the objects.
import { IANAZone, Zone } from 'luxon';
import type { ZoneOffsetFormat, ZoneOffsetOptions } from 'luxon';
import { type ZoneTable, parseZoneLine } from './table.js';

class TableZone extends Zone {
  private fallback?: Zone;

  constructor(
    private readonly zoneName: string,
    /** Epoch ms at which each offset starts, ascending; starts[0] is the table's start. */
    private readonly starts: number[],
    /** Minutes east of UTC from starts[i] on. */
    private readonly offsets: number[],
    private readonly end: number,
  ) {
    super();
  }

  override get type(): string {
    return 'iana';
  }
  override get name(): string {
    return this.zoneName;
  }
  get ianaName(): string {
    return this.zoneName;
  }
  override get isUniversal(): boolean {
    return false;
  }
  override get isValid(): true {
    return true;
  }

  override offset(ts: number): number {
    const { starts, offsets } = this;
    if (!(ts >= starts[0]! && ts < this.end)) return this.intl().offset(ts);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= ts) lo = mid;
      else hi = mid - 1;
    }
    return offsets[lo]!;
  }

  override offsetName(ts: number, options: ZoneOffsetOptions): string {
    return this.intl().offsetName(ts, options) ?? '';
  }
  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.intl().formatOffset(ts, format);
  }
  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.zoneName;
  }

  private intl(): Zone {
    this.fallback ??= IANAZone.create(this.zoneName);
    return this.fallback;
  }
}

/** The zones of one zone table (or of Intl alone, without one): each made once per name, for this table only. */
export interface ZoneSource {
  /** A luxon Zone for a zone name already checked (checkZone): from the table when it has the name, Intl otherwise. */
  zone(name: string): Zone;
  /** True when the table has this exact name (cheaper than names() for one lookup). */
  has(name: string): boolean;
  /** The zone names the table knows, by lower-case name (empty without a table). */
  names(): ReadonlyMap<string, string>;
}

/** The table is read on first use. */
export function zoneSource(load: () => ZoneTable | undefined): ZoneSource {
  let table: ZoneTable | undefined | null = null;
  const current = (): ZoneTable | undefined => (table === null ? (table = load()) : table);
  const zones = new Map<string, Zone>();
  const empty: ReadonlyMap<string, string> = new Map();
  return {
    zone(name) {
      let zone = zones.get(name);
      if (zone === undefined) {
        const t = current();
        const line = t?.lineOf(name);
        const parsed = line === undefined ? undefined : parseZoneLine(line, t!.start);
        zone = parsed ? new TableZone(name, parsed.starts, parsed.offsets, t!.end) : IANAZone.create(name);
        if (zones.size < 1000) zones.set(name, zone);
      }
      return zone;
    },
    has: (name) => current()?.lineOf(name) !== undefined,
    names: () => current()?.names() ?? empty,
  };
}
