// People's own days (a roster's weekend and days off): the schedule keeps them free, and the
// advice says what moved because of them, in the person's own time, in text, Markdown and JSON.
import { beforeAll, describe, expect, it } from 'vitest';
import { advise } from '../../src/core/advise.js';
import type { Advice } from '../../src/core/advice.js';
import type { RuleSet } from '../../src/core/types.js';
import { readNeed } from '../../src/answers/need.js';
import { formatText } from '../../src/format/text.js';
import { formatMarkdown } from '../../src/format/markdown.js';
import { loadDefaults } from '../ruleset/helpers.js';
import { contextFor } from '../world.js';

let rules: RuleSet;
beforeAll(async () => {
  rules = await loadDefaults();
});

/** `ask --with` as need.ts reads it: the roster's days by each person's `timezones` entry. */
function adviceWith(answers: Record<string, unknown>, now: string, days: { datesOff?: [string, string[]][]; weekends?: [string, number[]][] }): Advice {
  const ctx = { ...contextFor({ now, organizerZone: 'Europe/London' }, rules.settings), datesOff: new Map(days.datesOff ?? []), weekends: new Map(days.weekends ?? []) };
  const read = readNeed(answers, rules, ctx);
  if ('problems' in read) throw new Error(JSON.stringify(read.problems));
  return advise(rules, read.need);
}

const names = { 'Europe/London': 'you', 'Asia/Kolkata': 'Priya' };
const ctx = { color: false, channelLabels: {}, names };

describe("a reader's day off", () => {
  // Wednesday morning in London, two working days to reply: Priya's second working day would be Friday.
  const answers = { purpose: 'decision', urgency: 'this-week', attendees: 2, timezones: ['Europe/London', 'Asia/Kolkata'] };
  const now = '2026-12-09T09:00:00Z';

  it('moves her reply-by past it, and the advice says so in her time', () => {
    const usual = adviceWith(answers, now, {});
    const off = adviceWith(answers, now, { datesOff: [['Asia/Kolkata', ['2026-12-10']]] });
    const [before, after] = [usual.steps[0]!.replyBy!.local['Asia/Kolkata']!, off.steps[0]!.replyBy!.local['Asia/Kolkata']!];
    expect(after).not.toBe(before);
    expect(off.steps[0]!.ownDays).toEqual([{ zone: 'Asia/Kolkata', what: 'reply-by', days: ['Thu 10 Dec'], from: before, to: after }]);
    expect(formatText(off, ctx)).toContain(`Priya is off on Thu 10 Dec; their reply-by moves from ${before} to ${after} (their time).`);
    expect(formatMarkdown(off, ctx)).toContain(`> Priya is off on Thu 10 Dec; their reply-by moves`);
    expect(usual.steps[0]!.ownDays).toBeUndefined();
  });

  it('says nothing when the day off does not fall in her window', () => {
    const off = adviceWith(answers, now, { datesOff: [['Asia/Kolkata', ['2026-12-24']]] });
    expect(off.steps[0]!.ownDays).toBeUndefined();
  });
});

describe('a meeting moved by a day off', () => {
  const answers = { purpose: 'work-together', urgency: 'this-week', attendees: 2, timezones: ['Europe/London', 'Asia/Kolkata'] };
  const now = '2026-12-07T12:00:00Z';

  it('names whose day moved it, from when to when', () => {
    const usual = adviceWith(answers, now, {});
    const first = usual.steps[0]!.slots![0]!;
    const day = new Date(Date.parse(first.start) + 5.5 * 3_600_000).toISOString().slice(0, 10); // her date of the usual slot
    const off = adviceWith(answers, now, { datesOff: [['Asia/Kolkata', [day]]] });
    const moved = off.steps[0]!.slots![0]!;
    expect(moved.start).not.toBe(first.start);
    const note = off.steps[0]!.ownDays![0]!;
    expect(note).toMatchObject({ zone: 'Asia/Kolkata', what: 'meeting' });
    expect(first.local['Asia/Kolkata']!.startsWith(note.from)).toBe(true);
    expect(moved.local['Asia/Kolkata']!.startsWith(note.to)).toBe(true);
    expect(formatText(off, ctx)).toContain(`Priya is off on ${note.days[0]}; the meeting moves from ${note.from} to ${note.to} (their time).`);
  });

  it('counts a weekend of her own (Friday and Saturday) the same way', () => {
    const friday = '2026-12-10T12:00:00Z'; // Thursday noon London: the next slot would be Friday
    const usual = adviceWith(answers, friday, {});
    expect(usual.steps[0]!.slots![0]!.local['Asia/Kolkata']).toMatch(/^Fri 11 Dec/);
    const weekend = adviceWith(answers, friday, { weekends: [['Asia/Kolkata', [5, 6]]] });
    expect(weekend.steps[0]!.slots![0]!.local['Asia/Kolkata']).not.toMatch(/^(Fri|Sat) /);
    expect(weekend.steps[0]!.ownDays).toEqual([expect.objectContaining({ zone: 'Asia/Kolkata', what: 'meeting', days: ['Fri 11 Dec'] })]);
  });
});
