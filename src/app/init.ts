// `commtriage init [DIR]`: copy the built-in rule set (and its JSON Schemas) into DIR so a team
// can make the advice its own. Never overwrites without --force, never writes through a symbolic
// link or into anything but a regular file, and builds the set in a temporary directory beside
// DIR before moving it into place: an interrupted init leaves no half-written set behind.
import { type Stats, lstatSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Context } from '../context.js';
import { EXIT, UserError } from '../errors.js';
import { writeCause, writeNewFileSynced } from '../files/write-atomic.js';
import { visible } from '../text/safe.js';
import { builtInRulesDir } from '../rules/load.js';
import { COPIED_SCHEMA_LINE } from '../rules/locate.js';
import { LOCAL_RULES_DIR } from './rules-source.js';
import { TEAM_FILE, TEAM_STARTER } from './init-starter.js';

export { TEAM_FILE } from './init-starter.js';

const SCHEMA_LINE = /^# yaml-language-server: \$schema=.*$/m;

interface Write {
  /** Relative to the target directory: "table.yaml", "schema/rules.schema.json". */
  name: string;
  text: string;
}

export async function runInit(ctx: Context, opts: { dir?: string; force?: boolean; extends?: boolean }): Promise<number> {
  const target = resolve(ctx.cwd, opts.dir ?? LOCAL_RULES_DIR);
  const writes = await planWrites(opts.extends ?? false);
  const show = (path: string) => visible(relative(ctx.cwd, path) || '.');
  const state = checkTarget(target, writes, show);
  if (state.existing.length > 0 && !opts.force) {
    throw new UserError({
      where: show(target),
      message: `${state.existing.length} file${state.existing.length === 1 ? '' : 's'} would be overwritten: ${state.existing.map((n) => show(join(target, n))).join(', ')}`,
      hint: 'Nothing was written. Choose another directory, or add --force to replace them.',
    });
  }
  await writeAtomically(target, writes, state.exists, show);
  const dirShown = show(target);
  const asked = dirShown === LOCAL_RULES_DIR ? '' : ` --rules ${dirShown}`;
  ctx.stdout.write(
    [
      `Wrote ${writes.length} files to ${dirShown}/:`,
      ...writes.map((w) => `  ${show(join(target, w.name))}`),
      '',
      'Next:',
      `  edit ${opts.extends ? `${dirShown}/${TEAM_FILE}` : `${dirShown}/*.yaml`}, then`,
      `  commtriage rules validate${asked}      # check the files`,
      `  commtriage rules test${asked}          # run the examples`,
      `  commtriage ask --explain${asked}       # see which row matched and why`,
      ...(dirShown === LOCAL_RULES_DIR ? [`commtriage finds ${LOCAL_RULES_DIR}/ here and from any directory below this one.`] : []),
    ].join('\n') + '\n',
  );
  return 0;
}

async function planWrites(extending: boolean): Promise<Write[]> {
  const rulesDir = builtInRulesDir();
  const schemaDir = join(dirname(rulesDir), 'schema');
  const ruleFiles = (await readdir(rulesDir)).filter((f) => /\.ya?ml$/.test(f)).sort();
  const schemaFiles = (await readdir(schemaDir)).filter((f) => f.endsWith('.json')).sort();
  // The copy's schema comment must point at the copied schema, not the package's.
  const rules = extending
    ? [{ name: TEAM_FILE, text: TEAM_STARTER }]
    : await Promise.all(ruleFiles.map(async (f) => ({ name: f, text: (await readFile(join(rulesDir, f), 'utf8')).replace(SCHEMA_LINE, COPIED_SCHEMA_LINE) })));
  const schemas = await Promise.all(schemaFiles.map(async (f) => ({ name: join('schema', f), text: await readFile(join(schemaDir, f), 'utf8') })));
  return [...rules, ...schemas];
}

function lstatOrNone(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

const kindOf = (st: Stats): string =>
  st.isSymbolicLink() ? 'a symbolic link' : st.isDirectory() ? 'a directory' : st.isFIFO() ? 'a named pipe (FIFO)' : 'not a regular file';

/** Whether the target exists, and which of the files would be replaced; refuses links and special files. */
function checkTarget(target: string, writes: Write[], show: (path: string) => string): { exists: boolean; existing: string[] } {
  const top = lstatOrNone(target);
  if (top === undefined) return { exists: false, existing: [] };
  if (!top.isDirectory()) {
    throw new UserError({
      where: show(target),
      message: `${top.isFile() ? 'a file' : kindOf(top)}, not a directory; init writes a rule set into a directory and never through a link`,
      hint: top.isSymbolicLink()
        ? 'Nothing was written. Remove the link, or name the directory itself: commtriage init DIR.'
        : 'Nothing was written. Rename or remove it, or choose another directory: commtriage init DIR.',
    });
  }
  const blocked: string[] = [];
  const existing: string[] = [];
  const schema = lstatOrNone(join(target, 'schema'));
  if (schema && !schema.isDirectory()) blocked.push(`${show(join(target, 'schema'))} (${kindOf(schema)})`);
  for (const w of writes) {
    const st = lstatOrNone(join(target, w.name));
    if (st === undefined) continue;
    if (st.isFile()) existing.push(w.name);
    else blocked.push(`${show(join(target, w.name))} (${kindOf(st)})`);
  }
  if (blocked.length > 0) {
    throw new UserError({
      where: show(target),
      message: `init writes only regular files, and never through a link; in the way: ${blocked.join(', ')}`,
      hint: 'Nothing was written, even with --force. Remove those, then run init again.',
    });
  }
  return { exists: true, existing };
}

/**
 * Every file is written into a new temporary directory beside the target first. A new target is
 * that directory renamed; into an existing one each file is renamed over the old one (a rename
 * replaces the name, and never writes through a link that took its place meanwhile).
 */
async function writeAtomically(target: string, writes: Write[], exists: boolean, show: (path: string) => string): Promise<void> {
  const parent = dirname(target);
  let temp: string | undefined;
  try {
    await mkdir(parent, { recursive: true });
    temp = await mkdtemp(join(parent, `${basename(target)}.init-`));
    await mkdir(join(temp, 'schema'));
    for (const w of writes) writeNewFileSynced(join(temp, w.name), w.text); // flushed before the renames
    if (!exists) {
      await rename(temp, target);
      temp = undefined;
      return;
    }
    await mkdir(join(target, 'schema'), { recursive: true });
    for (const w of writes) await rename(join(temp, w.name), join(target, w.name));
  } catch (e) {
    throw writeProblem(e, exists ? target : parent, show);
  } finally {
    if (temp) await rm(temp, { recursive: true, force: true }).catch(() => undefined);
  }
}

function writeProblem(e: unknown, where: string, show: (path: string) => string): UserError {
  const code = (e as NodeJS.ErrnoException)?.code ?? String(e);
  const denied = code === 'EACCES' || code === 'EPERM' || code === 'EROFS';
  const system = ['ENOSPC', 'EDQUOT', 'EFBIG', 'EIO'].includes(code);
  return new UserError({
    where: show(where),
    message: denied ? `cannot write here (${code === 'EROFS' ? 'a read-only file system' : 'permission denied'})` : `cannot write the rule set: ${system ? writeCause(code) : code}`,
    hint: denied
      ? 'Nothing was written. Choose a directory you may write to: commtriage init DIR.'
      : code === 'ENOTDIR' || code === 'EEXIST'
        ? 'Nothing was written. A file stands where a directory is needed; choose another directory: commtriage init DIR.'
        : 'Nothing was written. Check the disk and the path, then run init again.',
  }, system ? EXIT.unexpected : EXIT.usage);
}
