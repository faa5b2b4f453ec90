'use strict';
// A worker thread of `commtriage ask --batch` (see src/app/batch-pool.ts): the same bundle as
// the bin, loaded the same way, running the worker's side.
require('./load-cli.cjs').loadCli().cli.batchWorker();
