#!/usr/bin/env node
// The only code that touches the process: run the CLI and hand its status to Node.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2));
