// Shared inputs for the time tests: the default settings of the shipped rule set.
import type { Settings } from '../../src/core/types.js';
import type { TimeContext } from '../../src/core/time/types.js';

export const settings: Settings = {
  meetingMinutes: 25,
  workingHours: '09:00-17:00',
  quietHours: '22:00-07:00',
  replyBy: { immediate: 'PT1H', today: 'PT3H', 'this-week': 'P2D', whenever: 'P5D' },
};

export const at = (now: string, organizerZone = 'UTC', workingHours?: string): TimeContext => ({
  now,
  organizerZone,
  ...(workingHours ? { workingHours } : {}),
});

export const NY = 'America/New_York';
export const LONDON = 'Europe/London';
export const KOLKATA = 'Asia/Kolkata';
export const AUCKLAND = 'Pacific/Auckland';
export const LA = 'America/Los_Angeles';
export const TOKYO = 'Asia/Tokyo';
