// `commtriage init [DIR]`: copy the built-in rule set (and its JSON Schemas) into DIR so a team
// can make the advice its own. Never overwrites without --force.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Context } from '../context.js';
import { UserError } from '../errors.js';
import { builtInRulesDir } from '../rules/load.js';
import { LOCAL_RULES_DIR } from './rules-source.js';

const SCHEMA_LINE = /^# yaml-language-server: \$schema=.*$/m;

/** The one file `init --extends` writes: the team's changes on top of the built-in set. */
export const TEAM_FILE = 'team.yaml';
const TEAM_STARTER = `# yaml-language-server: $schema=schema/rules.schema.json
#
# This rule set starts from the built-in one (docs/rule-format.md, "Extending the built-in set").
# A rule, checklist item, question, channel or example with a built-in id replaces it; a new id adds
# one; outcomes and settings keys given here replace the built-in ones.
extends: builtin

# Built-in rules this team does not want (\`commtriage rules list\` shows their ids):
# disable: [large-decision-group]

# rules:
#   - id: small-meetings-only
#     when: { fact: attendees, operator: greaterThan, value: 6 }
#     effect: { sync: -4, hybrid: 2 }
#     reason: We keep live meetings to six people; the rest follow in writing.
#     source: "team agreement"

# settings:
#   workingHours: "08:00-16:00"
`;

interface Write {
  to: string;
  from?: string;
  text?: string;
  rule: boolean;
}

export async function runInit(ctx: Context, opts: { dir?: string; force?: boolean; extends?: boolean }): Promise<number> {
  const target = resolve(ctx.cwd, opts.dir ?? LOCAL_RULES_DIR);
  const rulesDir = builtInRulesDir();
  const schemaDir = join(dirname(rulesDir), 'schema');
  const ruleFiles = (await readdir(rulesDir)).filter((f) => /\.ya?ml$/.test(f)).sort();
  const schemaFiles = (await readdir(schemaDir)).filter((f) => f.endsWith('.json')).sort();
  const writes: Write[] = [
    ...(opts.extends
      ? [{ to: join(target, TEAM_FILE), text: TEAM_STARTER, rule: false }]
      : ruleFiles.map((f) => ({ from: join(rulesDir, f), to: join(target, f), rule: true }))),
    ...schemaFiles.map((f) => ({ from: join(schemaDir, f), to: join(target, 'schema', f), rule: false })),
  ];
  const show = (path: string) => relative(ctx.cwd, path) || '.';
  const existing = writes.filter((w) => existsSync(w.to));
  if (existing.length > 0 && !opts.force) {
    throw new UserError({
      where: show(target),
      message: `${existing.length} file${existing.length === 1 ? '' : 's'} would be overwritten: ${existing.map((w) => show(w.to)).join(', ')}`,
      hint: 'Nothing was written. Choose another directory, or add --force to replace them.',
    });
  }
  await mkdir(join(target, 'schema'), { recursive: true });
  for (const w of writes) {
    const text = w.text ?? (await readFile(w.from!, 'utf8'));
    // The copy's schema comment must point at the copied schema, not the package's.
    await writeFile(w.to, w.rule ? text.replace(SCHEMA_LINE, '# yaml-language-server: $schema=schema/rules.schema.json') : text);
  }
  const dirShown = show(target);
  const asked = dirShown === LOCAL_RULES_DIR ? '' : ` --rules ${dirShown}`;
  ctx.stdout.write(
    [
      `Wrote ${writes.length} files to ${dirShown}/:`,
      ...writes.map((w) => `  ${show(w.to)}`),
      '',
      'Next:',
      `  edit ${opts.extends ? `${dirShown}/${TEAM_FILE}` : `${dirShown}/*.yaml`}, then`,
      `  commtriage rules validate${asked}      # check the files`,
      `  commtriage rules test${asked}          # run the examples`,
      `  commtriage ask --explain${asked}       # see which rules fire and why`,
      ...(dirShown === LOCAL_RULES_DIR ? [`commtriage finds ${LOCAL_RULES_DIR}/ here and from any directory below this one.`] : []),
    ].join('\n') + '\n',
  );
  return 0;
}
