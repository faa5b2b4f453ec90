import { describe, expect, it } from 'vitest';
import { renderStrips } from '../../src/format/strip.js';
import { buildSchedule, AUCKLAND, KOLKATA, LA, LONDON, NY, at, settings } from './helpers.js';

const strips = (zones: string[], now: string, organizer: string, ascii = false) =>
  renderStrips(buildSchedule(zones, at(now, organizer), settings, { outcome: 'sync', urgency: 'today', meetingMinutes: 25 }), { ascii });

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

  it('aligns every strip and the hour ticks in one column', () => {
    const lines = strips([AUCKLAND, LA, LONDON], '2026-03-16T12:00:00Z', 'America/Los_Angeles');
    const column = lines[0]!.indexOf('00');
    for (const row of lines.slice(1, 4)) expect(row.length - 24).toBe(column);
  });
});
