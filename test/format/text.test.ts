// Behaviour of the text output that a person relies on, beyond what the snapshots pin.
import { describe, expect, it } from 'vitest';
import { hoursText } from '../../src/format/schedule-text.js';
import { localWithDay } from '../../src/format/schedule-text.js';
import { formatText, wrap } from '../../src/format/text.js';
import { displayWidth, padColumns } from '../../src/text/width.js';
import {
  asyncAdvice,
  channelLabels,
  context,
  hybridNoWindowAdvice,
  rotatingAdvice,
  singleZoneAdvice,
  syncAdvice,
  tracedAdvice,
  wideAdvice,
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
    expect(text(asyncAdvice).split('\n')[0]).toBe(`${asyncAdvice.label}  async`);
    expect(text(hybridNoWindowAdvice).split('\n')[0]).toBe(`${hybridNoWindowAdvice.label}  hybrid`);
  });

  it("gives the matched row's reason first under Why, and names the signal it did not follow", () => {
    const why = section(text(singleZoneAdvice), 'Why').split('\n');
    expect(singleZoneAdvice.reasons[0]!.rule).toBe(singleZoneAdvice.row);
    expect(why[1]).toBe(`  • ${singleZoneAdvice.reasons[0]!.text}`);
    expect(why.at(-1)).toBe(`  • Not followed: ${singleZoneAdvice.overridden![0]!.text}.`);
  });

  it('names each step\'s channels by their labels, best first', () => {
    const [step] = asyncAdvice.steps;
    expect(text(asyncAdvice)).toContain(`for everyone · ${step!.channels.map((id) => channelLabels[id]).join(' or ')} · within 2 working days`);
  });

  it.each([
    [hybridNoWindowAdvice, ['written · for those who contribute', 'live · 50 min · for those who contribute', 'written · for those who contribute']],
    [singleZoneAdvice, ['written · for everyone']],
    [syncAdvice, ['live · 50 min · for those who contribute']],
  ])('states the plan as numbered steps, each with its kind and length: %#', (advice, lines) => {
    const steps = section(text(advice), advice.steps.length === 1 ? 'Step' : 'Steps');
    advice.steps.forEach((step, i) => expect(steps).toContain(`  ${i + 1}. ${step.label}\n     ${lines[i]}`));
  });

  it('lists reasons in the order given (strongest first)', () => {
    const why = section(text(asyncAdvice), 'Why');
    const at = asyncAdvice.reasons.map((r) => why.indexOf(r.text));
    expect(at.every((x) => x > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('gives a written step its reply-by in every zone, and no slots', () => {
    const step = section(text(asyncAdvice), 'Step');
    expect(step).toMatch(/America\/New_York +Tue 17 Mar 17:00/);
    expect(step).toMatch(/Europe\/London +Tue 17 Mar 17:00/);
    expect(step).toMatch(/Asia\/Kolkata +Wed 18 Mar 17:00/);
    expect(step).not.toContain('Slots');
  });

  it('offers slots in each zone for a live step, with the first few shared windows', () => {
    const out = text(syncAdvice);
    expect(out).toContain('Shared working hours: 4 hours');
    const windows = section(out, '  Shared windows  (first 3 of 5)').split('\n');
    expect(windows[1]).toMatch(/^ +America\/New_York +Europe\/London$/);
    expect(windows.slice(2)).toEqual([
      '    1. Mon 16 Mar 09:00-13:00  Mon 16 Mar 13:00-17:00',
      '    2. Tue 17 Mar 09:00-13:00  Tue 17 Mar 13:00-17:00',
      '    3. Wed 18 Mar 09:00-13:00  Wed 18 Mar 13:00-17:00',
    ]);
    const slots = section(out, 'Step').split('\n');
    const at = slots.indexOf('     Slots');
    expect(slots[at + 1]).toMatch(/^ +America\/New_York +Europe\/London$/);
    expect(slots.slice(at + 2, at + 5)).toEqual([
      '       1. Tue 17 Mar 09:00-09:50  Tue 17 Mar 13:00-13:50',
      '       2. Wed 18 Mar 09:00-09:50  Wed 18 Mar 13:00-13:50',
      '       3. Thu 19 Mar 09:00-09:50  Thu 19 Mar 13:00-13:50',
    ]);
    expect(out).not.toContain('Due by');
  });

  it('says who joins outside working hours when no window is shared', () => {
    const out = text(hybridNoWindowAdvice);
    expect(out).toContain('No shared working hours in the 7 days from 2026-03-16.');
    expect(out).toContain('1. Wed 18 Mar 07:45-08:35*  Wed 18 Mar 11:45-12:35  Wed 18 Mar 17:15-18:05*');
    expect(out).toContain('* outside working hours: America/New_York by 1 h 15 min, Asia/Kolkata by 1 h 5 min');
  });

  it('notes who is outside under each slot, or once when it is the same for every slot', () => {
    const perSlot = section(text(rotatingAdvice), 'Steps').split('\n');
    expect(perSlot.filter((l) => l.includes('* outside working hours'))).toEqual([
      '          * outside working hours: Asia/Kolkata by 1 h 55 min',
      '          * outside working hours: America/New_York by 1 hour, Asia/Kolkata by 55 min',
      '          * outside working hours: America/New_York by 2 hours',
    ]);
    const once = section(text(hybridNoWindowAdvice), 'Steps').split('\n');
    const notes = once.filter((l) => l.includes('* outside'));
    expect(notes).toHaveLength(1);
    expect(once.indexOf(notes[0]!)).toBe(once.findIndex((l) => l.startsWith('       3. ')) + 1);
  });

  it('falls back to one block per slot when a table would not fit 80 columns', () => {
    const steps = section(text(wideAdvice), 'Steps');
    expect(steps).toMatch(/\n {7}1\. America\/Argentina\/Buenos_Aires  \w{3} \d\d \w{3} \d\d:\d\d-\d\d:\d\d/);
    expect(steps).toMatch(/\n {10}Australia\/Lord_Howe {13}\w{3} \d\d \w{3} \d\d:\d\d-\d\d:\d\d {2}\(.+ outside working hours\)/);
    expect(steps.split('\n').filter((l) => /^ {7}\d\. /.test(l))).toHaveLength(3);
  });

  it('shows a written step no slots and a live step no reply-by', () => {
    const steps = section(text(hybridNoWindowAdvice), 'Steps').split('\n\n');
    expect(steps.map((s) => [s.includes('Due by'), s.includes('Slots')])).toEqual([
      [true, false],
      [false, true],
      [true, false],
    ]);
  });

  it('keeps a single-zone advice short: no zone details, but the reply-by', () => {
    const out = text(singleZoneAdvice);
    expect(out).not.toContain('Time zones');
    expect(out).not.toContain('Shared');
    expect(out).toContain('     Due by  Mon 16 Mar 13:00\n');
  });

  it('ends each step with its checklist as boxes to tick', () => {
    const step = section(text(syncAdvice), 'Step').split('\n');
    expect(step.filter((l) => l.startsWith('     [ ] '))).toEqual(syncAdvice.steps[0]!.checklist.map((item) => `     [ ] ${item.text}`));
    expect(step.at(-1)).toBe(`     [ ] ${syncAdvice.steps[0]!.checklist.at(-1)!.text}`);
  });

  it('appends the explanation only when the advice carries a trace', () => {
    expect(text(tracedAdvice)).toMatch(/How the advice was decided \(row \d+ of the table matched\)/);
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
    for (const title of ['Why', 'Step']) {
      expect(section(title).length).toBeGreaterThan(1);
      expect(section(title).filter((l) => l.length > 50)).toEqual([]);
    }
  });
});

describe('columns, in any script', () => {
  it('lines up the times under names written in CJK or with emoji, by display width', () => {
    const names = { 'America/New_York': '田中さん', 'Europe/London': 'Zoë 🎉', 'Asia/Kolkata': 'Priya' };
    const out = formatText(asyncAdvice, { ...context(), names });
    const rows = section(out, 'Step').split('\n').filter((l) => /\d\d:\d\d$/.test(l) && /田中|Zoë|Priya/.test(l));
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
