// The checklist's "say when you need an answer" line names each reader's deadline in their own
// zone; the asker's own zone is left out when nobody else is in it (a second time in the asker's
// clock would read as a second deadline), and kept when others may be there.
import { beforeAll, describe, expect, it } from 'vitest';
import { advise } from '../../src/core/advise.js';
import type { RuleSet } from '../../src/core/types.js';
import { loadDefaults } from '../ruleset/helpers.js';
import { needOf } from '../world.js';

let rules: RuleSet;
beforeAll(async () => {
  rules = await loadDefaults();
});

const when = { now: '2026-03-01T19:45:00Z', organizerZone: 'Pacific/Auckland' }; // Mon 08:45 in Auckland, Sun 11:45 in San Francisco
const askLine = (attendees: number): string => {
  const advice = advise(rules, needOf({ purpose: 'quick-question', urgency: 'today', attendees, timezones: ['Pacific/Auckland', 'America/Los_Angeles'] }, rules, when));
  const line = advice.steps.flatMap((s) => s.checklist).find((c) => c.text.includes("each reader's own time"));
  expect(line).toBeDefined();
  return line!.text;
};

describe("the asker's own zone in the reply-by line", () => {
  it('is left out when the asker is alone in it: the reader sees one deadline, on their Monday', () => {
    const text = askLine(2);
    expect(text).not.toContain('Pacific/Auckland');
    expect(text).toMatch(/Mon 2 Mar \d{2}:\d{2} America\/Los_Angeles/);
  });

  it('stays when more people than zones may put readers in it', () => {
    expect(askLine(5)).toContain('Pacific/Auckland');
  });
});
