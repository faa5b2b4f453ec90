// Plans as steps, as a person reads them: the shipped rules and the product's own advise(), colour
// off, one file per case. Each case is a situation issue 18 names, at a fixed moment.
import { beforeAll, describe, expect, it } from 'vitest';
import { needOf } from '../world.js';
import { advise } from '../../src/core/advise.js';
import type { Advice } from '../../src/core/advice.js';
import type { RuleSet } from '../../src/core/types.js';
import { formatMarkdown } from '../../src/format/markdown.js';
import type { RenderContext } from '../../src/format/registry.js';
import { formatText } from '../../src/format/text.js';
import { loadDefaults } from '../ruleset/helpers.js';

let rules: RuleSet;
beforeAll(async () => {
  rules = await loadDefaults();
});

const CASES: [name: string, answers: Record<string, unknown>, now: string, zone: string][] = [
  ['steps-hard-news', { purpose: 'announce', urgency: 'this-week', attendees: 6, informed: 34, sensitive: true, timezones: ['Europe/Berlin', 'Asia/Kolkata', 'America/New_York'] }, '2026-03-16T10:00:00+01:00', 'Europe/Berlin'],
  ['steps-all-hands', { purpose: 'announce', urgency: 'this-week', attendees: 4, informed: 146, timezones: ['America/Los_Angeles', 'Europe/London', 'Asia/Kolkata', 'Australia/Sydney'] }, '2026-03-16T09:00:00Z', 'Europe/London'],
  ['steps-incident-at-night', { purpose: 'incident', urgency: 'immediate', attendees: 4, timezones: ['America/Los_Angeles', 'Europe/Berlin', 'Asia/Singapore'] }, '2026-03-16T23:30:00-07:00', 'America/Los_Angeles'],
  ['steps-question-after-hours', { purpose: 'quick-question', urgency: 'immediate', attendees: 2, timezones: ['Europe/Berlin', 'Asia/Tokyo'] }, '2026-03-16T15:00:00+01:00', 'Europe/Berlin'],
];

function adviceFor(answers: Record<string, unknown>, now: string, organizerZone: string): Advice {
  return advise(rules, needOf(answers, rules, { now, organizerZone }));
}

const contextOf = (ruleSet: RuleSet): RenderContext => ({
  color: false,
  channelLabels: Object.fromEntries(ruleSet.channels.map((c) => [c.id, c.label])),
});

describe('plans as steps, as text and markdown (colour off)', () => {
  it.each(CASES)('%s', async (name, answers, now, zone) => {
    const advice = adviceFor(answers, now, zone);
    await expect(formatText(advice, contextOf(rules))).toMatchFileSnapshot(`./__snapshots__/${name}.txt`);
    await expect(formatMarkdown(advice, contextOf(rules))).toMatchFileSnapshot(`./__snapshots__/${name}.md`);
  });
});
