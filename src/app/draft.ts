// `ask --draft [N]`: instead of the advice, a ready-to-send draft for each chosen step (or step N),
// in text, Markdown, Slack mrkdwn or JSON; `--copy` also puts it on the clipboard. Loaded only
// when one of these flags is given, so a plain `ask` never pays for it.
import type { Advice } from '../core/advice.js';
import { type StepDraft, draftSteps } from '../core/draft.js';
import type { RuleSet } from '../core/types.js';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { jsonText } from '../format/json-text.js';
// This module is itself loaded only for --draft, --copy, --invite and audit: the text layout comes with it.
import { draftBody, formatDraftsText } from '../format/draft-text.js';

export const DRAFT_FORMATS = ['text', 'markdown', 'slack', 'json'] as const;

export interface DraftFlags {
  /** --draft (true: every step) or --draft N. */
  draft?: string | boolean;
  copy?: boolean;
  format: string;
  batch?: boolean;
  fields?: string;
}

/** Flags that do not go together, refused before any question is asked. */
export function checkDraftFlags(opts: DraftFlags): void {
  if (opts.draft === undefined || opts.draft === false) {
    if (opts.format === 'slack') {
      throw new UserError({ where: '--format slack', message: 'Slack mrkdwn is a format for drafts, not for the advice.', hint: 'Add --draft (every step) or --draft N (step N); for the advice itself, use --format markdown.' });
    }
    if (opts.copy) throw new UserError({ where: '--copy', message: '--copy copies a draft.', hint: 'Add --draft (every step) or --draft N (step N).' });
    return;
  }
  if (opts.batch) throw new UserError({ where: '--draft', message: '--draft writes drafts for one need, not a batch.', hint: 'Run ask once per need with --draft, or leave --draft out of --batch.' });
  if (opts.fields !== undefined) throw new UserError({ where: '--fields', message: '--fields picks fields of the advice, not of drafts.', hint: 'Leave --fields out; --draft --json gives each draft as {step, subject, body, placeholders}.' });
  if (!(DRAFT_FORMATS as readonly string[]).includes(opts.format)) {
    throw new UserError({ where: '--format', message: `drafts come as ${DRAFT_FORMATS.join(', ')}, not ${opts.format}.`, hint: `Use --format ${DRAFT_FORMATS.slice(0, 3).join(', --format ')} or --json.` });
  }
  if (typeof opts.draft === 'string') stepNumber(opts.draft);
}

function stepNumber(value: string): number {
  if (/^[1-9][0-9]{0,2}$/.test(value)) return Number(value);
  throw new UserError({ where: '--draft', message: `"${value}" is not a step number.`, hint: 'Give the number of a step as the advice lists it, e.g. --draft 2, or --draft alone for every step.' });
}

/**
 * Step n's draft as plain text, worded as `--draft n` words it (channel labels, names from the
 * roster): for the invite's title and description and for the message that replaces an audited
 * meeting. Undefined when no template serves the step.
 */
export function stepDraftText(advice: Advice, ruleSet: RuleSet, n: number, names?: Record<string, string>): { subject: string; body: string } | undefined {
  const [draft] = draftSteps(advice, ruleSet.drafts ?? [], { only: n, channelLabels: channelLabelsOf(ruleSet), ...(names ? { names } : {}) }).drafts;
  return draft ? { subject: draft.subject, body: draftBody(draft) } : undefined;
}

const channelLabelsOf = (ruleSet: RuleSet): Record<string, string> => Object.fromEntries(ruleSet.channels.map((c) => [c.id, c.label]));

export async function writeDrafts(ctx: Context, advice: Advice, ruleSet: RuleSet, opts: DraftFlags & { names?: Record<string, string> }): Promise<number> {
  const only = typeof opts.draft === 'string' ? stepNumber(opts.draft) : undefined;
  if (only !== undefined && !advice.steps.some((s) => s.n === only)) {
    const count = advice.steps.length;
    throw new UserError({ where: '--draft', message: `the plan "${advice.label}" has ${count} step${count === 1 ? '' : 's'}, so there is no step ${only}.`, hint: `Give a step from 1 to ${count}, or --draft alone for every step.` });
  }
  const { drafts, missing } = draftSteps(advice, ruleSet.drafts ?? [], { only, channelLabels: channelLabelsOf(ruleSet), ...(opts.names ? { names: opts.names } : {}) });
  if (missing.length > 0) {
    const step = advice.steps.find((s) => s.n === missing[0])!;
    throw new UserError({
      where: ruleSet.origin,
      message: `no draft template serves step ${step.n} ("${step.label}").`,
      hint: `Add one under drafts: with id ${advice.plan}/${step.id}, ${step.id} or ${step.kind} (docs/rule-format.md, "drafts"), or start the set with "extends: builtin".`,
    });
  }
  const text = await render(drafts, opts.format);
  ctx.stdout.write(text);
  if (opts.copy) await (await import('./copy.js')).copyDraft(ctx, text);
  return 0;
}

async function render(drafts: StepDraft[], format: string): Promise<string> {
  if (format === 'markdown') return (await import('../format/draft-markdown.js')).formatDraftsMarkdown(drafts);
  if (format === 'slack') return (await import('../format/draft-slack.js')).formatDraftsSlack(drafts);
  if (format !== 'json') return formatDraftsText(drafts);
  const shown = drafts.map((d) => ({ step: d.step, stepId: d.stepId, kind: d.kind, template: d.template, subject: d.subject, body: draftBody(d), placeholders: d.placeholders, blocks: d.blocks }));
  return `${jsonText({ drafts: shown })}\n`;
}
