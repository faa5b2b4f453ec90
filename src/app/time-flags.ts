// The time flags (--now, --zone, --working-hours) checked and turned into what every need of the
// run shares (answers/need.ts): the instant, the organizer's zone, the working hours, the world's
// zone data. The clock, the system's zone and the world come from the context.
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import type { Problem } from '../errors.js';
import type { NeedContext } from '../answers/need.js';
import type { Settings } from '../core/types.js';
import { parseNow } from '../core/time/instant.js';
import { checkZone, parseHoursRange } from '../core/time/zones.js';

export interface TimeFlags {
  now?: string;
  zone?: string;
  workingHours?: string;
}

/** The time flags checked, every problem at once; `settings` give the working hours when no flag does. */
export function needContext(ctx: Pick<Context, 'world' | 'systemZone' | 'now'>, opts: TimeFlags, settings: Pick<Settings, 'workingHours'>): NeedContext {
  const { world } = ctx;
  const problems: Problem[] = [];
  let organizerZone = 'UTC';
  if (opts.zone !== undefined) {
    const zone = checkZone(opts.zone, world, '--zone');
    if ('problem' in zone) problems.push(zone.problem);
    else organizerZone = zone.zone;
  } else {
    organizerZone = ctx.systemZone;
  }
  const organizer = world.zone(organizerZone);
  let now = ctx.now().getTime();
  if (opts.now !== undefined) {
    const parsed = parseNow(opts.now, organizer);
    if ('problem' in parsed) problems.push(parsed.problem);
    else now = parsed.instant;
  }
  const hours = opts.workingHours !== undefined ? parseHoursRange(opts.workingHours, '--working-hours') : parseHoursRange(settings.workingHours, 'settings.workingHours');
  if ('problem' in hours) problems.push(hours.problem);
  if (problems.length > 0 || 'problem' in hours) throw new UserError(problems);
  return { world, now, organizer, organizerZone: organizer.name, hours };
}
