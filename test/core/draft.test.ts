// The built-in drafts read as a person would send them: the ask first, each reader's reply-by in
// their own zone and hours, every blank marked [[ ]], and nothing that contradicts the plan
// (no recording where it says not to, no "pass this on" for sensitive news, formal to a client).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { needOf } from '../world.js';
import { advise } from '../../src/core/advise.js';
import type { Advice } from '../../src/core/advice.js';
import { type StepDraft, draftSteps } from '../../src/core/draft.js';
import { place } from '../../src/core/time/label.js';
import { fillInProblem } from '../../src/core/draft-values.js';
import type { RuleSet } from '../../src/core/types.js';
import { formatDraftsText } from '../../src/format/draft-text.js';
import { parseRuleTexts } from '../../src/rules/parse.js';
import { root, texts } from '../rules/helpers.js';

const loaded = parseRuleTexts(texts(join(root, 'rules')));
if ('errors' in loaded) throw new Error('the shipped set should load');
const rules: RuleSet = loaded.ruleSet;
const NOW = '2026-12-07T10:00:00Z';
const LONDON = 'Europe/London';

function drafted(answers: Record<string, unknown>, names?: Record<string, string>): { advice: Advice; drafts: StepDraft[] } {
  const advice = advise(rules, needOf(answers, rules, { now: NOW, organizerZone: LONDON }));
  const channelLabels = Object.fromEntries(rules.channels.map((c) => [c.id, c.label]));
  const { drafts, missing } = draftSteps(advice, rules.drafts ?? [], { channelLabels, ...(names ? { names } : {}) });
  expect(missing).toEqual([]);
  return { advice, drafts };
}

const textOf = (d: StepDraft): string => formatDraftsText([d]);
const isGreeting = (text: string | undefined) => /^(Hi|Dear)\b/.test(text ?? '');

const SITUATIONS = [
  { name: 'a crisis call', answers: { purpose: 'resolve-issue', urgency: 'immediate', attendees: 2, timezones: [LONDON, 'America/New_York'] }, plan: 'call-now' },
  { name: 'a stuck thread', answers: { purpose: 'resolve-issue', urgency: 'today', attendees: 3, back_and_forth: 6, timezones: [LONDON, 'Europe/Berlin'] }, plan: 'short-call-then-post' },
  { name: 'a weekly status meeting made written', answers: { purpose: 'share-info', urgency: 'whenever', attendees: 9, timezones: [LONDON, 'America/New_York', 'Asia/Tokyo'] }, plan: 'written-update' },
  { name: 'hard news to a group', answers: { purpose: 'announce', urgency: 'this-week', attendees: 3, informed: 37, sensitive: true, timezones: [LONDON, 'America/New_York', 'Australia/Sydney'] }, plan: 'hard-news-to-a-group' },
  { name: 'a decision with a vendor', answers: { purpose: 'decision', urgency: 'this-week', attendees: 4, reversible: false, external: true, timezones: [LONDON, 'America/Chicago'] }, plan: 'write-then-decide' },
  { name: 'difficult feedback', answers: { purpose: 'feedback', urgency: 'this-week', attendees: 2, sensitive: true, timezones: [LONDON, 'Asia/Kolkata'] }, plan: 'private-conversation' },
  { name: 'an all-hands across four continents', answers: { purpose: 'announce', urgency: 'this-week', attendees: 4, informed: 146, writable: false, timezones: ['America/Los_Angeles', LONDON, 'Asia/Kolkata', 'Australia/Sydney'] }, plan: 'all-hands' },
];

describe.each(SITUATIONS)('the drafts for $name', ({ answers, plan }) => {
  const { advice, drafts } = drafted(answers);

  it('come from the plan the table chose, one for each step', () => {
    expect(advice.plan).toBe(plan);
    expect(drafts.map((d) => d.step)).toEqual(advice.steps.map((s) => s.n));
  });

  it('leave no {placeholder} unfilled and mark every blank with [[ ]], listed for scripts', () => {
    for (const d of drafts) {
      const text = textOf(d);
      expect(text).not.toMatch(/[{}]/);
      expect(fillInProblem(text)).toBeUndefined();
      for (const blank of d.placeholders) expect(text).toContain(`[[${blank}]]`);
      expect(d.placeholders.length).toBeGreaterThan(0);
    }
  });

  it('put the ask or the news first: no list before the first sentence after the greeting', () => {
    for (const d of drafts) {
      const first = d.blocks.find((b) => !isGreeting(b.text));
      expect(first?.text, `step ${d.step}`).toBeDefined();
    }
  });

  it("give every reader their reply-by in their own zone, inside their working hours", () => {
    for (const step of advice.steps.filter((s) => s.replyBy)) {
      const text = textOf(drafts.find((d) => d.step === step.n)!);
      const zones = Object.entries(step.replyBy!.local);
      const readers = step.audience === 'everyone' ? (advice.facts.audience_size as number) : (advice.answers.attendees as number);
      for (const [zone, time] of zones) {
        // No roster here: every zone is listed, but yours when as many zones as people leave you alone in it.
        if (zone === LONDON && zones.length >= readers) {
          expect(text).not.toContain(`${place(zone)}: ${time}`);
          continue;
        }
        expect(text).toContain(`${place(zone)}: ${time}`);
        const [hour, minute] = time.slice(-5).split(':').map(Number);
        expect(hour! * 60 + minute!).toBeGreaterThanOrEqual(9 * 60);
        expect(hour! * 60 + minute!).toBeLessThanOrEqual(17 * 60);
      }
    }
  });

  it("show a live step's time in each zone it is for", () => {
    for (const step of advice.steps.filter((s) => s.kind === 'live' && !s.startsNow)) {
      const text = textOf(drafts.find((d) => d.step === step.n)!);
      const local = step.sessions ? step.sessions.flatMap((s) => Object.keys(s.local)) : Object.keys(step.slots?.[0]?.local ?? {});
      for (const zone of local) expect(text).toContain(place(zone));
    }
  });

  it('never promise a recording the plan rules out', () => {
    for (const step of advice.steps) {
      const ids = step.checklist.map((c) => c.id);
      const text = textOf(drafts.find((d) => d.step === step.n)!);
      if (ids.some((id) => ['not-recorded', 'private-and-kind', 'consent-before-recording', 'optional-and-unrecorded'].includes(id)) || advice.answers.sensitive === true) {
        expect(text).not.toMatch(/I will record/);
      }
    }
  });

  it('invite no forwarding of sensitive matters, and write formally to an outside party', () => {
    const all = drafts.map(textOf).join('\n');
    if (advice.answers.sensitive === true) expect(all).not.toMatch(/pass this on|forward/i);
    if (advice.answers.external === true) {
      expect(all).not.toMatch(/^Hi all/m);
      expect(all).toMatch(/Kind regards/);
    }
  });
});

describe('what each situation needs', () => {
  it('a crisis call is short: the call is now, with no agenda and no reply-by', () => {
    const { drafts } = drafted(SITUATIONS[0]!.answers);
    const text = textOf(drafts[0]!);
    expect(text).toMatch(/^Invite: Call now/);
    expect(text).not.toMatch(/agenda|reply by/i);
    expect(drafts[0]!.blocks.length).toBeLessThanOrEqual(4);
  });

  it('an incident bridge names the lead and scribe and the status cadence', () => {
    const { drafts } = drafted({ purpose: 'incident', urgency: 'immediate', attendees: 4, external: true });
    const text = textOf(drafts[0]!);
    expect(text).toMatch(/Incident lead: \[\[name\]\]\. Scribe: \[\[name\]\]/);
    expect(text).toMatch(/Updates every \[\[30 minutes\]\]/);
    expect(text).toMatch(/status page/);
  });

  it('hard news: the 1:1 step is a private note to one person, not a broadcast', () => {
    const { drafts } = drafted(SITUATIONS[3]!.answers);
    const note = textOf(drafts[0]!);
    expect(note).toMatch(/^Hi \[\[name\]\],$/m);
    expect(note).not.toMatch(/Hi all/);
    expect(note).toMatch(/just the two of us/);
    expect(drafts[1]!.subject).not.toMatch(/layoff|news/i); // a neutral title: the news is told, not leaked
  });

  it('a large group gets no round of introductions', () => {
    const { drafts } = drafted({ purpose: 'brainstorm', urgency: 'this-week', attendees: 12, new_relationship: true, timezones: ['America/New_York', LONDON, 'Asia/Kolkata'] });
    const all = drafts.map(textOf).join('\n');
    expect(all).not.toMatch(/quick round of introductions/);
    expect(all).toMatch(/no round of introductions/);
  });

  it('names people from the roster beside their place and their own deadline', () => {
    const { advice, drafts } = drafted(
      { purpose: 'decision', urgency: 'this-week', attendees: 3, timezones: [LONDON, 'Asia/Kolkata', 'America/New_York'] },
      { [LONDON]: 'you', 'Asia/Kolkata': 'Priya', 'America/New_York': 'Sam' },
    );
    const text = textOf(drafts[0]!);
    expect(text).toContain(`Priya (Kolkata): ${advice.steps[0]!.replyBy!.local['Asia/Kolkata']}`);
    expect(text).toContain(`Sam (New York): ${advice.steps[0]!.replyBy!.local['America/New_York']}`);
    expect(text).not.toMatch(/London/); // you do not reply to yourself
    expect(text).toMatch(/^- Priya: \[\[what they own\]\]$/m);
  });
});
