// The thin edge of the roster: reads the team file and the personal config file. The team file
// is `people.yaml` in the rule set's directory, which the caller finds (app/rules-source.ts:
// --rules, COMMTRIAGE_RULES, .commtriage/ here or above); the rule loader skips that name.
import { dirname, join } from 'node:path';
import type { World } from '../zone-data/world.js';
import { readGuarded } from '../files/read-guarded.js';
import { textLimitProblem } from '../rules/limits.js';
import { UserError } from '../errors.js';
import { configPath } from '../config/paths.js';
import { displayPath } from '../text/place.js';
import { parseRosterText } from './parse.js';
import { type Roster, type RosterFile, mergeRosters, nameKey } from './types.js';

export const TEAM_FILE = 'people.yaml';
/** A roster is a short list; anything bigger is the wrong file. */
export const MAX_ROSTER_BYTES = 256 * 1024;

/** What reading a roster needs of the run (the edge's Context has it). */
export interface RosterContext {
  env: Record<string, string | undefined>;
  cwd: string;
  world: World;
}

export interface RosterFiles {
  team?: RosterFile;
  personal?: RosterFile;
  /** Where each would be, found or not (for `people` and `config`). */
  teamPath?: string;
  personalPath: string;
  roster: Roster;
}

/**
 * Both files read and checked; a bad file is exit 2 with every problem at file:line:col.
 * `teamDir`: the rule set's directory, when one (not the built-in set) is in use.
 */
export function loadRosters(ctx: RosterContext, teamDir: string | undefined): RosterFiles {
  const teamPath = teamDir === undefined ? undefined : join(teamDir, TEAM_FILE);
  const personalPath = configPath(ctx.env);
  const team = teamPath ? readRoster(ctx, teamPath) : undefined;
  const known = new Set(team ? [...team.people.map((p) => nameKey(p.name)), ...team.teams.map((t) => nameKey(t.name))] : []);
  const personal = readRoster(ctx, personalPath, { known, personal: true });
  return {
    ...(team ? { team } : {}),
    ...(personal ? { personal } : {}),
    ...(teamPath ? { teamPath } : {}),
    personalPath,
    roster: mergeRosters([team, personal].filter((f): f is RosterFile => f !== undefined)),
  };
}

/** The personal file by its full path (~ for the home directory), the team file as the user would type it. */
export function shownRosterPath(ctx: RosterContext, path: string, personal: boolean | undefined): string {
  const home = ctx.env.HOME;
  return personal ? (home && path.startsWith(`${home}/`) ? `~${path.slice(home.length)}` : path) : displayPath(path, ctx.cwd);
}

/**
 * One file, or undefined when it does not exist. Read through the guard (files/read-guarded.ts):
 * the team file only from inside its directory, since a cloned repository's people.yaml may be a
 * link to a credentials file, a FIFO or /dev/stdin.
 */
export function readRoster(ctx: RosterContext, path: string, opts: { known?: ReadonlySet<string>; personal?: boolean } = {}): RosterFile | undefined {
  const { known } = opts;
  const shown = shownRosterPath(ctx, path, opts.personal);
  const read = readGuarded(path, {
    maxBytes: MAX_ROSTER_BYTES,
    what: opts.personal ? 'settings file' : 'roster',
    ...(opts.personal ? {} : { dir: dirname(path), dirName: 'the rule directory' }),
  });
  if ('missing' in read) return undefined;
  if ('problem' in read) throw new UserError({ where: shown, ...read.problem });
  const deep = textLimitProblem(shown, read.text);
  if (deep) throw new UserError(deep);
  const parsed = parseRosterText(read.text, shown, { world: ctx.world, ...(known ? { known } : {}) });
  if ('problems' in parsed) throw new UserError(parsed.problems);
  return parsed.roster;
}
