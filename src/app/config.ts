// `commtriage config`: where the personal config file is and what it holds; `config set KEY
// VALUE` and `config unset KEY` change one setting, keeping the file's comments.
import { join } from 'node:path';
import type { Context } from '../context.js';
import { EXIT, UserError } from '../errors.js';
import { closest } from '../core/suggest.js';
import { visible } from '../text/safe.js';
import { jsonText } from '../format/json-text.js';
import { configPath } from '../config/paths.js';
import { type Edited, header, setSetting, unsetSetting } from '../roster/edit.js';
import { DEFAULT_KEYS, ENV_NAMES } from '../config/defaults.js';
import { builtInRulesDir } from '../rules/locate.js';
import { MAX_ROSTER_BYTES, readRoster, shownRosterPath } from '../roster/load.js';
import { readGuarded } from '../files/read-guarded.js';
import { textLimitProblem } from '../rules/limits.js';
import { withFileLock } from '../files/lock.js';
import { writeFileAtomic, writeTarget } from '../files/write-atomic.js';
import { SETTING_KEYS } from '../config/check.js';

export async function runConfigShow(ctx: Context, opts: { json?: boolean }): Promise<number> {
  const path = configPath(ctx.env);
  const file = readRoster(ctx, path, { personal: true }); // a broken file is reported, exit 2
  const exists = file !== undefined;
  if (opts.json) {
    ctx.stdout.write(`${jsonText({ path, exists, settings: file?.settings ?? {}, people: file?.people.length ?? 0, teams: file?.teams.length ?? 0 })}\n`);
    return 0;
  }
  const lines = [`${path}${exists ? '' : '  (not created yet)'}`];
  const read = exists ? readGuarded(path, { maxBytes: MAX_ROSTER_BYTES, what: 'settings file' }) : undefined;
  if (read && 'text' in read) lines.push('', visible(read.text.trimEnd()));
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
  const result = editFile(ctx, path, (text) => setSetting(text, path, key, value, ctx.world));
  ctx.stderr.write(`${key} = ${result.value ?? value}  (${path})\n`);
  return 0;
}

/**
 * `config get KEY`: the value in your settings file, alone on stdout (for scripts); a key that is
 * not set is exit 1 with a note, as `git config --get` does, so `$(commtriage config get zone)` can test it.
 */
export async function runConfigGet(ctx: Context, key: string, opts: { json?: boolean } = {}): Promise<number> {
  const path = configPath(ctx.env);
  if (!(SETTING_KEYS as readonly string[]).includes(key)) {
    const near = closest(key, SETTING_KEYS);
    throw new UserError({ where: visible(key), message: `"${visible(key)}" is not a setting.`, hint: `${near ? `Did you mean "${near}"? ` : ''}Settings: ${SETTING_KEYS.join(', ')}.` });
  }
  const file = readRoster(ctx, path, { personal: true });
  const value = (file?.settings as Record<string, unknown> | undefined)?.[key];
  if (opts.json) {
    ctx.stdout.write(`${jsonText({ key, value: value ?? null, path })}\n`);
    return value === undefined ? EXIT.unexpected : 0;
  }
  if (value === undefined) {
    ctx.stderr.write(`${key} is not set in ${visible(shownRosterPath(ctx, path, true))}; the next source of it applies (\`commtriage config\` lists them).\n`);
    return EXIT.unexpected;
  }
  ctx.stdout.write(`${visible(String(value))}\n`);
  return 0;
}

export async function runConfigUnset(ctx: Context, key: string): Promise<number> {
  const path = configPath(ctx.env);
  if (!(SETTING_KEYS as readonly string[]).includes(key)) {
    const near = closest(key, SETTING_KEYS);
    throw new UserError({ where: visible(key), message: `"${visible(key)}" is not a setting.`, hint: `${near ? `Did you mean "${near}"? ` : ''}Settings: ${SETTING_KEYS.join(', ')}.` });
  }
  editFile(ctx, path, (text) => unsetSetting(text, path, key, ctx.world));
  ctx.stderr.write(`${key} removed  (${path})\n`);
  return 0;
}

/**
 * Reads the file (or a new one's header), applies the change and writes it only when it checks
 * out, all under the file's lock: parallel edits each see the one before (README, "Personal settings").
 * The write is atomic (files/write-atomic.ts): a failure leaves the old file.
 */
export function editFile<T extends Edited>(ctx: Context, path: string, change: (text: string) => T): T & { text: string } {
  const target = writeTarget(path);
  const shown = shownRosterPath(ctx, path, true);
  return withFileLock(target, shown, () => {
    const read = readGuarded(target, { maxBytes: MAX_ROSTER_BYTES, what: 'settings file' });
    if ('problem' in read) throw new UserError({ where: shown, ...read.problem });
    const text = 'text' in read ? read.text : header(join(builtInRulesDir(), '..', 'schema', 'roster.schema.json'));
    const deep = textLimitProblem(shown, text); // before the YAML parser recurses into it
    if (deep) throw new UserError(deep);
    const result = change(text);
    if ('problems' in result) throw new UserError(result.problems);
    writeFileAtomic(target, (result as { text: string }).text, shown);
    return result as T & { text: string };
  });
}
