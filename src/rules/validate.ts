// Pure: parsed rule files in, a RuleSet (with defaults) or every problem at once out.
// Positions are the loader's business: a Diagnostic names a file and a path into its data.
import type { Question, RuleSet, Settings } from '../core/types.js';
import { derivedKinds } from './check-conditions.js';
import { checkPlans, checkStepConditions, planOf } from './check-plans.js';
import { type Report, checkAdjustments, checkChecklist, checkLooseParts, checkQuestions, checkRules, factScope, planScope, warnUnread } from './check-items.js';
import { checkExamples, checkSettings } from './check-sections.js';
import { checkDrafts } from './check-drafts.js';
import { checkAudit } from './check-audit.js';
import { type Diagnostic, type Draft, type RuleDoc, mergeFiles } from './merge.js';
import { isRecord, suggestion } from './shape.js';

export type { Diagnostic } from './merge.js';

export const DEFAULT_SETTINGS: Settings = {
  meetingMinutes: 25,
  workingHours: '09:00-17:00',
  quietHours: '22:00-07:00',
  replyBy: {},
  costOverhead: 1.4,
  writtenMinutes: { write: 30, read: 5 },
};

export type ValidationResult =
  | { ruleSet: RuleSet; warnings: Diagnostic[] }
  | { errors: Diagnostic[]; warnings: Diagnostic[] };

export interface ValidateOptions {
  /** Stored as RuleSet.origin: the directory, or "built-in". */
  origin?: string;
}

export function validateRuleSet(docs: RuleDoc[], options: ValidateOptions = {}): ValidationResult {
  const report: Report = { errors: [], warnings: [] };
  if (docs.length === 0) {
    report.errors.push({ file: '', path: [], message: 'the rule set has no files', hint: 'Add at least one .yaml file.' });
    return report;
  }
  const draft = mergeFiles(docs, report.errors);
  const scope = factScope(draft, derivedKinds());
  checkQuestions(draft, scope, report);
  checkRules(draft, scope, report);
  checkPlans(draft, report);
  checkStepConditions(draft, planScope(draft, scope), report);
  checkAdjustments(draft, planScope(draft, scope), report);
  checkChecklist(draft, planScope(draft, scope), report);
  checkDrafts(draft, planScope(draft, scope), report);
  checkSettings(draft, report);
  checkExamples(draft, report);
  checkAudit(draft, report);
  checkLooseParts(draft, scope, report);
  warnUnread(draft, report);
  checkExtends(docs, draft, report);
  if (report.errors.length > 0) return report;
  return { ruleSet: build(draft, options.origin ?? ''), warnings: report.warnings };
}

/** The checked draft as a RuleSet, with defaults applied. */
function build(draft: Draft, origin: string): RuleSet {
  const settings: Settings = { ...DEFAULT_SETTINGS, replyBy: Object.create(null) as Record<string, string> };
  for (const [key, item] of Object.entries(draft.settings)) {
    if (key === 'replyBy') Object.assign(settings.replyBy, item.value);
    else if (key === 'writtenMinutes') settings.writtenMinutes = { ...DEFAULT_SETTINGS.writtenMinutes, ...(item.value as object) };
    else Object.assign(settings, { [key]: item.value });
  }
  const items = new Map(draft.checklist.map(({ value }) => [value.id, value]));
  const channels = new Map(draft.channels.map(({ value }) => [value.id, value]));
  const on = <T extends { id: string }>(list: { value: T }[]): T[] => list.map(({ value }) => value).filter((v) => !draft.disabled.some((d) => d.value === v.id));
  return {
    questions: draft.questions.map(({ value }): Question => (value.type === 'number' ? { ...value, integer: value.integer ?? false } : value)),
    rules: on(draft.rules),
    plans: draft.plans.map(({ value }) => planOf(value, items, channels)),
    adjustments: on(draft.adjustments),
    signals: draft.signals.map(({ value }) => value),
    checklist: draft.checklist.map(({ value }) => value),
    channels: draft.channels.map(({ value }) => value),
    settings,
    examples: draft.examples.map(({ value, file }) => ({ ...value, file })),
    ...(draft.drafts.length > 0 ? { drafts: draft.drafts.map(({ value }) => value) } : {}),
    audit: draft.audit.map(({ value }) => value),
    verdicts: draft.verdicts.map(({ value }) => value),
    origin,
  };
}

const PLACING_KEYS = ['above', 'below', 'before', 'after'] as const;

/** `disable:` names known rules; `extends:` is read only when the loader supplied the built-in files. */
function checkExtends(docs: RuleDoc[], draft: Draft, report: Report): void {
  const ids = new Set([...draft.knownIds.rules, ...draft.knownIds.adjustments]);
  for (const { value, file, path } of draft.disabled) {
    if (!ids.has(value)) report.errors.push({ file, path, acrossFiles: true, message: `unknown row or adjustment "${value}"${suggestion(value, ids)}`, hint: 'List ids from this set or the built-in one (`commtriage rules list`).' });
  }
  if (docs.some((d) => d.base)) return;
  // Placing (merge.ts) happens only on top of another set; elsewhere the files' order decides.
  for (const item of [...draft.rules, ...draft.questions]) {
    const key = PLACING_KEYS.find((k) => (item.value as unknown as Record<string, unknown>)[k] !== undefined);
    if (key) report.warnings.push({ file: item.file, path: [...item.path, key], atKey: true, message: `"${key}" has no effect here: it places an item only in a set that extends another`, hint: 'Here the order in the files decides: move the item there, or start the set with "extends: builtin".' });
  }
  for (const { file, data } of docs) {
    if (isRecord(data) && data['extends'] !== undefined) {
      report.errors.push({ file, path: ['extends'], atKey: true, message: '"extends" was not read here', hint: 'Write "extends: builtin" on a line of its own, at the start of the line, in a rule set other than the built-in one.' });
    }
  }
}
