#!/usr/bin/env node
// The only code that touches the process: run the CLI and hand its status to Node.
import { main } from '../dist/cli.js';

// A reader that stops early (`commtriage ask --json | head -1`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
