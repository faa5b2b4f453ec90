// Batch results are assembled from remembered pieces (src/app/batch-output.ts); each line must
// still be exactly what JSON.stringify makes of the advice, in contract key order.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { adviseAt } from '../../src/app/advise.js';
import { BatchAdvisor } from '../../src/app/batch-advisor.js';
import { validateAnswers } from '../../src/answers/validate.js';
import type { RuleSet } from '../../src/core/types.js';
import { orderedAdvice } from '../../src/format/json.js';
import { loadRuleSet } from '../../src/rules/load.js';

const ROOT = join(import.meta.dirname, '..', '..');
const time = { now: '2026-03-16T12:00:00.000Z', organizerZone: 'Europe/London' };

/** Needs that vary every answer, with repeats (cache hits) and refs of every JSON type. */
const needs: Record<string, unknown>[] = [
  { ref: 'a "quoted" \\ ref', purpose: 'decision', urgency: 'today', attendees: 4, timezones: ['America/New_York', 'Asia/Tokyo'] },
  { ref: 2, purpose: 'brainstorm', urgency: 'this-week', attendees: 12, timezones: ['Asia/Kolkata@10:00-18:00', 'Pacific/Auckland', 'Europe/Berlin'], back_and_forth: 4 },
  { ref: null, purpose: 'feedback', urgency: 'whenever', attendees: 2, sensitive: true },
  { ref: { nested: ['Zoë', '東京'] }, purpose: 'quick-question', urgency: 'immediate', attendees: 3, writable: false },
  { purpose: 'decision', urgency: 'today', attendees: 4, timezones: ['America/New_York', 'Asia/Tokyo'], reversible: true, decision_owner: true },
  { ref: 'again', purpose: 'decision', urgency: 'today', attendees: 4, timezones: ['America/New_York', 'Asia/Tokyo'] },
  { ref: 1.5, purpose: 'kickoff', urgency: 'this-week', attendees: 40, timezones: ['America/Sao_Paulo@08:00-16:00', 'Africa/Lagos'], new_relationship: true },
  // The same people in other orders share their reply-by time and slot choice in a batch; who
  // bears a least-bad slot and every per-zone list must still follow each line's own order.
  { ref: 'p2', purpose: 'brainstorm', urgency: 'this-week', attendees: 12, timezones: ['Europe/Berlin', 'Asia/Kolkata@10:00-18:00', 'Pacific/Auckland'], back_and_forth: 4 },
  { ref: 'p3', purpose: 'brainstorm', urgency: 'this-week', attendees: 12, timezones: ['Pacific/Auckland', 'Europe/Berlin', 'Asia/Kolkata@10:00-18:00'], back_and_forth: 4 },
  { ref: 'p4', purpose: 'decision', urgency: 'today', attendees: 4, timezones: ['Asia/Tokyo', 'America/New_York'] },
  { ref: 'p5', purpose: 'kickoff', urgency: 'this-week', attendees: 40, timezones: ['Africa/Lagos', 'America/Sao_Paulo@08:00-16:00', 'Africa/Lagos'], new_relationship: true },
];

describe('batch output', () => {
  let ruleSet: RuleSet;
  beforeAll(async () => {
    ({ ruleSet } = await loadRuleSet(join(ROOT, 'rules')));
  });

  const expected = (need: Record<string, unknown>, line: number, explain: boolean): string => {
    const { ref, ...raw } = need;
    const checked = validateAnswers(raw, ruleSet.questions, { organizerZone: time.organizerZone });
    if ('problems' in checked) throw new Error(JSON.stringify(checked.problems));
    const advice = adviseAt(ruleSet, checked.answers, time, explain);
    return JSON.stringify({ line, ...(ref !== undefined ? { ref } : {}), ...orderedAdvice(advice) });
  };

  it.each([false, true])('writes each line as JSON.stringify would (explain: %s), the first time and from memory', (explain) => {
    const advisor = new BatchAdvisor({ ruleSet, time, explain });
    const text = needs.map((n) => `${JSON.stringify(n)}\n`).join('');
    for (const pass of [1, 2]) {
      const { bytes, bad } = advisor.advise(text, 1);
      expect(bad, `pass ${pass}`).toBe(0);
      const lines = bytes.toString('utf8').split('\n');
      expect(lines.pop()).toBe('');
      expect(lines).toEqual(needs.map((n, i) => expected(n, i + 1, explain)));
    }
  });
});
