// Drafts as plain text, ready to paste into an email or a calendar invite. Each layout (this one,
// Markdown, Slack) is a pure function of the drafts; `layoutDrafts` is what they share.
import type { DraftBlock, StepDraft } from '../core/draft.js';
import { visible } from '../text/safe.js';

export interface DraftLayout {
  /** The line above each draft when there are several (its step and label). */
  heading: (draft: StepDraft) => string;
  /** The subject line (an invite's title for a live step). */
  subject: (draft: StepDraft) => string;
  title: (text: string) => string;
  bullet: (text: string) => string;
  /** Text from the rule files as this format must write it. */
  escape: (text: string) => string;
}

/** Drafts laid out one after another, each block a paragraph; a heading only when there are several. */
export function layoutDrafts(drafts: StepDraft[], layout: DraftLayout): string {
  const safe = drafts.map(visibleDraft);
  const one = (d: StepDraft): string => [layout.subject(d), ...d.blocks.map((b) => block(b, layout))].join('\n\n');
  if (safe.length === 1) return `${one(safe[0]!)}\n`;
  return `${safe.map((d) => `${layout.heading(d)}\n\n${one(d)}`).join('\n\n')}\n`;
}

function block(b: DraftBlock, layout: DraftLayout): string {
  const lines = [
    ...(b.title === undefined ? [] : [layout.title(layout.escape(b.title))]),
    ...(b.text === undefined ? [] : [layout.escape(b.text)]),
    ...(b.items ?? []).map((item) => layout.bullet(layout.escape(item))),
  ];
  return lines.join('\n');
}

/** Rule files are text commtriage did not write: no control characters reach the terminal. */
const visibleDraft = (d: StepDraft): StepDraft => ({
  ...d,
  label: visible(d.label),
  subject: visible(d.subject),
  blocks: d.blocks.map((b) => ({
    ...(b.title === undefined ? {} : { title: visible(b.title) }),
    ...(b.text === undefined ? {} : { text: visible(b.text).replace(/\\n/g, '\n') }),
    ...(b.items ? { items: b.items.map(visible) } : {}),
  })),
});

const kindWord = (d: StepDraft) => (d.kind === 'live' ? 'Invite' : 'Subject');

export const TEXT_LAYOUT: DraftLayout = {
  heading: (d) => `=== Step ${d.step}: ${d.label} ===`,
  subject: (d) => `${kindWord(d)}: ${d.subject}`,
  title: (t) => t,
  bullet: (t) => `- ${t}`,
  escape: (t) => t,
};

export const formatDraftsText = (drafts: StepDraft[]): string => layoutDrafts(drafts, TEXT_LAYOUT);

/** The body of one draft as plain text, without its subject (the JSON's `body`). */
export const draftBody = (draft: StepDraft): string => layoutDrafts([{ ...draft, blocks: draft.blocks }], { ...TEXT_LAYOUT, subject: () => '' }).replace(/^\n+/, '');
