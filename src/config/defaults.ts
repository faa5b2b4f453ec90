// Where each default comes from, first that gives it: a flag, an environment variable, the team's
// file (.commtriage/people.yaml), the personal config file, then the built-in value. Pure.
import type { Problem } from '../errors.js';
import { UserError } from '../errors.js';
import { checkSetting } from './check.js';
import type { Settings } from './check.js';
import type { World } from '../zone-data/world.js';

export type DefaultKey = 'zone' | 'workingHours' | 'format';
export const DEFAULT_KEYS: readonly DefaultKey[] = ['zone', 'workingHours', 'format'];

export const ENV_NAMES: Record<DefaultKey, string> = {
  zone: 'COMMTRIAGE_ZONE',
  workingHours: 'COMMTRIAGE_WORKING_HOURS',
  format: 'COMMTRIAGE_FORMAT',
};
export const FLAG_NAMES: Record<DefaultKey, string> = { zone: '--zone', workingHours: '--working-hours', format: '--format' };

export interface Chosen {
  value: string;
  /** "--zone", "COMMTRIAGE_ZONE", a file's path, or "built-in (...)". */
  from: string;
}

export interface DefaultSources {
  flags: Partial<Record<DefaultKey, string>>;
  env: Record<string, string | undefined>;
  team?: { file: string; settings: Settings };
  personal?: { file: string; settings: Settings };
  builtIn: Record<DefaultKey, Chosen>;
  world: World;
}

/**
 * Each default and where it came from. Flags are passed on as given (the command checks them);
 * environment values are checked here, every bad one at once.
 */
export function chooseDefaults(sources: DefaultSources): Record<DefaultKey, Chosen> {
  const problems: Problem[] = [];
  const chosen = {} as Record<DefaultKey, Chosen>;
  for (const key of DEFAULT_KEYS) {
    const flag = sources.flags[key];
    const env = sources.env[ENV_NAMES[key]];
    if (flag !== undefined) chosen[key] = { value: flag, from: FLAG_NAMES[key] };
    else if (env !== undefined && env !== '') {
      const checked = checkSetting(key, env, sources.world, ENV_NAMES[key]);
      if ('problem' in checked) problems.push(checked.problem);
      else chosen[key] = { value: checked.value, from: ENV_NAMES[key] };
    } else if (sources.team?.settings[key] !== undefined) chosen[key] = { value: sources.team.settings[key]!, from: sources.team.file };
    else if (sources.personal?.settings[key] !== undefined) chosen[key] = { value: sources.personal.settings[key]!, from: sources.personal.file };
    else chosen[key] = sources.builtIn[key];
  }
  if (problems.length > 0) throw new UserError(problems);
  return chosen;
}

/** The "Defaults:" block `ask --explain` writes to standard error. */
export function defaultsText(chosen: Record<DefaultKey, Chosen>): string {
  const width = Math.max(...DEFAULT_KEYS.map((k) => k.length));
  const valueWidth = Math.max(...DEFAULT_KEYS.map((k) => chosen[k].value.length));
  return `Defaults:\n${DEFAULT_KEYS.map((k) => `  ${k.padEnd(width)}  ${chosen[k].value.padEnd(valueWidth)}  from ${chosen[k].from}`).join('\n')}\n`;
}
