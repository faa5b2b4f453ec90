// Writes schema/rules.schema.json, schema/answers.schema.json (and roster.schema.json) from src/rules (the same shapes
// the loader checks with). Run after changing src/rules/rule-shapes.ts or rules/questions.yaml:
//   node scripts/gen-schema.mjs
// test/rules/schema.test.ts fails while the committed files are out of step.
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('..', import.meta.url).pathname;
const temp = await mkdtemp(join(tmpdir(), 'commtriage-schema-'));
const entry = join(temp, 'schema.mjs');
await build({
  stdin: {
    contents: "export * from './src/rules/schema.ts'; export { rosterSchema } from './src/roster/schema.ts'; export { readRuleTexts, parseRuleTexts } from './src/rules/load.ts';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: entry,
  logLevel: 'warning',
  // yaml is CommonJS and calls require(); give the bundle one (as scripts/build.mjs does).
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
const { rulesSchema, answersSchema, rosterSchema, schemaText, readRuleTexts, parseRuleTexts } = await import(
  pathToFileURL(entry).href
).finally(() => rm(temp, { recursive: true }));

const parsed = parseRuleTexts(await readRuleTexts(`${root}rules`, root));
if ('errors' in parsed) {
  console.error(parsed.errors.map((p) => `${p.where}: ${p.message}`).join('\n'));
  process.exitCode = 2;
} else {
  await writeFile(`${root}schema/rules.schema.json`, schemaText(rulesSchema()));
  await writeFile(`${root}schema/answers.schema.json`, schemaText(answersSchema(parsed.ruleSet)));
  await writeFile(`${root}schema/roster.schema.json`, schemaText(rosterSchema()));
  console.error('wrote schema/rules.schema.json, schema/answers.schema.json and schema/roster.schema.json');
}
