// The audit's formats, each a pure function of the report loaded when asked for (as registry.ts
// does for advice): text, json, ndjson (one line per meeting, then a totals line) and html.
import type { AuditReport } from '../audit/report.js';
import { jsonText } from './json-text.js';

export interface AuditRender {
  color: boolean;
  /** ASCII only (TERM=dumb, a non-UTF-8 locale): bars in # instead of blocks. */
  ascii?: boolean;
  width: number;
  /** How many series the text report shows. */
  top: number;
}

export async function renderAudit(format: string, report: AuditReport, ctx: AuditRender): Promise<string> {
  if (format === 'json') return `${jsonText(report)}\n`;
  if (format === 'ndjson') return auditNdjson(report);
  if (format === 'html') return (await import('./audit-html.js')).auditHtml(report);
  const paint = ctx.color ? (await import('chalk')).default : undefined;
  return (await import('./audit-text.js')).auditText(report, { ...ctx, paint });
}

/** One line per meeting (`"kind": "series"`), then one `"kind": "totals"` line; `audit --merge` reads them back. */
export function auditNdjson(report: AuditReport): string {
  return [...auditNdjsonChunks(report)].join('');
}

/** The same NDJSON in pieces of about 64 KB, so that a year of a company is never one string. */
export function* auditNdjsonChunks(report: AuditReport, size = 1 << 16): Generator<string> {
  let chunk = '';
  for (const s of report.series) {
    chunk += `${jsonText({ kind: 'series', ...s }, 0)}\n`;
    if (chunk.length >= size) {
      yield chunk;
      chunk = '';
    }
  }
  yield `${chunk}${jsonText({ kind: 'totals', window: report.window, files: report.files, skipped: report.counts.skipped }, 0)}\n`;
}
