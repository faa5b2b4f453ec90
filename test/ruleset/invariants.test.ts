// Promises the built-in table keeps for every combination of answers, not just the listed cases
// (issue 12): a team editing the rows can rely on them, and a change that breaks one fails here.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_CHECKLIST } from '../../src/core/triage.js';
import type { RuleSet } from '../../src/core/types.js';
import { loadDefaults, run } from './helpers.js';

let rules: RuleSet;
beforeAll(async () => {
  rules = await loadDefaults();
});

const PURPOSES = ['quick-question', 'share-info', 'feedback', 'decision', 'brainstorm', 'kickoff', 'relationship', 'resolve-issue'];
const URGENCIES = ['immediate', 'today', 'this-week', 'whenever'];

const answers = fc.record({
  purpose: fc.constantFrom(...PURPOSES),
  urgency: fc.constantFrom(...URGENCIES),
  attendees: fc.integer({ min: 2, max: 40 }),
  back_and_forth: fc.integer({ min: 0, max: 8 }),
  sensitive: fc.boolean(),
  sensitive_kind: fc.constantFrom('deliver', 'collect'),
  writable: fc.boolean(),
  reversible: fc.boolean(),
  decision_owner: fc.boolean(),
  new_relationship: fc.boolean(),
});
/** The time-zone facts, set directly: any overlap, spread and number of zones. */
const zoneFacts = fc.record({
  overlap_hours: fc.constantFrom(0, 0.5, 1, 1.5, 2, 3, 8),
  zone_count: fc.integer({ min: 1, max: 5 }),
  zone_spread_hours: fc.constantFrom(0, 3, 5, 9.5, 12, 15),
});

/** How much live time a mode asks for: writing, then both, then a meeting. */
const LIVENESS = { async: 0, hybrid: 1, sync: 2 } as const;

const modes = (id: string) => rules.checklist.find((c) => c.id === id)?.modes;
const kind = (id: string) => rules.checklist.find((c) => c.id === id)?.kind;

describe('for any answers', () => {
  it('adding people never turns a written plan into a meeting', () => {
    fc.assert(
      fc.property(answers, zoneFacts, fc.integer({ min: 1, max: 30 }), (a, facts, more) => {
        const fewer = run(rules, a, { facts });
        fc.pre(fewer.recommendation === 'async');
        expect(run(rules, { ...a, attendees: Math.min(500, a.attendees + more) }, { facts }).recommendation).toBe('async');
      }),
    );
  });

  it('more unanswered replies never make a meeting less likely', () => {
    fc.assert(
      fc.property(answers, zoneFacts, fc.integer({ min: 1, max: 10 }), (a, facts, more) => {
        const before = run(rules, a, { facts }).recommendation;
        const after = run(rules, { ...a, back_and_forth: a.back_and_forth + more }, { facts }).recommendation;
        expect(LIVENESS[after]).toBeGreaterThanOrEqual(LIVENESS[before]);
      }),
    );
  });

  it('never shows a checklist item that contradicts its plan, nor more than eight', () => {
    fc.assert(
      fc.property(answers, zoneFacts, (a, facts) => {
        const advice = run(rules, a, { facts });
        expect(advice.checklist.length).toBeLessThanOrEqual(MAX_CHECKLIST);
        for (const id of advice.checklist) expect(modes(id) ?? [advice.recommendation], id).toContain(advice.recommendation);
        // The contradictions people notice: an agenda days ahead of a same-day meeting, a recording
        // of a private talk, a decider at a social, introductions at a regular 1:1.
        if (a.urgency === 'immediate' || a.urgency === 'today') expect(advice.checklist).not.toContain('agenda-ahead');
        if (['private-conversation', 'team-social', 'one-to-one'].includes(advice.plan)) {
          expect(advice.checklist).not.toContain('record-and-announce');
          expect(advice.checklist).not.toContain('record-for-other-zones');
        }
        if (advice.plan === 'team-social') expect(advice.checklist).not.toContain('name-the-decider');
        if (advice.plan === 'one-to-one') expect(advice.checklist).not.toContain('introductions');
      }),
    );
  });

  it('gives every live plan a goal and every written plan a reply-by', () => {
    fc.assert(
      fc.property(answers, zoneFacts, (a, facts) => {
        const advice = run(rules, a, { facts });
        const kinds = advice.checklist.map(kind);
        if (advice.recommendation !== 'async') expect(kinds).toContain('goal');
        if (advice.recommendation !== 'sync') expect(kinds).toContain('deadline');
      }),
    );
  });

  it('never sends a difficult message in writing, nor gathers confidential input in a room', () => {
    fc.assert(
      fc.property(answers, zoneFacts, (a, facts) => {
        const advice = run(rules, { ...a, sensitive: true }, { facts });
        if (a.purpose === 'resolve-issue' && a.urgency === 'immediate') return; // a crisis is a call first
        expect(advice.recommendation).toBe(a.sensitive_kind === 'deliver' ? 'sync' : 'async');
      }),
    );
  });

  it('always gives the same advice for the same answers', () => {
    fc.assert(
      fc.property(answers, (a) => {
        expect(run(rules, a)).toEqual(run(rules, a));
      }),
      { numRuns: 30 },
    );
  });
});
