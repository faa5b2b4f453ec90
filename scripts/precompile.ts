// Run by the build (node dist/precompile.js): work done once at install time so that each run
// of the CLI need not do it.
//   dist/builtin-rules.json  the shipped rules, validated (see src/rules/compiled.ts)
//   dist/zones.txt           every zone's UTC offsets over about twenty years (see src/zone-data/table.ts)
//   dist/cities.tsv          city and country names -> zones, by population (see src/zone-data/places.ts)
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compiledPath, stampsOf } from '../src/rules/compiled.js';
import type { CompiledRules } from '../src/rules/compiled.js';
import { builtInRulesDir, loadRuleSet } from '../src/rules/load.js';
import { EXTRA_NAMES } from '../src/core/time/zones.js';
import { makePlaceTable, makeZoneTable } from './tables.js';
import cityMap from 'city-timezones/data/cityMap.json' with { type: 'json' };

// Zones first: a rule set that fails validation stops the script, and the table does not need it.
// Offsets read through Date with $TZ set (ICU's zone data, as Intl uses, but about fifty times
// faster); each zone is first checked against Intl, since an unknown $TZ silently means UTC.
const distDir = join(builtInRulesDir(), '..', 'dist');
const year = new Date().getUTCFullYear();
const start = Date.UTC(year - 6, 0, 1);
const end = Date.UTC(year + 16, 0, 1);
const intlOffset = (zone: string, ts: number): number => {
  const f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' });
  const v = Object.fromEntries(f.formatToParts(ts).map((p) => [p.type, p.value]));
  const local = Date.UTC(Number(v.year), Number(v.month) - 1, Number(v.day), Number(v.hour), Number(v.minute));
  return Math.round((local - Math.floor(ts / 60_000) * 60_000) / 60_000);
};
const dateOffset = (zone: string, ts: number): number => {
  if (process.env.TZ !== zone) process.env.TZ = zone;
  return -new Date(ts).getTimezoneOffset();
};
const names = [...new Set([...Intl.supportedValuesOf('timeZone'), ...EXTRA_NAMES])].filter((zone) =>
  [start, (start + end) / 2, Date.UTC(year, 6, 1), end - 86_400_000].every((ts) => dateOffset(zone, ts) === intlOffset(zone, ts)),
);
writeFileSync(join(distDir, 'zones.txt'), makeZoneTable(names, start, end, process.versions.tz ?? '', dateOffset));
writeFileSync(join(distDir, 'cities.tsv'), makePlaceTable(cityMap));

const dir = builtInRulesDir();
const { ruleSet } = await loadRuleSet(dir, { origin: 'built-in', cwd: process.cwd() });
const compiled: CompiledRules = { stamps: stampsOf(dir), ruleSet };
writeFileSync(compiledPath(dir), JSON.stringify(compiled));

