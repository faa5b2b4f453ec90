// One setting's value checked, wherever it comes from: a file, `config set`, an environment
// variable. Kept apart from the file parser so that checking a variable never loads YAML.
import type { Problem } from '../errors.js';
import { checkZone, parseHoursRange } from '../core/time/zones.js';
import { FORMAT_NAMES } from '../core/format-names.js';
import type { World } from '../zone-data/world.js';

/** The settings a config file (or a team file) may give; each also has a flag and a variable. */
export interface Settings {
  zone?: string;
  workingHours?: string;
  format?: string;
  /** Your own name in the roster: `--with` does not count you twice when a team includes you. */
  me?: string;
}

export const SETTING_KEYS = ['zone', 'workingHours', 'format', 'me'] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** One setting's value checked (for files, `config set` and environment variables). */
export function checkSetting(key: keyof Settings, value: string, world: World, where: string = key): { value: string } | { problem: Problem } {
  switch (key) {
    case 'zone': {
      const zone = checkZone(value, world, where);
      return 'problem' in zone ? zone : { value: zone.zone };
    }
    case 'workingHours': {
      const hours = parseHoursRange(value, where);
      return 'problem' in hours ? hours : { value: hours.text };
    }
    case 'format':
      return (FORMAT_NAMES as readonly string[]).includes(value) ? { value } : { problem: { where, message: `"${value}" is not a format.`, hint: hintFor('format') } };
    case 'me':
      return /[,@]/.test(value) ? { problem: { where, message: `"${value}" cannot be a name (it has "," or "@").`, hint: hintFor('me') } } : { value };
  }
}

export function hintFor(key: keyof Settings): string {
  return {
    zone: 'Give an IANA zone or a city, e.g. zone: Europe/London or zone: London.',
    workingHours: 'Give HH:mm-HH:mm, start before end, e.g. workingHours: 09:00-17:00.',
    format: `Give one of: ${FORMAT_NAMES.join(', ')}.`,
    me: 'Give your own name as the roster writes it, e.g. me: Sam.',
  }[key];
}

