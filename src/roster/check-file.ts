// `rules validate` checks the team's roster (people.yaml beside the rules) with the same parser
// as `ask`, and returns its problems rather than throwing, to list them with the rules' own.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from '../context.js';
import type { Problem } from '../errors.js';
import { displayPath } from '../text/place.js';
import { parseRosterText } from './parse.js';
import { TEAM_FILE } from './load.js';

export function checkTeamRoster(ctx: Context, dir: string): Problem[] {
  const path = join(dir, TEAM_FILE);
  if (!existsSync(path)) return [];
  const parsed = parseRosterText(readFileSync(path, 'utf8'), displayPath(path, ctx.cwd), { world: ctx.world });
  return 'problems' in parsed ? parsed.problems : [];
}
