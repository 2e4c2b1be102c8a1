// Preloaded into a spawned `node bin/zk.js` by the hostile-file tests: writes the process's peak
// memory (maxRSS, in kB) to the file named by ZK_RSS_FILE when it exits, so a test can bound it.
'use strict';
const fs = require('node:fs');
const target = process.env.ZK_RSS_FILE;
if (target) process.on('exit', () => fs.writeFileSync(target, String(process.resourceUsage().maxRSS)));
