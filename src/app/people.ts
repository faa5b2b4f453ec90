// `commtriage people`: who the roster knows and which file said so; `people add` adds someone
// to your personal config file.
import { EMAIL_PATTERN, MAX_EMAIL_LENGTH, isRate } from '../roster/types.js';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { checkZone, parseHoursRange } from '../core/time/zones.js';
import { addPerson, removeName } from '../roster/edit.js';
import { loadRosters, shownRosterPath } from '../roster/load.js';
import { findRules } from './rules-source.js';
import { MAX_NAME_LENGTH, WEEKDAYS } from '../roster/types.js';
import { UNSAFE_CHARACTERS, visible } from '../text/safe.js';
import { jsonText } from '../format/json-text.js';
import { editFile } from './config.js';
import { padColumns, widest } from '../text/width.js';

export async function runPeople(ctx: Context, opts: { rules?: string; json?: boolean }): Promise<number> {
  const files = loadRosters(ctx, findRules(ctx, opts.rules).teamDir);
  const people = [...files.roster.people.values()];
  const teams = [...files.roster.teams.values()];
  if (opts.json) {
    const out = {
      files: { team: files.teamPath ?? null, teamExists: files.team !== undefined, personal: files.personalPath, personalExists: files.personal !== undefined },
      counts: { people: people.length, teams: teams.length },
      people: people.map(({ source, ...p }) => ({ ...p, from: source })),
      teams: teams.map(({ source, ...t }) => ({ ...t, from: source })),
    };
    ctx.stdout.write(`${jsonText(out)}\n`);
    return 0;
  }
  const lines: string[] = [];
  const table = (rows: string[][]) => {
    // Names come from files a cloned repository supplies: escaped (safe.ts), like rule text.
    const shown = rows.map((r) => r.map((v) => visible(v)));
    const widths = shown[0]!.map((_, i) => widest(shown.map((r) => r[i]!)));
    return shown.map((r) => `  ${r.map((v, i) => padColumns(v, widths[i]!)).join('  ').trimEnd()}`);
  };
  if (people.length > 0) {
    lines.push('People', ...table(people.map((p) => [p.name, p.zone, p.hours ?? '(default hours)', p.weekend ? `weekend ${p.weekend.join(',')}` : '', p.daysOff ? `${p.daysOff.length} day(s) off` : '', p.source])));
  }
  if (teams.length > 0) lines.push(...(lines.length > 0 ? [''] : []), 'Teams', ...table(teams.map((t) => [t.name, t.members.join(', '), t.source])));
  if (lines.length === 0) lines.push('No one yet. Add someone: commtriage people add Priya Bangalore --hours 10:00-18:00 --team platform');
  const where = (path: string | undefined, found: boolean) => (path ? `${path}${found ? '' : ' (none)'}` : '(no .commtriage/ directory)');
  lines.push('', `Team file:     ${visible(where(files.teamPath, files.team !== undefined))}`, `Personal file: ${visible(where(files.personalPath, files.personal !== undefined))}`);
  ctx.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export interface AddOptions {
  hours?: string;
  weekend?: string;
  email?: string;
  role?: string;
  rate?: string;
  team: string[];
}

/** A name as typed, less the characters a terminal would act on (escapes, bidi controls) and outer spaces. */
export const cleanName = (typed: string): string => typed.replace(UNSAFE_CHARACTERS, '').replace(/\s+/g, ' ').trim();

export async function runPeopleAdd(ctx: Context, typed: string, zoneText: string, opts: AddOptions): Promise<number> {
  const name = cleanName(typed);
  // The zone is stored as its IANA name, so that later runs need not look the city up again.
  const zone = checkZone(zoneText, ctx.world, 'ZONE');
  const problems = 'problem' in zone ? [zone.problem] : [];
  if (name === '') problems.push({ where: 'NAME', message: 'the name is empty.', hint: 'Give the name people call them, e.g. commtriage people add Priya Bangalore.' });
  if (name.length > MAX_NAME_LENGTH) problems.push({ where: 'NAME', message: `the name has ${name.length.toLocaleString('en-US')} characters, more than the ${MAX_NAME_LENGTH} a name may have.`, hint: 'Give the name people call them, e.g. Priya.' });
  const hours = opts.hours === undefined ? undefined : parseHoursRange(opts.hours, '--hours');
  if (hours && 'problem' in hours) problems.push(hours.problem);
  const weekend = opts.weekend?.split(',').map((d) => d.trim().toLowerCase().slice(0, 3)).filter((d) => d !== '');
  const badDay = weekend?.find((d) => !(WEEKDAYS as readonly string[]).includes(d));
  if (badDay) problems.push({ where: '--weekend', message: `"${badDay}" is not a day.`, hint: `Give days as ${WEEKDAYS.join(', ')}, e.g. --weekend fri,sat.` });
  const rate = opts.rate === undefined ? undefined : Number(opts.rate);
  if (rate !== undefined && (opts.rate!.trim() === '' || !isRate(rate))) problems.push({ where: '--rate', message: `"${opts.rate}" is not a pay per hour.`, hint: 'Give a number above 0, e.g. --rate 60; the currency is cost.currency in the file.' });
  if (opts.email !== undefined && (opts.email.length > MAX_EMAIL_LENGTH || !new RegExp(EMAIL_PATTERN).test(opts.email.trim()))) problems.push({ where: '--email', message: `"${opts.email}" is not an e-mail address.`, hint: 'Give one address, e.g. --email priya@example.com.' });
  if (opts.role !== undefined && !/^[A-Za-z][A-Za-z0-9_-]{0,39}$/.test(opts.role.trim())) problems.push({ where: '--role', message: `"${opts.role}" cannot be a role.`, hint: 'Give a word in letters, digits and dashes, e.g. --role engineer.' });
  if (problems.length > 0 || 'problem' in zone) throw new UserError(problems);
  const path = loadRosters(ctx, findRules(ctx).teamDir).personalPath;
  const teams = opts.team.flatMap((t) => t.split(',')).map(cleanName).filter((t) => t !== '');
  editFile(ctx, path, (text) =>
    addPerson(text, path, { name, zone: zone.zone, ...(hours && !('problem' in hours) ? { hours: hours.text } : {}), ...(weekend ? { weekend } : {}), ...(opts.email ? { email: opts.email.trim() } : {}), ...(opts.role ? { role: opts.role.trim() } : {}), ...(rate !== undefined ? { rate } : {}), teams }, ctx.world),
  );
  const place = zone.place ? ` (${zone.place})` : '';
  ctx.stderr.write(`Added ${visible(name)}: ${zone.zone}${visible(place)}${hours && !('problem' in hours) ? `, ${hours.text}` : ''}${teams.length > 0 ? `, in ${visible(teams.join(', '))}` : ''}  (${visible(path)})\n`);
  return 0;
}

/**
 * `people remove NAME`: from your personal config file only. A name the team file gives is the
 * team's to change (in the repository), so that is said instead of a bare "not found".
 */
export async function runPeopleRemove(ctx: Context, name: string): Promise<number> {
  const files = loadRosters(ctx, findRules(ctx).teamDir);
  const path = files.personalPath;
  const shown = shownRosterPath(ctx, path, true);
  const inPersonal = [...(files.personal?.people ?? []), ...(files.personal?.teams ?? [])].some((p) => p.name.toLowerCase() === name.trim().toLowerCase());
  const inTeam = [...(files.team?.people ?? []), ...(files.team?.teams ?? [])].find((p) => p.name.toLowerCase() === name.trim().toLowerCase());
  if (!inPersonal && inTeam && files.teamPath) {
    throw new UserError({
      where: visible(name),
      message: `${visible(inTeam.name)} is in the team file ${visible(shownRosterPath(ctx, files.teamPath, false))}, not in your personal file.`,
      hint: 'commtriage changes only your personal file; edit the team file (it is shared through the repository).',
    });
  }
  if (!files.personal) {
    throw new UserError({ where: visible(name), message: `there is no personal file yet (${visible(shown)}), so no one to remove.`, hint: '`commtriage people` lists who is known and which file names them.' });
  }
  const result = editFile(ctx, path, (text) => removeName(text, shown, name, ctx.world));
  const teams = result.fromTeams && result.fromTeams.length > 0 ? `, and from ${visible(result.fromTeams.join(', '))}` : '';
  ctx.stderr.write(`Removed ${result.removed === 'team' ? 'team ' : ''}${visible(result.name ?? name.trim())}${teams}  (${visible(path)})\n`);
  return 0;
}
