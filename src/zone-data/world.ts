// Reference data about the world: the zone table and the place names. The edge makes one (from
// the files the build writes, see system.ts) and passes it to the boundary like a memo; tests
// make their own. Nothing here is a module singleton, so two worlds can live in one process.
import { type Place, type PlaceMatch, readPlaceTable } from './places.js';
import type { ZoneTable } from './table.js';
import { type ZoneSource, zoneSource } from './tz.js';

export interface World extends ZoneSource {
  /** A city or country name -> its zone (or the candidates); undefined without a table or a match. */
  place(name: string): PlaceMatch;
  /** The city a misspelt name most likely meant ("Londn"), for a did-you-mean. */
  nearest(name: string): Place | undefined;
}

export interface WorldSources {
  /** The zone table; without one, every zone is Intl's (luxon's IANAZone). */
  zones?: () => ZoneTable | undefined;
  /** The place table's text; without one, only zone names are known. */
  places?: () => string | undefined;
}

export function makeWorld(sources: WorldSources = {}): World {
  let places: ReturnType<typeof readPlaceTable> | null = null;
  // Read on first use only: a scripted `ask` with IANA names never reads it.
  const table = () => {
    if (places === null) {
      const text = sources.places?.();
      places = text === undefined ? undefined : readPlaceTable(text);
    }
    return places;
  };
  return {
    ...zoneSource(sources.zones ?? (() => undefined)),
    place(name) {
      return table()?.lookup(name);
    },
    nearest(name) {
      return table()?.nearest?.(name);
    },
  };
}
