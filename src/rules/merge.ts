// Checking each file's shape and merging the files into one draft rule set, keeping where every
// item came from. Items with shape problems stay out of the draft (their problems are reported),
// but their ids still count as known, so one typo does not cascade into "unknown fact" errors.
import type { Adjustment, AuditInference, AuditVerdict, Channel, ChecklistItem, Condition, DraftTemplate, Example, PlanSpec, Question, Row, Signal } from '../core/types.js';
import { checkShape, isRecord, type Path, type ShapeProblem } from './shape.js';
import { ruleFileShape } from './rule-shapes.js';
import { type Placement, placeItems, placedBy } from './place-items.js';

export interface Diagnostic {
  file: string;
  /** Where in the file's data, e.g. ['rules', 3, 'when', 'all', 0, 'operator']. */
  path: Path;
  message: string;
  hint?: string;
  /** The problem is the key at `path` (an unknown key), not its value. */
  atKey?: boolean;
  /** See ShapeProblem.acrossFiles. */
  acrossFiles?: boolean;
  /** Another place involved, e.g. where a duplicate id was first defined. */
  related?: { file: string; path: Path };
}

/** An item with the place it came from. */
export interface At<T> {
  value: T;
  file: string;
  path: Path;
}

export const LIST_SECTIONS = ['questions', 'rules', 'plans', 'adjustments', 'signals', 'checklist', 'channels', 'examples', 'drafts', 'audit', 'verdicts'] as const;
type ListSection = (typeof LIST_SECTIONS)[number];

export interface Draft {
  questions: At<Question>[];
  /** The decision table's rows, in order (see orderRows for a set that extends another). */
  rules: At<Row>[];
  plans: At<PlanSpec>[];
  adjustments: At<Adjustment>[];
  signals: At<Signal>[];
  checklist: At<ChecklistItem>[];
  channels: At<Channel>[];
  examples: At<Example>[];
  drafts: At<DraftTemplate>[];
  audit: At<AuditInference>[];
  verdicts: At<AuditVerdict>[];
  /** A null-prototype map: the keys come from the files. */
  settings: Record<string, At<unknown>>;
  /** Sound parts of items left out for shape problems, still checked so that all errors show. */
  loose: Loose;
  /** Every id seen per list section, including those of items with shape problems. */
  knownIds: Record<ListSection, Set<string>>;
  /** Row and adjustment ids listed under `disable:`. */
  disabled: At<string>[];
  files: string[];
}

/** A parsed rule file; `base` marks the built-in files a team set extends (its items may be replaced). */
export interface RuleDoc {
  file: string;
  data: unknown;
  base?: boolean;
}

export interface Loose {
  /** Shape-clean conditions (checked in full) and broken ones (checked for fact names only). */
  conditions: At<Condition>[];
  brokenConditions: At<unknown>[];
  texts: At<string>[];
  channelLists: At<string[]>[];
}

const ID_KEY: Record<ListSection, string> = { questions: 'id', rules: 'id', plans: 'id', adjustments: 'id', signals: 'id', checklist: 'id', channels: 'id', examples: 'name', drafts: 'id', audit: 'id', verdicts: 'id' };
const NOUN: Record<ListSection, string> = {
  questions: 'question id',
  rules: 'row id',
  plans: 'plan id',
  adjustments: 'adjustment id',
  signals: 'signal id',
  checklist: 'checklist id',
  channels: 'channel id',
  examples: 'example name',
  drafts: 'draft id',
  audit: 'audit entry id',
  verdicts: 'verdict id',
};


export function mergeFiles(docs: RuleDoc[], errors: Diagnostic[]): Draft {
  const draft: Draft = {
    questions: [],
    rules: [],
    plans: [],
    adjustments: [],
    signals: [],
    checklist: [],
    channels: [],
    examples: [],
    drafts: [],
    audit: [],
    verdicts: [],
    settings: Object.create(null) as Record<string, At<unknown>>,
    loose: { conditions: [], brokenConditions: [], texts: [], channelLists: [] },
    knownIds: { questions: new Set(), rules: new Set(), plans: new Set(), adjustments: new Set(), signals: new Set(), checklist: new Set(), channels: new Set(), examples: new Set(), drafts: new Set(), audit: new Set(), verdicts: new Set() },
    disabled: [],
    files: docs.map((d) => d.file),
  };
  const baseFiles = new Set(docs.filter((d) => d.base).map((d) => d.file));
  const firsts = Object.fromEntries(LIST_SECTIONS.map((s) => [s, new Map<string, At<unknown>>()])) as Record<ListSection, Map<string, At<unknown>>>;
  for (const { file, data, base } of docs) {
    // An empty file (or one holding only comments) contributes nothing.
    if (data === null || data === undefined) continue;
    if (!isRecord(data)) {
      errors.push({
        file,
        path: [],
        message: 'a rule file must be a mapping of sections',
        hint: 'Start with a section such as "questions:" or "table:" (see docs/rule-format.md).',
      });
      continue;
    }
    const problems = checkShape(ruleFileShape, data);
    errors.push(...problems.map((p) => ({ file, ...p })));
    // Every path that leads to a problem, so that clean() is one lookup: a file of 20,000 broken
    // rules would otherwise compare each item with each of its 80,000 problems.
    const troubled = new Set(problems.flatMap((p: ShapeProblem) => p.path.map((_, n) => JSON.stringify(p.path.slice(0, n + 1))).concat('[]')));
    const clean = (path: Path): boolean => !troubled.has(JSON.stringify(path));
    for (const section of LIST_SECTIONS) {
      const list = data[section];
      if (!Array.isArray(list)) continue;
      list.forEach((item: unknown, i) => {
        const at = { value: item, file, path: [section, i] };
        const replaced = noteId(section, at, firsts[section], baseFiles, draft, errors);
        const items = draft[section] as At<unknown>[];
        // A team item replaces the built-in one where it stood, so order (and tie-breaking) holds.
        const index = replaced ? items.indexOf(replaced) : -1;
        if (clean(at.path)) items.splice(index >= 0 ? index : items.length, index >= 0 ? 1 : 0, at);
        else {
          if (index >= 0) items.splice(index, 1);
          if (isRecord(item)) keepLooseParts(section, item, at.path, file, clean, draft.loose);
        }
      });
    }
    const disable = data['disable'];
    if (Array.isArray(disable) && clean(['disable'])) disable.forEach((id, i) => draft.disabled.push({ value: String(id), file, path: ['disable', i] }));
    const overrides = !base && baseFiles.size > 0;
    mergeOnce(draft.settings, data['settings'], 'settings', file, clean, errors, overrides ? baseFiles : undefined);
  }
  orderRows(draft, docs, baseFiles, errors);
  orderQuestions(draft, baseFiles, errors);
  draft.audit = teamFirst(draft.audit, docs, baseFiles, 'audit');
  draft.verdicts = teamFirst(draft.verdicts, docs, baseFiles, 'verdicts');
  return draft;
}

/** The audit's lists are read first match wins, like the table: a team's new items go above the built-in ones. */
function teamFirst<T extends { id: string }>(items: At<T>[], docs: RuleDoc[], baseFiles: Set<string>, section: 'audit' | 'verdicts'): At<T>[] {
  if (baseFiles.size === 0) return items;
  const baseIds = new Set(docs.filter((d) => d.base && isRecord(d.data) && Array.isArray(d.data[section])).flatMap((d) => ((d.data as Record<string, unknown[]>)[section] ?? []).map((r) => (isRecord(r) ? r['id'] : undefined))));
  const fresh = (item: At<T>): boolean => !baseFiles.has(item.file) && !baseIds.has(item.value.id);
  return [...items.filter(fresh), ...items.filter((i) => !fresh(i))];
}

/**
 * In a set that extends another, a team's new row goes above every built-in row (a team wins by
 * putting its row first), or just above or below the row it names with `above:` or `below:`. A
 * row that replaces a built-in one (same id) keeps that row's place unless it names another.
 */
function orderRows(draft: Draft, docs: RuleDoc[], baseFiles: Set<string>, errors: Diagnostic[]): void {
  if (baseFiles.size === 0) return;
  const baseIds = new Set(
    docs.filter((d) => d.base && isRecord(d.data) && Array.isArray(d.data['rules'])).flatMap((d) => ((d.data as Record<string, unknown[]>)['rules'] ?? []).map((r) => (isRecord(r) ? r['id'] : undefined))),
  );
  const named = (r: At<Row>): boolean => placedBy(r, ROW_PLACE) !== undefined;
  const fresh = (r: At<Row>): boolean => !baseFiles.has(r.file) && !baseIds.has(r.value.id);
  const rows = [...draft.rules.filter((r) => fresh(r) && !named(r)), ...draft.rules.filter((r) => !fresh(r) && !named(r))];
  draft.rules = placeItems(rows, draft.rules.filter(named), ROW_PLACE, errors);
}

const ROW_PLACE: Placement = { before: 'above', after: 'below', noun: 'row', hint: 'Name a row of the table (`commtriage rules list` shows them in order).' };
const QUESTION_PLACE: Placement = { before: 'before', after: 'after', noun: 'question', hint: 'Name a question of the set (`commtriage questions` lists them in the order they are asked).' };

/** In a set that extends another, a team's question goes where it asks with `before:` or `after:`; else after the built-in ones. */
function orderQuestions(draft: Draft, baseFiles: Set<string>, errors: Diagnostic[]): void {
  if (baseFiles.size === 0) return;
  const named = (q: At<Question>): boolean => placedBy(q, QUESTION_PLACE) !== undefined;
  draft.questions = placeItems(draft.questions.filter((q) => !named(q)), draft.questions.filter(named), QUESTION_PLACE, errors);
}

/**
 * Duplicate ids are found here, over all items, including those with other problems. A team item
 * with a built-in item's id replaces it: that built-in item is returned.
 */
function noteId(
  section: ListSection,
  at: At<unknown>,
  firsts: Map<string, At<unknown>>,
  baseFiles: Set<string>,
  draft: Draft,
  errors: Diagnostic[],
): At<unknown> | undefined {
  const key = ID_KEY[section];
  const id = isRecord(at.value) ? at.value[key] : undefined;
  if (typeof id !== 'string') return undefined;
  draft.knownIds[section].add(id);
  const first = firsts.get(id);
  if (!first || (baseFiles.has(first.file) && !baseFiles.has(at.file))) {
    firsts.set(id, at);
    return first;
  }
  errors.push({
    file: at.file,
    path: [...at.path, key],
    message: `duplicate ${NOUN[section]} "${id}"`,
    hint: `Each ${NOUN[section]} must be unique; rename or remove one.`,
    related: { file: first.file, path: [...first.path, key] },
  });
}

function keepLooseParts(
  section: ListSection,
  item: Record<string, unknown>,
  path: Path,
  file: string,
  clean: (p: Path) => boolean,
  loose: Loose,
): void {
  const part = <T>(value: unknown, sub: Path): At<T> => ({ value: value as T, file, path: [...path, ...sub] });
  // A verdict's condition reads the audit's facts, checked apart (rules/check-audit.ts).
  if (item['when'] !== undefined && section !== 'verdicts') {
    if (clean([...path, 'when'])) loose.conditions.push(part(item['when'], ['when']));
    else loose.brokenConditions.push(part(item['when'], ['when']));
  }
  if (section === 'checklist' && typeof item['text'] === 'string') loose.texts.push(part(item['text'], ['text']));
  const channels = section === 'plans' ? item['channels'] : undefined;
  if (channels !== undefined && clean([...path, 'channels'])) loose.channelLists.push(part(channels, ['channels']));
}

/** settings: each key may be given once across all files. */
function mergeOnce<T>(
  into: Record<string, At<T>>,
  section: unknown,
  name: string,
  file: string,
  clean: (path: Path) => boolean,
  errors: Diagnostic[],
  baseFiles?: Set<string>,
): void {
  if (!isRecord(section)) return;
  for (const key of Object.keys(section)) {
    const path = [name, key];
    // A team file's settings keys replace the built-in ones.
    if (baseFiles?.has(into[key]?.file ?? '')) delete into[key];
    const first = into[key];
    if (first) {
      errors.push({
        file,
        path,
        atKey: true,
        message: `${name}.${key} is given twice`,
        hint: `Keep one of them; each ${name} key may be set in one file only.`,
        related: { file: first.file, path: first.path },
      });
    } else if (clean(path)) {
      into[key] = { value: section[key] as T, file, path };
    }
  }
}
