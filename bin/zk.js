#!/usr/bin/env node
'use strict';
// Runs the TypeScript command line directly (tsx), so `npx zk` works right after `npm ci`.
require('tsx/cjs');
const { main } = require('../src/cli/main.ts');
main(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
