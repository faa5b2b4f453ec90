// `commtriage config`: where the personal config file is and what it holds; `config set KEY
// VALUE` and `config unset KEY` change one setting, keeping the file's comments.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { configPath } from '../config/paths.js';
import { type Edited, header, setSetting, unsetSetting } from '../roster/edit.js';
import { DEFAULT_KEYS, ENV_NAMES } from '../config/defaults.js';
import { builtInRulesDir } from '../rules/locate.js';
import { readRoster } from '../roster/load.js';
import { SETTING_KEYS } from '../config/check.js';

export async function runConfigShow(ctx: Context, opts: { json?: boolean }): Promise<number> {
  const path = configPath(ctx.env);
  const exists = existsSync(path);
  const file = exists ? readRoster(ctx, path, { personal: true }) : undefined; // a broken file is reported, exit 2
  if (opts.json) {
    ctx.stdout.write(`${JSON.stringify({ path, exists, settings: file?.settings ?? {}, people: file?.people.length ?? 0, teams: file?.teams.length ?? 0 }, null, 2)}\n`);
    return 0;
  }
  const lines = [`${path}${exists ? '' : '  (not created yet)'}`];
  if (exists) lines.push('', readFileSync(path, 'utf8').trimEnd());
  lines.push(
    '',
    `Settings: ${SETTING_KEYS.join(', ')}. Change one with \`commtriage config set KEY VALUE\`; add people with \`commtriage people add NAME ZONE\`.`,
    `Each default can also come from a flag or a variable (${DEFAULT_KEYS.map((k) => ENV_NAMES[k]).join(', ')}); \`ask --explain\` says which was used.`,
  );
  ctx.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export async function runConfigSet(ctx: Context, key: string, value: string): Promise<number> {
  const path = configPath(ctx.env);
  const result = editFile(path, (text) => setSetting(text, path, key, value, ctx.world));
  ctx.stderr.write(`${key} = ${result.value ?? value}  (${path})\n`);
  return 0;
}

export async function runConfigUnset(ctx: Context, key: string): Promise<number> {
  const path = configPath(ctx.env);
  if (!(SETTING_KEYS as readonly string[]).includes(key)) {
    throw new UserError({ where: key, message: `"${key}" is not a setting.`, hint: `Settings: ${SETTING_KEYS.join(', ')}.` });
  }
  editFile(path, (text) => unsetSetting(text, path, key, ctx.world));
  ctx.stderr.write(`${key} removed  (${path})\n`);
  return 0;
}

/** Reads the file (or a new one's header), applies the change, writes it only when it checks out. */
export function editFile<T extends Edited>(path: string, change: (text: string) => T): T & { text: string } {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : header(join(builtInRulesDir(), '..', 'schema', 'roster.schema.json'));
  const result = change(text);
  if ('problems' in result) throw new UserError(result.problems);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, result.text);
  return result as T & { text: string };
}
