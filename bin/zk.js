#!/usr/bin/env node
'use strict';
// Runs the TypeScript command line directly (tsx), so `npx zk` works right after `npm ci`.
require('tsx/cjs');
// `zk … | head` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode || 0);
    throw error;
  });
}
const { main } = require('../src/cli/main.ts');
main(process.argv.slice(2), {
  out: (t) => process.stdout.write(t),
  err: (t) => process.stderr.write(t),
  cwd: process.cwd(),
}).then((code) => {
  process.exitCode = code;
});
