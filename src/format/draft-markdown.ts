// Drafts as Markdown: for a ticket, a doc or a chat that renders Markdown.
import type { StepDraft } from '../core/draft.js';
import { type DraftLayout, layoutDrafts } from './draft-text.js';

/** Characters Markdown would read as formatting; [[ ]] stay as they are, so fill-ins show. */
const escape = (text: string): string => text.replace(/([\\`*_<>#|])/g, '\\$1');

const LAYOUT: DraftLayout = {
  heading: (d) => `## Step ${d.step}: ${escape(d.label)}`,
  subject: (d) => `**${d.kind === 'live' ? 'Invite' : 'Subject'}:** ${escape(d.subject)}`,
  title: (t) => `**${t}**`,
  bullet: (t) => `- ${t}`,
  escape: (t) => escape(t).replace(/\n/g, '  \n'),
};

export const formatDraftsMarkdown = (drafts: StepDraft[]): string => layoutDrafts(drafts, LAYOUT);
