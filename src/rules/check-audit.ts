// The two sections `commtriage audit` reads (rules/audit.yaml): each audit entry's patterns are
// regular expressions that compile, and its answers name questions and their choices; each verdict
// row's condition reads the audit's facts (core/audit-facts.ts) and its reason their names.
import { AUDIT_FACTS, AUDIT_TEXT_FACTS } from '../core/audit-facts.js';
import { placeholders } from '../core/template.js';
import type { FactKind, FactScope } from './check-conditions.js';
import { checkCondition, questionKind } from './check-conditions.js';
import { type Report, within } from './check-items.js';
import type { Draft } from './merge.js';
import { type ShapeProblem, suggestion } from './shape.js';

const MAX_PATTERN = 300;

export function checkAudit(draft: Draft, report: Report): void {
  const questions = new Map(draft.questions.map(({ value }) => [value.id, value]));
  for (const item of draft.audit) {
    const problems: ShapeProblem[] = [];
    for (const key of ['title', 'description'] as const) {
      const source = item.value[key];
      if (source === undefined) continue;
      if (source.length > MAX_PATTERN) problems.push({ path: [key], message: `the pattern is ${source.length} characters long; the limit is ${MAX_PATTERN}`, hint: 'Split it into several entries.' });
      else {
        try {
          new RegExp(source, 'iu');
        } catch (error) {
          problems.push({ path: [key], message: `not a regular expression: ${(error as Error).message}`, hint: 'Write a JavaScript regular expression, e.g. "stand-?up|daily scrum" (quote it in YAML).' });
        }
      }
    }
    for (const [id, answer] of Object.entries(item.value.answers)) {
      const q = questions.get(id);
      if (!q) {
        if (!draft.knownIds.questions.has(id)) problems.push({ path: ['answers', id], atKey: true, message: `unknown question "${id}"${suggestion(id, draft.knownIds.questions)}`, hint: 'Name a question of the set (`commtriage questions` lists them).' });
        continue;
      }
      if (id === 'attendees' || id === 'timezones') {
        problems.push({ path: ['answers', id], atKey: true, message: `"${id}" comes from the calendar's attendees, not from an audit entry`, hint: `Remove "${id}" here.` });
        continue;
      }
      const kind = questionKind(q);
      if (kind.type === 'choice' && !kind.choices.includes(String(answer))) {
        problems.push({ path: ['answers', id], message: `"${String(answer)}" is not a choice of "${id}"${suggestion(String(answer), new Set(kind.choices))}`, hint: `Choose one of: ${kind.choices.join(', ')}.` });
      }
      if (kind.type === 'boolean' && typeof answer !== 'boolean') problems.push({ path: ['answers', id], message: `"${id}" is true or false`, hint: 'Write true or false, without quotes.' });
      if (kind.type === 'number' && typeof answer !== 'number') problems.push({ path: ['answers', id], message: `"${id}" is a number`, hint: 'Write a number, without quotes.' });
    }
    report.errors.push(...within(item, problems));
  }
  const scope = auditScope(draft);
  const names = new Set<string>([...AUDIT_FACTS.map((f) => f.name), ...AUDIT_TEXT_FACTS]);
  draft.verdicts.forEach((item, i) => {
    const problems: ShapeProblem[] = [];
    if (item.value.when) checkCondition(item.value.when, ['when'], scope, problems);
    else if (i < draft.verdicts.length - 1) report.warnings.push({ file: item.file, path: [...item.path, 'id'], message: `verdict "${item.value.id}" has no "when", so the rows below it are never read`, hint: 'Give it a condition, or move it to the end.' });
    for (const name of placeholders(item.value.reason)) {
      if (!names.has(name)) problems.push({ path: ['reason'], message: `unknown placeholder {${name}}${suggestion(name, names)}`, hint: `Placeholders in a verdict name audit facts: ${[...names].join(', ')}.` });
    }
    report.errors.push(...within(item, problems));
  });
}

function auditScope(draft: Draft): FactScope {
  const purpose = draft.questions.find((q) => q.value.id === 'purpose')?.value;
  const purposes = purpose ? [...(questionKind(purpose) as { choices: string[] }).choices ?? [], 'unknown'] : ['unknown'];
  const kinds = new Map<string, FactKind>(
    AUDIT_FACTS.map((f): [string, FactKind] => [f.name, f.type === 'choice' ? { type: 'choice', choices: f.name === 'purpose' ? purposes : [...(f.choices ?? [])] } : f.type === 'number' ? { type: 'number', min: 0 } : { type: 'boolean' }]),
  );
  return { kinds, known: new Set(kinds.keys()) };
}
