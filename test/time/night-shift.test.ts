// Own hours that cross midnight (a night shift, Zone@22:00-07:00): each reader's reply-by and each
// meeting fall inside the shift, and a day shift in the same zone keeps its own deadline.
import { beforeAll, describe, expect, it } from 'vitest';
import { advise } from '../../src/core/advise.js';
import type { RuleSet } from '../../src/core/types.js';
import { loadDefaults } from '../ruleset/helpers.js';
import { needOf } from '../world.js';

let rules: RuleSet;
beforeAll(async () => {
  rules = await loadDefaults();
});

const when = { now: '2026-03-04T10:00:00Z', organizerZone: 'Europe/Dublin' };
/** Minutes after midnight of the last "HH:mm" in a label such as "Fri 6 Mar 07:00". */
const minutesOf = (text: string, which: 'first' | 'last' = 'last'): number => {
  const all = [...text.matchAll(/(\d{2}):(\d{2})/g)];
  const m = which === 'first' ? all[0]! : all.at(-1)!;
  return Number(m[1]) * 60 + Number(m[2]);
};
const inNightShift = (minutes: number): boolean => minutes >= 22 * 60 || minutes <= 7 * 60;

describe('a night shift (own hours across midnight)', () => {
  it('is accepted, and its reply-by falls at the end of a shift, not in the afternoon', () => {
    const advice = advise(rules, needOf({ purpose: 'quick-question', urgency: 'this-week', attendees: 2, timezones: ['Europe/Dublin', 'Asia/Manila@22:00-07:00'] }, rules, when));
    const manila = advice.steps[0]!.replyBy!.local['Asia/Manila']!;
    expect(inNightShift(minutesOf(manila))).toBe(true);
    expect(manila).not.toMatch(/17:00/);
  });

  it('keeps a day shift and a night shift in one zone apart, each with its own deadline', () => {
    const advice = advise(rules, needOf({ purpose: 'announce', urgency: 'this-week', attendees: 40, acknowledge: true, timezones: ['Europe/Dublin', 'Asia/Manila', 'Asia/Manila@22:00-07:00'] }, rules, when));
    const replyBy = advice.steps[0]!.replyBy!;
    const shifts = replyBy.byHours!['Asia/Manila']!;
    expect(Object.keys(shifts)).toEqual(['09:00-17:00', '22:00-07:00']);
    expect(inNightShift(minutesOf(shifts['22:00-07:00']!))).toBe(true);
    expect(minutesOf(shifts['09:00-17:00']!)).toBe(17 * 60);
    // `local` keeps one time a zone (the JSON contract): the later of the two.
    expect(replyBy.local['Asia/Manila']).toBe(shifts['09:00-17:00']);
    // The checklist line a person copies names both.
    const line = advice.steps[0]!.checklist.find((c) => c.text.includes('Asia/Manila'))!.text;
    expect(line).toContain(`${shifts['09:00-17:00']} (hours 09:00-17:00) / ${shifts['22:00-07:00']} (hours 22:00-07:00) Asia/Manila`);
  });

  it('meets a US day team inside the night shift, with nobody outside their hours', () => {
    const advice = advise(rules, needOf({ purpose: 'brainstorm', urgency: 'this-week', attendees: 2, timezones: ['Asia/Manila@22:00-07:00', 'America/Chicago'] }, rules, when));
    const live = advice.steps.find((s) => s.kind === 'live')!;
    const slot = live.slots![0]!;
    expect(slot.outsideHours ?? []).toEqual([]);
    expect(inNightShift(minutesOf(slot.local['Asia/Manila']!, 'first'))).toBe(true);
    expect(advice.facts.overlap_hours).toBeGreaterThan(0);
  });
});
