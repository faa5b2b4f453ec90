// `rules validate` checks the team's roster (people.yaml beside the rules) with the same parser
// as `ask`, and returns its problems rather than throwing, to list them with the rules' own.
import { join } from 'node:path';
import type { Problem } from '../errors.js';
import { displayPath } from '../text/place.js';
import { parseRosterText } from './parse.js';
import { MAX_ROSTER_BYTES, type RosterContext, TEAM_FILE } from './load.js';
import { readGuarded } from '../files/read-guarded.js';
import { textLimitProblem } from '../rules/limits.js';

export function checkTeamRoster(ctx: RosterContext, dir: string): Problem[] {
  const path = join(dir, TEAM_FILE);
  const shown = displayPath(path, ctx.cwd);
  const read = readGuarded(path, { dir, maxBytes: MAX_ROSTER_BYTES, what: 'roster', dirName: 'the rule directory' });
  if ('missing' in read) return [];
  if ('problem' in read) return [{ where: shown, ...read.problem }];
  const deep = textLimitProblem(shown, read.text);
  if (deep) return [deep];
  const parsed = parseRosterText(read.text, shown, { world: ctx.world });
  return 'problems' in parsed ? parsed.problems : [];
}
