// `commtriage people`: who the roster knows and which file said so; `people add` adds someone
// to your personal config file.
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { checkZone, parseHoursRange } from '../core/time/zones.js';
import { addPerson } from '../roster/edit.js';
import { loadRosters } from '../roster/load.js';
import { findRules } from './rules-source.js';
import { WEEKDAYS } from '../roster/types.js';
import { editFile } from './config.js';
import { padColumns, widest } from '../text/width.js';

export async function runPeople(ctx: Context, opts: { rules?: string; json?: boolean }): Promise<number> {
  const files = loadRosters(ctx, findRules(ctx, opts.rules).teamDir);
  const people = [...files.roster.people.values()];
  const teams = [...files.roster.teams.values()];
  if (opts.json) {
    const out = {
      files: { team: files.teamPath ?? null, teamExists: files.team !== undefined, personal: files.personalPath, personalExists: files.personal !== undefined },
      people: people.map(({ source, ...p }) => ({ ...p, from: source })),
      teams: teams.map(({ source, ...t }) => ({ ...t, from: source })),
    };
    ctx.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  const lines: string[] = [];
  const table = (rows: string[][]) => {
    const widths = rows[0]!.map((_, i) => widest(rows.map((r) => r[i]!)));
    return rows.map((r) => `  ${r.map((v, i) => padColumns(v, widths[i]!)).join('  ').trimEnd()}`);
  };
  if (people.length > 0) {
    lines.push('People', ...table(people.map((p) => [p.name, p.zone, p.hours ?? '(default hours)', p.weekend ? `weekend ${p.weekend.join(',')}` : '', p.daysOff ? `${p.daysOff.length} day(s) off` : '', p.source])));
  }
  if (teams.length > 0) lines.push(...(lines.length > 0 ? [''] : []), 'Teams', ...table(teams.map((t) => [t.name, t.members.join(', '), t.source])));
  if (lines.length === 0) lines.push('No one yet. Add someone: commtriage people add Priya Bangalore --hours 10:00-18:00 --team platform');
  const where = (path: string | undefined, found: boolean) => (path ? `${path}${found ? '' : ' (none)'}` : '(no .commtriage/ directory)');
  lines.push('', `Team file:     ${where(files.teamPath, files.team !== undefined)}`, `Personal file: ${where(files.personalPath, files.personal !== undefined)}`);
  ctx.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export interface AddOptions {
  hours?: string;
  weekend?: string;
  team: string[];
}

export async function runPeopleAdd(ctx: Context, name: string, zoneText: string, opts: AddOptions): Promise<number> {
  // The zone is stored as its IANA name, so that later runs need not look the city up again.
  const zone = checkZone(zoneText, ctx.world, 'ZONE');
  const problems = 'problem' in zone ? [zone.problem] : [];
  const hours = opts.hours === undefined ? undefined : parseHoursRange(opts.hours, '--hours');
  if (hours && 'problem' in hours) problems.push(hours.problem);
  const weekend = opts.weekend?.split(',').map((d) => d.trim().toLowerCase().slice(0, 3)).filter((d) => d !== '');
  const badDay = weekend?.find((d) => !(WEEKDAYS as readonly string[]).includes(d));
  if (badDay) problems.push({ where: '--weekend', message: `"${badDay}" is not a day.`, hint: `Give days as ${WEEKDAYS.join(', ')}, e.g. --weekend fri,sat.` });
  if (problems.length > 0 || 'problem' in zone) throw new UserError(problems);
  const path = loadRosters(ctx, findRules(ctx).teamDir).personalPath;
  const teams = opts.team.flatMap((t) => t.split(',')).map((t) => t.trim()).filter((t) => t !== '');
  editFile(path, (text) =>
    addPerson(text, path, { name, zone: zone.zone, ...(hours && !('problem' in hours) ? { hours: hours.text } : {}), ...(weekend ? { weekend } : {}), teams }, ctx.world),
  );
  const place = zone.place ? ` (${zone.place})` : '';
  ctx.stderr.write(`Added ${name}: ${zone.zone}${place}${hours && !('problem' in hours) ? `, ${hours.text}` : ''}${teams.length > 0 ? `, in ${teams.join(', ')}` : ''}  (${path})\n`);
  return 0;
}
