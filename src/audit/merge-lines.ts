// `audit --merge`: the NDJSON of earlier runs (shards) back into occurrences, so that the merged
// report is worked out by the same core as one run over every file. Pure.
import type { Problem } from '../core/problem.js';
import type { SeriesReport } from './report.js';
import { type Occurrence, type Sighting, type SkipCounts, noSkips } from './types.js';

export interface TotalsLine {
  kind: 'totals';
  window: { from: string; to: string; weeks: number };
  files: number;
  skipped: SkipCounts;
}

export interface MergedInput {
  occurrences: Occurrence[];
  sightings: Sighting[];
  skips: SkipCounts;
  files: number;
  window?: TotalsLine['window'];
}

const LAST = Number.MAX_SAFE_INTEGER;

export function readAuditLines(text: string, file: string, into: MergedInput = { occurrences: [], sightings: [], skips: noSkips(), files: 0 }): MergedInput | { problems: Problem[] } {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return { problems: [{ where: `${file}:${i + 1}`, message: 'not a line of `commtriage audit --format ndjson` output (not JSON)', hint: 'Merge only the NDJSON that audit wrote: commtriage audit --format ndjson FILES > shard.ndjson' }] };
    }
    const record = value as { kind?: string } & Partial<SeriesReport> & Partial<Omit<TotalsLine, 'kind'>>;
    if (record.kind === 'totals' && record.window && record.skipped) {
      if (into.window && JSON.stringify(into.window) !== JSON.stringify(record.window)) {
        return { problems: [{ where: `${file}:${i + 1}`, message: `this shard audited ${record.window.from}..${record.window.to}, another ${into.window.from}..${into.window.to}`, hint: 'Run every shard with the same --from, --weeks and --now.' }] };
      }
      into.window = record.window;
      into.files += record.files ?? 0;
      for (const key of Object.keys(into.skips) as (keyof SkipCounts)[]) into.skips[key] += record.skipped[key] ?? 0;
      continue;
    }
    if (record.kind !== 'series' || typeof record.key !== 'string' || !Array.isArray(record.occurrences) || !Array.isArray(record.people) || typeof record.where !== 'string') {
      return { problems: [{ where: `${file}:${i + 1}`, message: 'not a line of `commtriage audit --format ndjson` output (no kind "series" or "totals")', hint: 'Merge only the NDJSON that audit wrote.' }] };
    }
    const cut = record.where.lastIndexOf(':');
    const [whereFile, whereLine] = [record.where.slice(0, cut), Number(record.where.slice(cut + 1))];
    const attendees = record.people.map(({ known: _k, local: _l, ...p }) => p);
    // The meetings from the file it is written first in; the other files it was seen in, as sightings.
    const shared = {
      uid: record.key,
      title: record.title ?? '',
      description: record.description ?? '',
      ...(record.organizer ? { organizer: record.organizer } : {}),
      attendees,
      ...(record.rrule ? { rrule: record.rrule } : {}),
      zone: record.zone ?? 'UTC',
    };
    for (const o of record.occurrences) into.occurrences.push({ ...shared, recurrenceId: o.recurrenceId, start: o.start, end: o.end, ...(o.moved ? { moved: true } : {}), file: whereFile, line: whereLine });
    for (const f of record.files ?? []) if (f !== whereFile) into.sightings.push({ ...shared, file: f, line: LAST });
  }
  return into;
}
