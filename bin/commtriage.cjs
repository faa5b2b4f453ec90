#!/usr/bin/env node
'use strict';
// The only code that touches the process: run the CLI and hand its status to Node.
// CommonJS on purpose: starting Node's ES module loader costs more than the rest of a scripted run.
const { loadCli } = require('./load-cli.cjs');

// Standard output is written by the context (src/context.ts), which also treats a reader that
// stops early (`commtriage ask --json | head -1`) as the end of the run, not an error.
loadCli()
  .cli.main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
