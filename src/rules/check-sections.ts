// Checks on settings and examples once all files are merged.
import { WINDOW_HINT, parseWindow } from '../core/time/window.js';
import { DateTime } from 'luxon';
import { parseNow } from '../core/time/instant.js';
import { checkZone } from './check-conditions.js';
import { type Report, checkChannelIds, within } from './check-items.js';
import type { At, Draft } from './merge.js';
import { type Path, type ShapeProblem, suggestion } from './shape.js';

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export function checkSettings(draft: Draft, report: Report): void {
  for (const key of ['workingHours', 'quietHours']) {
    const item = draft.settings[key] as At<string> | undefined;
    if (!item) continue;
    const [from = '', to = ''] = item.value.split('-');
    if (minutesOf(from) === minutesOf(to)) {
      report.errors.push({ file: item.file, path: item.path, message: `${key} "${item.value}" is an empty range`, hint: 'Give a start and an end that differ, e.g. "09:00-17:00".' });
    }
  }
  const replyBy = draft.settings['replyBy'] as At<Record<string, string>> | undefined;
  if (!replyBy) return;
  const urgency = draft.questions.find((q) => q.value.id === 'urgency')?.value;
  const values = urgency?.type === 'choice' ? (urgency.choices ?? []).map((c) => c.value) : undefined;
  const problems: ShapeProblem[] = [];
  for (const [key, duration] of Object.entries(replyBy.value)) {
    if (values && !values.includes(key)) {
      problems.push({ path: [key], atKey: true, acrossFiles: true, message: `"${key}" is not a choice of "urgency"${suggestion(key, values)}`, hint: `replyBy keys are urgency values: ${values.join(', ')}.` });
    }
    const parsed = parseWindow(duration, key);
    if ('problem' in parsed) problems.push({ path: [key], message: parsed.problem.message.replace(/\.$/, ''), hint: parsed.problem.hint ?? WINDOW_HINT });
  }
  report.errors.push(...within(replyBy, problems));
}

export function checkExamples(draft: Draft, report: Report): void {
  const { questions, rules, plans, adjustments, checklist } = draft.knownIds;
  for (const item of draft.examples) {
    const { answers, now, zone, expect } = item.value;
    const problems: ShapeProblem[] = [];
    for (const key of Object.keys(answers)) {
      if (!questions.has(key)) {
        problems.push({ path: ['answers', key], atKey: true, acrossFiles: true, message: `unknown question "${key}"${suggestion(key, questions)}`, hint: `Answers are keyed by question id: ${[...questions].join(', ')}.` });
      }
    }
    if (now !== undefined) {
      const parsed = DateTime.fromISO(now, { setZone: true });
      const bounded = parsed.isValid ? parseNow(now, undefined, 'now') : undefined;
      if (!parsed.isValid) problems.push({ path: ['now'], message: `"${now}" is not an ISO 8601 date-time`, hint: 'Write e.g. 2026-03-16T12:00:00Z.' });
      else if (bounded && 'problem' in bounded) problems.push({ path: ['now'], message: bounded.problem.message.replace(/\.$/, ''), hint: 'Write e.g. 2026-03-16T12:00:00Z.' });
    }
    if (zone !== undefined) checkZone(zone, ['zone'], problems);
    const known = (ids: string[] | undefined, path: Path, set: Set<string>, noun: string): void =>
      (ids ?? []).forEach((id, i) => {
        if (!set.has(id)) problems.push({ path: [...path, i], acrossFiles: true, message: `unknown ${noun} "${id}"${suggestion(id, set)}`, hint: `Name a ${noun} defined in the rule set.` });
      });
    known(expect.row ? [expect.row] : undefined, ['expect', 'row'], rules, 'row');
    known(expect.plan ? [expect.plan] : undefined, ['expect', 'plan'], plans, 'plan');
    known(expect.adjustments, ['expect', 'adjustments'], adjustments, 'adjustment');
    known(expect.checklist, ['expect', 'checklist'], checklist, 'checklist item');
    known(expect.notChecklist, ['expect', 'notChecklist'], checklist, 'checklist item');
    checkChannelIds(expect.channels, ['expect', 'channels'], draft, problems);
    for (const id of expect.checklist ?? []) {
      const i = (expect.notChecklist ?? []).indexOf(id);
      if (i >= 0) problems.push({ path: ['expect', 'notChecklist', i], message: `checklist item "${id}" is expected both to show and not to`, hint: 'Keep it in one list.' });
    }
    report.errors.push(...within(item, problems));
  }
}
