// Builds dist/ for fast start-up (see docs/architecture.md, "The build"):
//   dist/cli.cjs             the whole CLI in one CommonJS file (esbuild). Commands, YAML, rule
//                            validation and Inquirer are bundled but run only when needed.
//   dist/precompile.js       run once here: writes dist/zones.txt and dist/builtin-rules.json
//   dist/cli.cache           V8's code cache for cli.cjs after a few sample runs (bin/load-cli.cjs)
//   dist/commtriage.1        the man page, from the same commands as --help
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const minify = !process.env.BUILD_READABLE;
const common = { bundle: true, platform: 'node', target: 'node20', minify, legalComments: 'none', logLevel: 'warning' };

// commander loads child_process (and with it net, dgram, streams) only to run external
// subcommands, which commtriage has none of: load it on first use instead.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes(`node_modules${'/'}commander`) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let m; module.exports = new Proxy({}, { get: (_, key) => (m ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

rmSync('dist', { recursive: true, force: true });
await build({
  ...common,
  entryPoints: ['src/main.ts'],
  outfile: 'dist/cli.cjs',
  format: 'cjs',
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [lazyChildProcess],
  // Loaded from node_modules when used: ical.js by --invite, --followup and `audit` (so the bundle
  // every `ask` loads does not grow by its 80 KB), clipboardy by --copy (it finds its helper
  // binaries beside itself).
  external: ['ical.js', 'clipboardy'],
});
await build({
  ...common,
  entryPoints: ['scripts/precompile.ts'],
  outfile: 'dist/precompile.js',
  format: 'esm',
  // Some bundled CommonJS dependencies call require(); give them one.
  banner: { js: "import { createRequire as __ctCreateRequire } from 'node:module'; const require = __ctCreateRequire(import.meta.url);" },
});

// A rule set that fails validation is not precompiled: `ask` then reads the YAML and reports it.
const pre = spawnSync(process.execPath, ['dist/precompile.js'], { stdio: 'inherit' });
if (pre.status !== 0) console.warn('build: the built-in rules were not precompiled (see above); ask will read the YAML.');

await writeCodeCache();

/**
 * Runs the scripted paths (`ask --json` with answers in a JSON file, a YAML file and --set flags)
 * once in this process, then stores what V8 compiled for them. Other paths compile as they run;
 * a bigger cache would slow every start-up a little.
 */
async function writeCodeCache() {
  const { loadCli, CACHE } = require('../bin/load-cli.cjs');
  const { cli, script } = loadCli();
  const tmp = mkdtempSync(join(tmpdir(), 'commtriage-build-'));
  const answers = join(tmp, 'answers.json');
  const sample = { purpose: 'decision', urgency: 'today', attendees: 4, timezones: ['America/New_York', 'Europe/London'] };
  writeFileSync(answers, JSON.stringify(sample));
  const yamlAnswers = join(tmp, 'answers.yaml');
  writeFileSync(yamlAnswers, 'purpose: decision\nurgency: today\nattendees: 4\ntimezones: [America/New_York, Europe/London]\n');
  const sink = { write: () => true, isTTY: false };
  const ctx = {
    stdin: { isTTY: false, async *[Symbol.asyncIterator]() {} },
    stdout: sink,
    stderr: sink,
    env: { NO_COLOR: '1' },
    cwd: tmp,
    now: () => new Date('2026-03-16T12:00:00Z'),
    systemZone: 'Europe/London',
    world: cli.systemWorld(),
  };
  const time = ['--now', '2026-03-16T12:00:00Z', '--zone', 'Europe/London'];
  for (const argv of [
    ['ask', '--json', '--answers', answers, ...time],
    ['ask', '--json', '--answers', yamlAnswers, ...time],
    ['ask', '--json', '--set', 'purpose=decision', '--set', 'urgency=today', '--set', 'attendees=4', ...time],
  ]) {
    const code = await cli.main(argv, ctx);
    if (code !== 0) console.warn(`build: sample run "${argv.join(' ')}" exited ${code}`);
  }
  writeFileSync(CACHE, script.createCachedData());
  // The man page, from the same commander tree as --help (package.json "man").
  writeFileSync('dist/commtriage.1', await cli.manual(ctx));
  rmSync(tmp, { recursive: true, force: true });
}
