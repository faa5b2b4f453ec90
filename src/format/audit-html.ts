// The audit as one self-contained page a lead can send to the team: inline CSS, an inline SVG
// chart of the person-hours a week kept, shortened and moved to writing, and the table of series.
// No script, no external request; every text from a calendar or a rule file is HTML-escaped. Pure.
import { moneyText } from './cost-text.js';
import type { AuditReport, SeriesReport } from '../audit/report.js';
import type { VerdictKind } from '../core/types.js';
import { VERDICT_WORDS } from './audit-text.js';

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

const number = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 1 });

const COLOURS: Record<string, string> = { kept: '#4e79a7', shortened: '#f28e2b', saved: '#ffbe7d', written: '#59a14f', merge: '#b07aa1', review: '#9d9d9d' };

/** The chart's bars: kept, shortened (what stays and what the shorter length gives back), moved to writing, merged, to review. */
function bars(report: AuditReport): { id: string; label: string; hours: number }[] {
  const sum = (verdict: VerdictKind, pick: (s: SeriesReport) => number) => report.series.filter((s) => s.verdict.verdict === verdict).reduce((n, s) => n + pick(s), 0);
  return [
    { id: 'kept', label: 'Kept', hours: sum('keep', (s) => s.personHours.perWeek) },
    { id: 'shortened', label: 'Shortened (still met)', hours: sum('shorten', (s) => s.personHours.perWeek - s.savedPerWeek) },
    { id: 'saved', label: 'Given back by shortening', hours: sum('shorten', (s) => s.savedPerWeek) },
    { id: 'written', label: 'Moved to writing', hours: sum('make-written', (s) => s.personHours.perWeek) },
    { id: 'merge', label: 'Merged into another', hours: sum('merge', (s) => s.personHours.perWeek) },
    { id: 'review', label: 'To review (purpose unknown)', hours: sum('review', (s) => s.personHours.perWeek) },
  ].map((b) => ({ ...b, hours: Math.round(b.hours * 10) / 10 }));
}

function chart(report: AuditReport): string {
  const rows = bars(report);
  const most = Math.max(...rows.map((r) => r.hours), 0.1);
  const [labelWidth, barWidth, rowHeight] = [220, 420, 30];
  const height = rows.length * rowHeight + 10;
  const body = rows
    .map((r, i) => {
      const y = i * rowHeight + 5;
      const w = Math.max(r.hours > 0 ? 2 : 0, Math.round((r.hours / most) * barWidth));
      return `<g data-bar="${r.id}"><text x="${labelWidth - 8}" y="${y + 19}" text-anchor="end">${escapeHtml(r.label)}</text><rect x="${labelWidth}" y="${y + 4}" width="${w}" height="${rowHeight - 10}" fill="${COLOURS[r.id]}"><title>${escapeHtml(`${r.label}: ${number(r.hours)} person-hours a week`)}</title></rect><text x="${labelWidth + w + 6}" y="${y + 19}">${number(r.hours)} h</text></g>`;
    })
    .join('');
  return `<svg id="hours-chart" role="img" aria-label="Person-hours a week by what the advice does with them" xmlns="http://www.w3.org/2000/svg" width="${labelWidth + barWidth + 80}" height="${height}" viewBox="0 0 ${labelWidth + barWidth + 80} ${height}">${body}</svg>`;
}

function row(s: SeriesReport): string {
  const declined = s.people.filter((p) => p.partstat === 'DECLINED').length;
  const flags = s.flags.map((f) => `<li>${escapeHtml(f.reason)}</li>`).join('');
  const inferred = s.inferred.map((i) => `${escapeHtml(i.answer)}=${escapeHtml(Array.isArray(i.value) ? [...new Set(i.value.map((z) => z.split('@')[0]))].join(', ') : String(i.value))}`).join(', ');
  return `<tr class="v-${s.verdict.verdict}"><td><strong>${escapeHtml(s.title || '(no title)')}</strong><div class="small">${escapeHtml(s.frequency)}, ${s.minutes} min${s.organizer ? `, organised by ${escapeHtml(s.organizer.name ?? s.organizer.email)}` : ''}</div></td><td class="num">${s.people.length - declined}${declined > 0 ? ` <span class="small">(${declined} declined)</span>` : ''}</td><td class="num">${number(s.personHours.perWeek)}</td><td class="num">${number(s.personHours.perYear)}${s.cost ? `<div class="small">about ${escapeHtml(moneyText({ amount: s.cost.perYear, ...(s.cost.currency ? { currency: s.cost.currency } : {}) }))}</div>` : ''}</td><td><span class="verdict">${escapeHtml(VERDICT_WORDS[s.verdict.verdict])}</span><div>${escapeHtml(s.verdict.reason)}</div>${s.advice && s.verdict.verdict !== 'keep' ? `<ol class="small">${s.advice.steps.map((st) => `<li>${escapeHtml(st.label)} (${escapeHtml(st.channel)})</li>`).join('')}</ol>` : ''}${s.replacement ? `<details class="small"><summary>The message to send instead</summary><pre>${escapeHtml(s.replacement)}</pre></details>` : ''}</td><td>${flags ? `<ul>${flags}</ul>` : ''}</td><td class="small">${inferred}${s.unknown.length > 0 ? `<br>unknown: ${escapeHtml(s.unknown.join(', '))}` : ''}</td></tr>`;
}

const STYLE = `body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#222}
h1{font-size:1.5rem;margin-bottom:.2rem}.small{font-size:.85em;color:#555}pre{white-space:pre-wrap;font-size:.9em}table{border-collapse:collapse;width:100%;margin-top:1rem}
th,td{border-bottom:1px solid #ddd;padding:.4rem .5rem;text-align:left;vertical-align:top}th{background:#f4f4f4}.num{text-align:right;white-space:nowrap}
ul{margin:0;padding-left:1.1rem}.verdict{font-weight:600;text-transform:uppercase;font-size:.8em;letter-spacing:.04em}
.v-make-written .verdict{color:#2f7d32}.v-shorten .verdict{color:#c25e00}.v-merge .verdict{color:#7b4b94}.v-review .verdict{color:#666}
svg text{font:13px system-ui,sans-serif;fill:#222}`;

export function auditHtml(report: AuditReport): string {
  const { counts, totals, window } = report;
  const to = new Date(Date.parse(window.to) - 1).toISOString().slice(0, 10);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Meeting audit ${escapeHtml(window.from.slice(0, 10))} to ${escapeHtml(to)}</title><style>${STYLE}</style></head>
<body><h1>Which meetings should be messages</h1>
<p class="small">${report.files} calendars, ${escapeHtml(window.from.slice(0, 10))} to ${escapeHtml(to)} (${window.weeks} weeks): ${number(counts.meetings)} meetings in ${counts.series} series and ${counts.oneOffs} one-off meetings. Made by commtriage audit.</p>
<p>People spend <strong>${number(totals.personHoursPerWeek)} person-hours a week</strong> in these meetings; the advice gives back <strong>${number(totals.savedPerWeek)}</strong>.</p>
<h2>Person-hours a week</h2>
${chart(report)}
<h2>Meetings, most person-hours first</h2>
<table><thead><tr><th>Meeting</th><th>People</th><th>h/week</th><th>h/year</th><th>What to do</th><th>Flags</th><th>Answers inferred</th></tr></thead>
<tbody>${report.series.map(row).join('\n')}</tbody></table>
</body></html>
`;
}
