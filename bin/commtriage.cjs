#!/usr/bin/env node
'use strict';
// The only code that touches the process: run the CLI and hand its status to Node.
// CommonJS on purpose: starting Node's ES module loader costs more than the rest of a scripted run.
const { loadCli } = require('./load-cli.cjs');

// A reader that stops early (`commtriage ask --json | head -1`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

loadCli()
  .cli.main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
