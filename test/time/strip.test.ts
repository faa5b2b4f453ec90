// The strips as `ask` draws them: advice from the shipped rules (a brainstorm, so a live step),
// and the spans advise() worked out for it (advice.timeline).
import { beforeAll, describe, expect, it } from 'vitest';
import { advise } from '../../src/core/advise.js';
import type { RuleSet } from '../../src/core/types.js';
import { renderStrips } from '../../src/format/strip.js';
import { loadDefaults } from '../ruleset/helpers.js';
import { needOf } from '../world.js';
import { AUCKLAND, KOLKATA, LA, LONDON, NY, at } from './helpers.js';

let rules: RuleSet;
beforeAll(async () => {
  rules = await loadDefaults();
});

const adviceFor = (zones: string[], now: string, organizer: string) =>
  advise(rules, needOf({ purpose: 'brainstorm', urgency: 'today', attendees: 4, timezones: zones }, rules, at(now, organizer)));

const strips = (zones: string[], now: string, organizer: string, ascii = false) => renderStrips(adviceFor(zones, now, organizer).timeline!, { ascii });

describe('the timeline', () => {
  it('is no field of the advice: JSON and copies leave it out', () => {
    const advice = adviceFor([NY, LONDON], '2026-03-16T12:00:00Z', 'UTC');
    expect(advice.timeline?.people.map((p) => p.zone.name)).toEqual([NY, LONDON]);
    expect(JSON.stringify(advice)).not.toContain('timeline');
    expect(Object.keys(advice)).not.toContain('timeline');
  });
});

describe('renderStrips', () => {
  it('shows New York and London sharing four hours on the organizer’s day', () => {
    expect(strips([NY, LONDON], '2026-03-16T12:00:00Z', 'UTC')).toEqual([
      '         Mon 16 Mar UTC 00    06    12    18',
      'America/New_York  20:00 ··░░░░░░░░░··████▓▓▓▓···',
      'Europe/London     00:00 ░░░░░░░··▓▓▓▓████·····░░',
      '                        █ shared  ▓ working  · off  ░ quiet 22:00-07:00',
    ]);
  });

  it('has an ASCII form', () => {
    const lines = strips([NY, LONDON], '2026-03-16T12:00:00Z', 'UTC', true);
    expect(lines[1]).toBe('America/New_York  20:00 --.........--####====---');
    expect(lines.join('\n')).toMatch(/^[\x20-\x7e\n]*$/);
  });

  it('rounds a half-hour zone to the hours it mostly covers, with no shared column', () => {
    const lines = strips([NY, LONDON, KOLKATA], '2026-03-16T12:00:00Z', 'UTC');
    expect(lines[3]).toBe('Asia/Kolkata      05:30 ░··▓▓▓▓▓▓▓▓·····░░░░░░░░');
    expect(lines.slice(1, 4).join('')).not.toContain('█');
  });

  it('keeps a window whole when it crosses the organizer’s midnight', () => {
    // Auckland 09:00-13:00 = LA 13:00-17:00 = Athens 22:00-02:00, seen from Athens.
    const lines = strips([AUCKLAND, LA], '2026-03-16T12:00:00Z', 'Europe/Athens');
    const shared = lines.slice(1, 3).map((row) => row.split(' ').at(-1)!.replace(/[^█]/g, '').length);
    expect(shared).toEqual([4, 4]);
  });

  it('labels two rows of one zone with their hours', () => {
    const lines = strips([`${LA}@08:00-16:00`, LA], '2026-03-16T12:00:00Z', LA);
    expect(lines[1]).toMatch(/^America\/Los_Angeles@08:00-16:00 +00:00 ░{7}·▓███████·/);
    expect(lines[2]).toMatch(/^America\/Los_Angeles@09:00-17:00 +00:00 ░{7}··███████▓·/);
  });

  it('shows a participant\'s weekend as off, in their own zone', () => {
    // Friday in UTC; from 11:00 UTC it is Saturday in Auckland, whose morning is not a working one.
    const lines = strips(['Asia/Tokyo', AUCKLAND], '2026-03-20T00:30:00Z', 'UTC');
    expect(lines[0]).toContain('Fri 20 Mar UTC');
    expect(lines[2]).toBe('Pacific/Auckland  13:00 ████·····░░░░░░░░░······'); // 09:00-13:00 Saturday: off
  });

  it('aligns every strip and the hour ticks in one column', () => {
    const lines = strips([AUCKLAND, LA, LONDON], '2026-03-16T12:00:00Z', 'America/Los_Angeles');
    const column = lines[0]!.indexOf('00');
    for (const row of lines.slice(1, 4)) expect(row.length - 24).toBe(column);
  });
});
