// City and country names -> IANA zones, from a table the build writes (dist/cities.tsv, made from
// the city-timezones package: about 7,300 cities with their population). The most populous
// match wins (London, United Kingdom before London, Ontario); when the runner-up in another zone
// is close behind, the name is ambiguous and the candidates are listed instead.
//
// Like tz.ts, this is data about the world, passed in (world.ts). The table is read on first use
// only, and that happens only for a name that is not an IANA zone: a scripted `ask` with IANA
// names never reads it.

import { nearestCity } from './near-place.js';

export interface Place {
  zone: string;
  /** "London, United Kingdom": what the name was taken to mean. */
  label: string;
  pop: number;
}

export type PlaceMatch = { place: Place } | { candidates: Place[] } | undefined;

export const PLACES_HEADER = 'commtriage-places 1';

/** The runner-up in another zone must be this many times smaller for the first to win outright. */
const CLEAR_LEAD = 5;
const MAX_CANDIDATES = 4;

/** Names people use that the data spells otherwise (former names, short forms). */
const CITY_ALIASES: Record<string, string> = {
  bangalore: 'bengaluru', bombay: 'mumbai', calcutta: 'kolkata', madras: 'chennai', peking: 'beijing',
  saigon: 'ho chi minh city', kiev: 'kyiv', 'tel aviv': 'tel aviv-yafo', 'new york city': 'new york', nyc: 'new york',
  munchen: 'munich', koln: 'cologne', washington: 'washington, dc', 'washington dc': 'washington, dc', roma: 'rome',
};
const COUNTRY_ALIASES: Record<string, string> = {
  usa: 'united states of america', us: 'united states of america', 'united states': 'united states of america',
  uk: 'united kingdom', britain: 'united kingdom', 'great britain': 'united kingdom', england: 'united kingdom',
  scotland: 'united kingdom', wales: 'united kingdom', holland: 'netherlands', 'the netherlands': 'netherlands',
  korea: 'south korea', czechia: 'czech republic', uae: 'united arab emirates',
};

/** Case, accents, dots and hyphens do not matter: "São Paulo" = "sao paulo", "St. Louis" = "saint louis". */
export function normalizePlace(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'\u2019]/g, '')
    .replace(/[-_\s]+/g, ' ')
    .replace(/^saint /, 'st ')
    .trim();
}

interface Row extends Place {
  city: string;
  province: string;
  country: string;
}

export interface PlaceTable {
  lookup(name: string): PlaceMatch;
  /** The city a misspelt name most likely meant (near-place.ts). */
  nearest?(name: string): Place | undefined;
}

/** Indexes the table's text; undefined when it is not one. */
export function readPlaceTable(text: string): PlaceTable | undefined {
  if (!text.startsWith(`${PLACES_HEADER}\n`)) return undefined;
  const byCity = new Map<string, Row[]>();
  const byCountry = new Map<string, Row[]>();
  const add = (map: Map<string, Row[]>, key: string, row: Row) => {
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  };
  for (const line of text.slice(PLACES_HEADER.length + 1).split('\n')) {
    const [city, province = '', country = '', pop = '0', zone] = line.split('\t');
    if (!city || !zone) continue;
    const row: Row = { city, province, country, pop: Number(pop), zone, label: [city, province !== city ? province : '', country].filter(Boolean).join(', ') };
    add(byCity, normalizePlace(city), row);
    add(byCountry, normalizePlace(country), row);
  }
  for (const list of [...byCity.values(), ...byCountry.values()]) list.sort((a, b) => b.pop - a.pop);
  return { lookup: (name) => lookupIn(byCity, byCountry, name), nearest: (name) => nearestCity(byCity, normalizePlace(name)) };
}

function lookupIn(byCity: Map<string, Row[]>, byCountry: Map<string, Row[]>, name: string): PlaceMatch {
  const key = normalizePlace(name);
  if (key === '') return undefined;
  const city = byCity.get(CITY_ALIASES[key] ?? key);
  if (city) return ranked(city);
  const countryKey = COUNTRY_ALIASES[key] ?? key;
  const country = byCountry.get(countryKey);
  if (country) return ranked(country);
  // "Portland, Maine" or "Portland (Maine)" (a list is comma-separated), "London (Canada)": narrow
  // a city by its region or country.
  const qualified = /^(.+?)\s*(?:,|\()\s*([^,()]+?)\s*\)?$/.exec(key);
  if (qualified) {
    const [head, tail] = [qualified[1]!, qualified[2]!];
    const within = (byCity.get(CITY_ALIASES[head] ?? head) ?? []).filter((r) => {
      const region = normalizePlace(r.province);
      const land = normalizePlace(r.country);
      return region === tail || land === (COUNTRY_ALIASES[tail] ?? tail) || region.startsWith(tail);
    });
    if (within.length > 0) return ranked(within);
  }
  return undefined;
}

/** The most populous wins unless another zone's best is close behind (then: the candidates). */
function ranked(rows: Row[]): PlaceMatch {
  const best = rows[0]!;
  const firstPerZone = rows.filter((r, i) => rows.findIndex((o) => o.zone === r.zone) === i);
  const rival = firstPerZone[1];
  const place = (r: Row): Place => ({ zone: r.zone, label: r.label, pop: r.pop });
  if (!rival || best.pop >= rival.pop * CLEAR_LEAD) return { place: place(best) };
  return { candidates: firstPerZone.slice(0, MAX_CANDIDATES).map(place) };
}
