#!/usr/bin/env node
'use strict';
// Runs the compiled command line (build/cli/main.mjs, made by scripts/build-cli.js; `npm ci`
// builds it in `prepare`), so `zk` starts as plain JavaScript with no TypeScript compiler in the way.
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const compiled = path.join(__dirname, '../build/cli/main.mjs');
if (!fs.existsSync(compiled)) {
  process.stderr.write('zk: de opdrachtregel is nog niet gebouwd (build/cli/main.mjs ontbreekt); draai `npm run build:cli` of `npm ci`.\n');
  process.exit(2);
}
// `zk … | head` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode || 0);
    throw error;
  });
}
import(pathToFileURL(compiled).href)
  .then(({ main }) =>
    main(process.argv.slice(2), {
      out: (t) => process.stdout.write(t),
      err: (t) => process.stderr.write(t),
      cwd: process.cwd(),
    }),
  )
  .then((code) => {
    process.exitCode = code;
  });
