'use strict';
// Loads the bundled CLI (dist/cli.cjs) with V8's code cache (dist/cli.cache, made by the build
// from a few sample runs): compiling the bundle and the functions a run uses is otherwise a
// large part of start-up. Node 22 does the same with module.enableCompileCache(); Node 20 has
// only vm.Script's cachedData. A cache V8 does not accept (another Node version) is ignored.
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');
const Module = require('node:module');
const vm = require('node:vm');

const FILE = join(__dirname, '..', 'dist', 'cli.cjs');
const CACHE = join(__dirname, '..', 'dist', 'cli.cache');

function loadCli() {
  let cachedData;
  try {
    cachedData = readFileSync(CACHE);
  } catch {
    // No cache yet (during the build): compile from source.
  }
  const script = new vm.Script(Module.wrap(readFileSync(FILE, 'utf8')), { filename: FILE, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, Module.createRequire(FILE), module, FILE, dirname(FILE));
  return { cli: module.exports, script };
}

module.exports = { loadCli, CACHE };
