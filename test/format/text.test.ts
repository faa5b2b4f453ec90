// Behaviour of the text output that a person relies on, beyond what the snapshots pin.
import { describe, expect, it } from 'vitest';
import { hoursText } from '../../src/format/schedule-text.js';
import { localWithDay } from '../../src/format/schedule-text.js';
import { formatText, wrap } from '../../src/format/text.js';
import { displayWidth, padColumns } from '../../src/text/width.js';
import {
  asyncAdvice,
  context,
  hybridNoWindowAdvice,
  singleZoneAdvice,
  syncAdvice,
  tracedAdvice,
} from './fixtures.js';

const text = (advice: Parameters<typeof formatText>[0]) => formatText(advice, context());
/** A section runs from its title to the next unindented line. */
function section(out: string, title: string): string {
  const lines = out.split('\n');
  const start = lines.indexOf(title);
  if (start < 0) return '';
  const end = lines.findIndex((l, i) => i > start && /^\S/.test(l));
  return lines.slice(start, end < 0 ? undefined : end).join('\n').trimEnd();
}

describe('formatText', () => {
  it('leads with the label and the outcome', () => {
    expect(text(asyncAdvice).split('\n')[0]).toBe('Handle it in writing  async');
  });

  it("gives the matched row's reason first under Why, and names the signal it did not follow", () => {
    const why = text(singleZoneAdvice).split('Why\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(why[0]).toBe(`  • ${singleZoneAdvice.reasons[0]!.text}`);
    expect(why.at(-1)).toBe('  • Not followed: what would lose its nuance in writing is usually better said live.');
  });

  it('names channels by their labels, best first', () => {
    expect(text(asyncAdvice)).toContain('Use   Direct message, Email');
  });

  it.each([
    [hybridNoWindowAdvice, 'meet for 50 minutes first, then follow up in writing'],
    [singleZoneAdvice, 'write first, then meet for 25 minutes'],
    [syncAdvice, 'meet for 25 minutes'],
  ])('states the plan: %#', (advice, plan) => {
    expect(text(advice)).toContain(`Plan  ${plan}`);
  });

  it('lists reasons in the order given (strongest first)', () => {
    const why = section(text(asyncAdvice), 'Why');
    expect(why.indexOf('quick question')).toBeLessThan(why.indexOf('Nobody shares'));
  });

  it('gives the reply-by time in every zone for async advice, and no slots', () => {
    const times = section(text(asyncAdvice), 'Time zones');
    expect(times).toMatch(/America\/New_York\s+Thu 19 Mar 12:00/);
    expect(times).toMatch(/Europe\/London\s+Thu 19 Mar 16:00/);
    expect(times).toMatch(/Asia\/Kolkata\s+Thu 19 Mar 21:30/);
    expect(times).not.toContain('Suggested slots');
  });

  it('offers slots in each zone for sync advice, with the first few shared windows', () => {
    const out = text(syncAdvice);
    expect(out).toContain('Shared working hours: 4 hours');
    const slots = section(out, '  Suggested slots (25 minutes)').split('\n');
    expect(slots[1]).toMatch(/^ +America\/New_York +Europe\/London$/);
    expect(slots.slice(2)).toEqual([
      '    1. Mon 16 Mar 09:00-09:25  Mon 16 Mar 13:00-13:25',
      '    2. Tue 17 Mar 09:00-09:25  Tue 17 Mar 13:00-13:25',
      '    3. Wed 18 Mar 09:00-09:25  Wed 18 Mar 13:00-13:25',
    ]);
    expect(out).toContain('(first 3 of 5)');
    expect(out).not.toContain('Reply by');
  });

  it('says who joins outside working hours when no window is shared', () => {
    const out = text(hybridNoWindowAdvice);
    expect(out).toContain('No shared working hours in the 7 days from 2026-03-16.');
    expect(out).toContain('1. Tue 17 Mar 08:30-09:20*  Tue 17 Mar 12:30-13:20  Tue 17 Mar 18:00-18:50*');
    expect(out).toContain('* outside working hours: America/New_York by 30 min, Asia/Kolkata by 1 h 50 min');
  });

  it('notes who is outside under each slot, or once when it is the same for every slot', () => {
    const perSlot = section(text(hybridNoWindowAdvice), '  Suggested slots (50 minutes)').split('\n');
    expect(perSlot.filter((l) => l.includes('* outside working hours'))).toEqual([
      '       * outside working hours: America/New_York by 30 min, Asia/Kolkata by 1 h 50 min',
      '       * outside working hours: Asia/Kolkata by 2 h 20 min',
    ]);
    const [first] = hybridNoWindowAdvice.schedule.suggestedSlots;
    const same = { ...hybridNoWindowAdvice, schedule: { ...hybridNoWindowAdvice.schedule, suggestedSlots: [first!, first!] } };
    const once = section(text(same), '  Suggested slots (50 minutes)').split('\n');
    expect(once.filter((l) => l.includes('* outside'))).toHaveLength(1);
    expect(once.at(-1)).toContain('* outside working hours');
  });

  it('falls back to one block per slot when a table would not fit 80 columns', () => {
    const zones = ['America/Argentina/Buenos_Aires', 'America/Indiana/Indianapolis', 'Australia/Lord_Howe'];
    const slot = hybridNoWindowAdvice.schedule.suggestedSlots[0]!;
    const wide = {
      ...hybridNoWindowAdvice,
      schedule: {
        ...hybridNoWindowAdvice.schedule,
        replyBy: null,
        participants: zones.map((zone) => ({ zone, hours: '09:00-17:00' })),
        suggestedSlots: [{ ...slot, local: Object.fromEntries(zones.map((z) => [z, 'Tue 09:00-09:50'])), outsideHours: [{ zone: zones[2]!, hours: 2 }] }],
      },
    };
    const out = text(wide);
    expect(out).toContain('    1. America/Argentina/Buenos_Aires  Tue 09:00-09:50\n');
    expect(out).toContain('       Australia/Lord_Howe             Tue 09:00-09:50  (2 hours outside working hours)');
    expect(section(out, '  Suggested slots (50 minutes)').split('\n')).toHaveLength(4);
  });

  it.each([
    ['a sync advice shows no reply-by', { ...syncAdvice, schedule: { ...syncAdvice.schedule, replyBy: asyncAdvice.schedule.replyBy } }, 'Reply by'],
    ['an async advice shows no slots', { ...asyncAdvice, schedule: { ...asyncAdvice.schedule, suggestedSlots: syncAdvice.schedule.suggestedSlots } }, 'Suggested slots'],
  ])('%s, even when the schedule holds one', (_name, advice, hidden) => {
    expect(text(advice)).not.toContain(hidden);
  });

  it('keeps a single-zone advice short: no zone details, but the reply-by', () => {
    const out = text(singleZoneAdvice);
    expect(out).not.toContain('Time zones');
    expect(out).not.toContain('Shared');
    expect(out).toContain('Reply by  Mon 16 Mar 17:00  (Europe/London)');
    expect(out).toContain('1. Tue 17 Mar 09:00-09:25');
  });

  it('ends with the checklist as boxes to tick', () => {
    expect(section(text(syncAdvice), 'Checklist').split('\n').slice(1)).toEqual([
      '  [ ] Share an agenda written as questions a day ahead.',
      '  [ ] Send the takeaways and owners in writing afterwards.',
    ]);
  });

  it('appends the explanation only when the advice carries a trace', () => {
    expect(text(tracedAdvice)).toContain('How the advice was decided (row 3 of the table matched)');
    expect(text(asyncAdvice)).not.toContain('How the advice was decided');
  });
});

describe('localWithDay', () => {
  const window = {
    start: '2026-03-16T21:00:00.000Z',
    end: '2026-03-17T00:00:00.000Z',
    local: { 'America/Los_Angeles': '14:00-17:00', 'Pacific/Auckland': '10:00-13:00', 'Europe/London': 'Mon 21:00-24:00' },
    // The schedule names each zone's day (core/time/schedule.ts); the text shows it with the hours.
    days: { 'America/Los_Angeles': 'Mon 16 Mar', 'Pacific/Auckland': 'Tue 17 Mar' },
  };

  it.each([
    ['America/Los_Angeles', 'Mon 16 Mar 14:00-17:00'],
    ['Pacific/Auckland', 'Tue 17 Mar 10:00-13:00'],
    ['Europe/London', 'Mon 21:00-24:00'],
    ['Asia/Tokyo', undefined],
  ])('names the local weekday of a bare window in %s', (zone, shown) => {
    expect(localWithDay(window, zone)).toBe(shown);
  });

  it('prefers the day the schedule names for the zone', () => {
    expect(localWithDay({ ...window, days: { 'Pacific/Auckland': 'Tue 17 Mar' } }, 'Pacific/Auckland')).toBe('Tue 17 Mar 10:00-13:00');
  });
});

describe('hoursText', () => {
  it.each([
    [4, '4 hours'],
    [1, '1 hour'],
    [0.5, '30 min'],
    [0.92, '55 min'],
    [1.83, '1 h 50 min'],
    [4.5, '4 h 30 min'],
  ])('%s hours reads "%s"', (hours, text) => {
    expect(hoursText(hours)).toBe(text);
  });
});

describe('wrap', () => {
  const item = '  [ ] Say when you need an answer, in each reader’s own time, and name who owns each request.';
  it('wraps at word boundaries and continues under the text', () => {
    expect(wrap(item, 6, 40).split('\n')).toEqual([
      '  [ ] Say when you need an answer, in',
      '      each reader’s own time, and name',
      '      who owns each request.',
    ]);
  });
  it('leaves a line alone without a width, or when it fits', () => {
    expect(wrap(item, 6)).toBe(item);
    expect(wrap(item, 6, 200)).toBe(item);
  });
  it('wraps the checklist and reasons of the text output to the terminal width', () => {
    const lines = formatText(asyncAdvice, { ...context(), width: 50 }).split('\n');
    const section = (title: string) => lines.slice(lines.indexOf(title) + 1, lines.indexOf('', lines.indexOf(title)));
    for (const title of ['Why', 'Checklist']) {
      expect(section(title).length).toBeGreaterThan(1);
      expect(section(title).filter((l) => l.length > 50)).toEqual([]);
    }
  });
});

describe('columns, in any script', () => {
  it('lines up the times under names written in CJK or with emoji, by display width', () => {
    const names = { 'America/New_York': '田中さん', 'Europe/London': 'Zoë 🎉', 'Asia/Kolkata': 'Priya' };
    const out = formatText(asyncAdvice, { ...context(), names });
    const rows = section(out, 'Time zones').split('\n').filter((l) => /\d\d:\d\d$/.test(l) && /田中|Zoë|Priya/.test(l));
    expect(rows).toHaveLength(3);
    const columnOfTime = rows.map((l) => displayWidth(l.slice(0, l.search(/(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d/))));
    expect(new Set(columnOfTime).size).toBe(1);
  });

  it('measures what a terminal shows: two columns for a wide character, none for a combining accent', () => {
    expect(displayWidth('東京')).toBe(4);
    expect(displayWidth('Zoe\u0308')).toBe(3);
    expect(padColumns('東京', 6)).toBe('東京  ');
  });
});
