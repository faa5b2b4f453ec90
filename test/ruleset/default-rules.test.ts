// The shipped advice, case by case: the situations the article is explicit about, the ones the
// decision anchors add, and the time-zone cases. Answers in, what a user reads out.
import { beforeAll, describe, expect, it } from 'vitest';
import { validateAnswers } from '../../src/answers/validate.js';
import type { Outcome, RuleSet } from '../../src/core/types.js';
import { loadDefaults, run } from './helpers.js';
import { world } from '../world.js';

let rules: RuleSet;
beforeAll(async () => {
  rules = await loadDefaults();
});

describe('the questions scripts depend on', () => {
  it('keeps the contract ids, types and choice values', () => {
    const byId = new Map(rules.questions.map((q) => [q.id, q]));
    const values = (id: string) => byId.get(id)?.choices?.map((c) => c.value);
    expect(values('purpose')).toEqual([
      'quick-question', 'share-info', 'feedback', 'decision', 'brainstorm', 'kickoff', 'relationship', 'resolve-issue',
      'announce', 'look-back', 'judgement', 'work-together', 'incident',
    ]);
    expect(values('urgency')).toEqual(['immediate', 'today', 'this-week', 'whenever']);
    expect(byId.get('attendees')).toMatchObject({ type: 'number', integer: true, min: 2 });
    expect(byId.get('timezones')).toMatchObject({ type: 'zones' });
    expect(byId.get('back_and_forth')).toMatchObject({ type: 'number', integer: true, min: 0, default: 0 });
    expect(byId.get('sensitive')).toMatchObject({ type: 'boolean', default: false });
    for (const id of ['purpose', 'urgency', 'attendees', 'timezones']) expect(byId.get(id)?.default).toBeUndefined();
  });

  it('needs only purpose, urgency and attendees', () => {
    const result = validateAnswers({ purpose: 'decision', urgency: 'today', attendees: 3 }, rules.questions, {
      organizerZone: 'Europe/Berlin',
      world,
    });
    expect(result).toHaveProperty('answers');
    if ('answers' in result) expect(Object.keys(result.answers)).toEqual(rules.questions.map((q) => q.id));
  });

  it('asks the decision questions only about decisions', () => {
    const decisionOnly = rules.questions.filter((q) => ['reversible', 'decision_owner'].includes(q.id));
    expect(decisionOnly).toHaveLength(2);
    for (const q of decisionOnly) expect(q.when).toEqual({ fact: 'purpose', operator: 'equal', value: 'decision' });
  });
});

interface Case {
  name: string;
  answers: Record<string, unknown>;
  outcome: Outcome;
  row: string;
  channel?: string;
  checklist?: string[];
  absent?: string[];
}

// The article's own list (section "Know when to schedule a meeting" and its pros and cons).
const article: Case[] = [
  { name: 'a quick question', answers: { purpose: 'quick-question', urgency: 'today', attendees: 2 }, outcome: 'async', row: 'quick-question', channel: 'direct-message', checklist: ['reply-by', 'switch-to-live-after-three'] },
  { name: 'a document someone asked for', answers: { purpose: 'share-info', urgency: 'this-week', attendees: 2 }, outcome: 'async', row: 'requested-document', channel: 'email', checklist: ['self-contained-update'] },
  { name: 'an update that should be in writing', answers: { purpose: 'share-info', urgency: 'today', attendees: 6 }, outcome: 'async', row: 'written-update', channel: 'project-tool', checklist: ['replace-status-meetings'] },
  { name: 'a brainstorm', answers: { purpose: 'brainstorm', urgency: 'this-week', attendees: 5 }, outcome: 'sync', row: 'brainstorm', channel: 'video-meeting', checklist: ['agenda-ahead', 'roles-for-everyone', 'follow-up-notes'] },
  { name: 'a strategy discussion', answers: { purpose: 'brainstorm', urgency: 'whenever', attendees: 3 }, outcome: 'sync', row: 'brainstorm' },
  { name: 'a project launch', answers: { purpose: 'kickoff', urgency: 'this-week', attendees: 6 }, outcome: 'sync', row: 'kickoff', checklist: ['agenda-ahead'] },
  { name: 'an issue getting complicated', answers: { purpose: 'resolve-issue', urgency: 'today', attendees: 3 }, outcome: 'sync', row: 'stuck-problem', checklist: ['goal-in-the-invite'] },
  { name: 'a thread past three replies', answers: { purpose: 'resolve-issue', urgency: 'this-week', attendees: 3, back_and_forth: 4 }, outcome: 'sync', row: 'thread-gone-long', checklist: ['outcome-in-the-thread'] },
  { name: 'difficult feedback', answers: { purpose: 'feedback', urgency: 'this-week', attendees: 2, sensitive: true }, outcome: 'sync', row: 'deliver-difficult-news', channel: 'video-meeting', checklist: ['private-and-kind', 'private-recap'], absent: ['record-and-announce', 'follow-up-notes', 'agenda-ahead'] },
];

// The decision anchors: GitLab, Doist, Google, Bain, incident practice.
const anchors: Case[] = [
  { name: 'feedback on a draft', answers: { purpose: 'feedback', urgency: 'this-week', attendees: 3 }, outcome: 'async', row: 'feedback-on-a-draft', channel: 'doc-comments', checklist: ['comment-on-the-text'] },
  { name: 'a hard-to-undo decision', answers: { purpose: 'decision', urgency: 'this-week', attendees: 4, reversible: false }, outcome: 'hybrid', row: 'one-way-door', checklist: ['name-the-decider', 'pre-read-first'] },
  { name: 'a hard-to-undo decision within the hour', answers: { purpose: 'decision', urgency: 'immediate', attendees: 4, reversible: false }, outcome: 'sync', row: 'one-way-door-now', channel: 'quick-call', absent: ['agenda-ahead'] },
  { name: 'an easily undone decision', answers: { purpose: 'decision', urgency: 'this-week', attendees: 4 }, outcome: 'async', row: 'reversible-decision', channel: 'doc-comments' },
  { name: 'an easily undone decision among twelve stays written', answers: { purpose: 'decision', urgency: 'this-week', attendees: 12 }, outcome: 'async', row: 'reversible-decision' },
  { name: 'a decision nobody owns', answers: { purpose: 'decision', urgency: 'this-week', attendees: 4, reversible: false, decision_owner: false }, outcome: 'async', row: 'decision-without-owner', checklist: ['find-the-decider'], absent: ['name-the-decider'] },
  { name: 'a hard decision in a group of nine', answers: { purpose: 'decision', urgency: 'this-week', attendees: 9, reversible: false }, outcome: 'hybrid', row: 'one-way-door', checklist: ['trim-the-invite', 'pre-read-first'] },
  { name: 'a first meeting', answers: { purpose: 'relationship', urgency: 'whenever', attendees: 2, new_relationship: true }, outcome: 'hybrid', row: 'first-contact', channel: 'video-meeting', checklist: ['written-follow-up-by'], absent: ['pre-read-first', 'record-and-announce', 'introductions'] },
  { name: 'a first meeting of four', answers: { purpose: 'relationship', urgency: 'whenever', attendees: 4, new_relationship: true }, outcome: 'hybrid', row: 'first-contact', checklist: ['introductions'] },
  { name: 'a regular 1:1', answers: { purpose: 'relationship', urgency: 'this-week', attendees: 2 }, outcome: 'sync', row: 'regular-one-to-one', checklist: ['running-agenda'], absent: ['introductions'] },
  { name: 'a team social', answers: { purpose: 'relationship', urgency: 'whenever', attendees: 12 }, outcome: 'sync', row: 'team-social', absent: ['roles-for-everyone', 'name-the-decider', 'trim-the-invite', 'record-and-announce', 'follow-up-notes'] },
  { name: 'something two people must fix now', answers: { purpose: 'resolve-issue', urgency: 'immediate', attendees: 2 }, outcome: 'sync', row: 'crisis', channel: 'quick-call', checklist: ['whoever-can-act'] },
  { name: 'an outage', answers: { purpose: 'resolve-issue', urgency: 'immediate', attendees: 3 }, outcome: 'sync', row: 'outage-with-a-team', channel: 'quick-call', checklist: ['incident-roles', 'whoever-can-act', 'status-cadence'] },
  { name: 'a thread stuck while urgent', answers: { purpose: 'decision', urgency: 'immediate', attendees: 2, back_and_forth: 5 }, outcome: 'sync', row: 'thread-gone-long', channel: 'quick-call' },
  { name: 'confidential input gathered', answers: { purpose: 'feedback', urgency: 'this-week', attendees: 8, sensitive: true, sensitive_kind: 'collect' }, outcome: 'async', row: 'gather-sensitive-input', checklist: ['confidential-collection'] },
  { name: 'an update that cannot be written without nuance', answers: { purpose: 'share-info', urgency: 'this-week', attendees: 4, writable: false }, outcome: 'sync', row: 'nuance-lost-in-writing', checklist: ['outcome-posted-by'], absent: ['outcome-in-the-thread'] },
];

describe.each([
  ['the article', article],
  ['the decision anchors', anchors],
])('situations from %s', (_, cases) => {
  it.each(cases)('$name -> $outcome ($row)', ({ answers, outcome, row, channel, checklist = [], absent = [] }) => {
    const advice = run(rules, answers);
    expect(advice.recommendation).toBe(outcome);
    expect(advice.row).toBe(row);
    if (channel) expect(advice.channels[0]).toBe(channel);
    expect(advice.checklist).toEqual(expect.arrayContaining(checklist));
    for (const id of absent) expect(advice.checklist).not.toContain(id);
  });
});

describe('time zones', () => {
  const now = '2026-03-16T12:00:00Z';
  const brainstorm = { purpose: 'brainstorm', urgency: 'this-week', attendees: 5 };

  it('takes a New York + London + Kolkata brainstorm to writing first, then a live part per region', () => {
    const advice = run(rules, { ...brainstorm, timezones: ['America/New_York', 'Europe/London', 'Asia/Kolkata'] }, { now });
    expect(advice.recommendation).toBe('hybrid');
    expect(advice.row).toBe('brainstorm-without-shared-hours');
    // Each region meets in its own hours: nothing to record for the others, no awkward hour to rotate.
    expect(advice.adjustments).not.toContain('no-shared-hours');
    expect(advice.checklist).toContain('ideas-alone-first');
    expect(advice.checklist).not.toContain('record-for-other-zones');
  });

  it('keeps a New York + London brainstorm live with nothing to rotate (four shared hours)', () => {
    const advice = run(rules, { ...brainstorm, timezones: ['America/New_York', 'Europe/London'] }, { now });
    expect(advice.recommendation).toBe('sync');
    expect(advice.checklist).not.toContain('rotate-the-slot');
  });

  it('quotes the reply-by time in every zone in the deadline item', () => {
    const zones = ['America/New_York', 'Asia/Kolkata'];
    const advice = run(rules, { purpose: 'quick-question', urgency: 'today', attendees: 2, timezones: zones }, { now });
    expect(advice.recommendation).toBe('async');
    for (const zone of zones) expect(advice.text['reply-by']).toContain(zone);
  });

  it('fills the shared hours into the little-overlap reason and keeps the call short', () => {
    const advice = run(rules, { purpose: 'kickoff', urgency: 'this-week', attendees: 3, timezones: ['America/Los_Angeles', 'Europe/London'] }, { now });
    expect(advice.adjustments).toContain('little-overlap');
    expect(advice.meetingMinutes).toBe(25);
  });
});

describe('meeting length', () => {
  const zones = (...timezones: string[]) => ({ timezones });
  it.each([
    [{ purpose: 'brainstorm', urgency: 'this-week', attendees: 6 }, 50],
    [{ purpose: 'kickoff', urgency: 'this-week', attendees: 5 }, 50],
    [{ purpose: 'resolve-issue', urgency: 'today', attendees: 8 }, 25],
    [{ purpose: 'relationship', urgency: 'today', attendees: 2 }, 25],
    // The live part of a meeting across zones that share under two hours stays short.
    [{ purpose: 'kickoff', urgency: 'this-week', attendees: 6, ...zones('America/Los_Angeles', 'Europe/London') }, 25],
  ])('%o -> %i minutes', (answers, minutes) => {
    expect(run(rules, answers, { now: '2026-03-16T12:00:00Z' }).meetingMinutes).toBe(minutes);
  });
});
