// Bundles the CLI into dist/ with esbuild for fast start-up: the scripted path is one small set of
// files; YAML parsing, rule validation and Inquirer are split into chunks that load only when
// needed. Then the built-in rules are validated once and stored as JSON (dist/builtin-rules.json).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/main.ts', precompile: 'src/rules/precompile.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: !process.env.BUILD_READABLE,
  keepNames: false,
  legalComments: 'none',
  logLevel: 'warning',
  banner: {
    // Some bundled CommonJS dependencies call require(); give them one.
    js: "import { createRequire as __ctCreateRequire } from 'node:module'; const require = __ctCreateRequire(import.meta.url);",
  },
});

// A rule set that fails validation is not precompiled: `ask` then reads the YAML and reports it.
const pre = spawnSync(process.execPath, ['dist/precompile.js'], { stdio: 'inherit' });
if (pre.status !== 0) console.warn('build: the built-in rules were not precompiled (see above); ask will read the YAML.');
