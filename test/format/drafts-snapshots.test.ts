// Each draft layout, snapshotted on real drafts from the built-in rules (no colour: drafts have none).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { needOf } from '../world.js';
import { advise } from '../../src/core/advise.js';
import { draftSteps } from '../../src/core/draft.js';
import { draftBody, formatDraftsText } from '../../src/format/draft-text.js';
import { formatDraftsMarkdown } from '../../src/format/draft-markdown.js';
import { formatDraftsSlack } from '../../src/format/draft-slack.js';
import { parseRuleTexts } from '../../src/rules/parse.js';
import { root, texts } from '../rules/helpers.js';

const loaded = parseRuleTexts(texts(join(root, 'rules')));
if ('errors' in loaded) throw new Error('the shipped set should load');
const rules = loaded.ruleSet;
const channelLabels = Object.fromEntries(rules.channels.map((c) => [c.id, c.label]));

const draftsFor = (answers: Record<string, unknown>, names?: Record<string, string>) =>
  draftSteps(advise(rules, needOf(answers, rules, { now: '2026-12-07T10:00:00Z', organizerZone: 'Europe/London' })), rules.drafts ?? [], { channelLabels, ...(names ? { names } : {}) }).drafts;

// A written proposal to three zones, with names from a roster; and a stuck thread (a call, then a post).
const proposal = draftsFor({ purpose: 'decision', urgency: 'this-week', attendees: 3, timezones: ['Europe/London', 'Asia/Kolkata', 'America/New_York'] }, { 'Europe/London': 'you', 'Asia/Kolkata': 'Priya', 'America/New_York': 'Sam' });
const thread = draftsFor({ purpose: 'resolve-issue', urgency: 'today', attendees: 3, back_and_forth: 6, timezones: ['Europe/London', 'Europe/Berlin'] });

describe('draft layouts', () => {
  it('text: a subject line, paragraphs and "-" bullets', () => {
    expect(formatDraftsText(proposal)).toMatchSnapshot();
  });
  it('text: several drafts, each under its step', () => {
    expect(formatDraftsText(thread)).toMatchSnapshot();
  });
  it('markdown: bold subject and titles, "-" bullets, a heading per step', () => {
    expect(formatDraftsMarkdown(thread)).toMatchSnapshot();
  });
  it('slack: *bold*, • bullets and no Markdown headings', () => {
    const slack = formatDraftsSlack(thread);
    expect(slack).toMatchSnapshot();
    expect(slack).not.toMatch(/^#|\*\*/m);
    expect(slack).toMatch(/^• /m);
  });
  it('slack: &, < and > are written as entities', () => {
    const [draft] = proposal;
    const odd = { ...draft!, subject: 'R&D <ops>', blocks: [] };
    expect(formatDraftsSlack([odd])).toBe('*R&amp;D &lt;ops&gt;*\n');
  });
  it('the JSON body is the text without its subject line', () => {
    const body = draftBody(proposal[0]!);
    expect(body.startsWith('Hi all,')).toBe(true);
    expect(formatDraftsText(proposal)).toContain(body.trim());
  });
});
