#!/usr/bin/env node
'use strict';
// The only code that touches the process: run the CLI and hand its status to Node.
// CommonJS on purpose: starting Node's ES module loader costs more than the rest of a scripted run.
const { loadCli } = require('./load-cli.cjs');

// Standard output is written by the context (src/context.ts), which also treats a reader that
// stops early (`commtriage ask --json | head -1`) as the end of the run, not an error.
let cli;
try {
  ({ cli } = loadCli());
} catch (error) {
  // A clone linked (npm link) before it was built: say how to build, not where Node failed.
  if (error.code !== 'ENOENT') throw error;
  process.stderr.write(`commtriage: ${error.path} is missing: this copy is not built.\n  Run \`npm install\` (or \`npm run build\`) in ${require('node:path').join(__dirname, '..')}.\n`);
  process.exitCode = 1;
}
cli
  ?.main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
