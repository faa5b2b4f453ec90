// Drafts as Slack mrkdwn: *bold*, bullets with •, no headings (Slack shows "#" as it is).
import type { StepDraft } from '../core/draft.js';
import { type DraftLayout, layoutDrafts } from './draft-text.js';

/** Slack reads &, < and > as markup: they are written as entities. */
const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Bold that Slack will show: * around text with no * of its own and no space at either end. */
const bold = (text: string): string => `*${text.replace(/\*/g, '').trim()}*`;

const LAYOUT: DraftLayout = {
  heading: (d) => bold(`Step ${d.step}: ${escape(d.label)}`),
  subject: (d) => bold(escape(d.subject)),
  title: (t) => bold(t),
  bullet: (t) => `• ${t}`,
  escape,
};

export const formatDraftsSlack = (drafts: StepDraft[]): string => layoutDrafts(drafts, LAYOUT);
