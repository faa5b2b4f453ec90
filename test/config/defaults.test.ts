import { describe, expect, it } from 'vitest';
import { chooseDefaults, defaultsText } from '../../src/config/defaults.js';
import { configPath } from '../../src/config/paths.js';
import { UserError } from '../../src/errors.js';
import { world } from '../world.js';

const builtIn = {
  zone: { value: 'UTC', from: 'built-in (the system zone)' },
  workingHours: { value: '09:00-17:00', from: "built-in (the rule set's settings)" },
  format: { value: 'text', from: 'built-in' },
};
const team = { file: '.commtriage/people.yaml', settings: { zone: 'Asia/Tokyo', workingHours: '10:00-18:00', format: 'markdown' } };
const personal = { file: '~/.config/commtriage/config.yaml', settings: { zone: 'Europe/Paris', workingHours: '08:00-16:00', format: 'json' } };
const env = { COMMTRIAGE_ZONE: 'America/New_York', COMMTRIAGE_WORKING_HOURS: '07:00-15:00', COMMTRIAGE_FORMAT: 'json' };
const flags = { zone: 'Europe/Berlin', workingHours: '11:00-19:00', format: 'text' };

describe('where each default comes from', () => {
  it.each([
    ['a flag beats everything', { flags, env, team, personal }, 'Europe/Berlin', '--zone'],
    ['then the environment', { flags: {}, env, team, personal }, 'America/New_York', 'COMMTRIAGE_ZONE'],
    ["then the team's file", { flags: {}, env: {}, team, personal }, 'Asia/Tokyo', '.commtriage/people.yaml'],
    ['then the personal file', { flags: {}, env: {}, personal }, 'Europe/Paris', '~/.config/commtriage/config.yaml'],
    ['then the built-in value', { flags: {}, env: {} }, 'UTC', 'built-in (the system zone)'],
  ])('%s', (_, sources, zone, from) => {
    expect(chooseDefaults({ ...sources, builtIn, world }).zone).toEqual({ value: zone, from });
  });

  it('chooses each key on its own', () => {
    const chosen = chooseDefaults({ flags: { format: 'markdown' }, env: { COMMTRIAGE_WORKING_HOURS: '7:00-15:00' }, personal, builtIn, world });
    expect(chosen).toEqual({
      zone: { value: 'Europe/Paris', from: personal.file },
      workingHours: { value: '07:00-15:00', from: 'COMMTRIAGE_WORKING_HOURS' },
      format: { value: 'markdown', from: '--format' },
    });
    expect(defaultsText(chosen)).toMatch(/^Defaults:\n {2}zone +Europe\/Paris +from ~\/.config/);
  });

  it('refuses every bad environment value at once, naming the variable', () => {
    const run = () => chooseDefaults({ flags: {}, env: { COMMTRIAGE_ZONE: 'Mars/Olympus', COMMTRIAGE_FORMAT: 'html' }, builtIn, world });
    expect(run).toThrow(UserError);
    try {
      run();
    } catch (error) {
      expect((error as UserError).problems.map((p) => p.where)).toEqual(['COMMTRIAGE_ZONE', 'COMMTRIAGE_FORMAT']);
    }
  });
});

describe('the config file path', () => {
  it.each([
    ['linux', { HOME: '/home/a' }, '/home/a/.config/commtriage/config.yaml'],
    ['linux', { HOME: '/home/a', XDG_CONFIG_HOME: '/x' }, '/x/commtriage/config.yaml'],
    ['darwin', { HOME: '/Users/a' }, '/Users/a/Library/Preferences/commtriage/config.yaml'],
    ['linux', { HOME: '/home/a', COMMTRIAGE_CONFIG: '/tmp/c.yaml' }, '/tmp/c.yaml'],
  ])('%s %j', (platform, env, path) => {
    expect(configPath(env, platform)).toBe(path);
  });
});
