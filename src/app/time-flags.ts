// The time flags (--now, --zone, --working-hours) checked and turned into the core's
// TimeContext. The clock and the system's zone come from the context.
import type { TimeContext } from '../core/time/types.js';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import type { Problem } from '../errors.js';
import { parseNow } from '../core/time/instant.js';
import { checkZone, parseHoursRange } from '../core/time/zones.js';

export interface TimeFlags {
  now?: string;
  zone?: string;
  workingHours?: string;
}

/** The time flags checked and turned into the core's TimeContext; every problem at once. */
export function timeContext(ctx: Context, opts: TimeFlags): TimeContext {
  const problems: Problem[] = [];
  let organizerZone = 'UTC';
  if (opts.zone !== undefined) {
    const zone = checkZone(opts.zone, '--zone');
    if ('problem' in zone) problems.push(zone.problem);
    else organizerZone = zone.zone;
  } else {
    organizerZone = ctx.systemZone;
  }
  let now = ctx.now().toISOString();
  if (opts.now !== undefined) {
    const parsed = parseNow(opts.now, organizerZone);
    if ('problem' in parsed) problems.push(parsed.problem);
    else now = parsed.instant.toISO()!;
  }
  if (opts.workingHours !== undefined) {
    const hours = parseHoursRange(opts.workingHours, '--working-hours');
    if ('problem' in hours) problems.push(hours.problem);
  }
  if (problems.length > 0) throw new UserError(problems);
  return { now, organizerZone, ...(opts.workingHours ? { workingHours: opts.workingHours } : {}) };
}
