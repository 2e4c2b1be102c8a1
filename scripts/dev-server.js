#!/usr/bin/env node
'use strict';
/**
 * `npm run dev-server`: webpack serve on https://localhost:3000 with the development certificates
 * of office-addin-dev-certs (run through npx, so it is not a dependency). Office only loads add-ins
 * over https that the machine trusts, so without certificates we stop with a Dutch explanation.
 */
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const certDir = process.env.ZK_DEV_CERT_DIR || path.join(os.homedir(), '.office-addin-dev-certs');
const haveCerts = () => ['localhost.crt', 'localhost.key'].every((f) => fs.existsSync(path.join(certDir, f)));

if (!haveCerts()) {
  process.stdout.write('Ontwikkelcertificaten installeren met office-addin-dev-certs (eenmalig, vraagt mogelijk om toestemming)…\n');
  spawnSync('npx', ['--yes', 'office-addin-dev-certs', 'install', '--days', '365'], { stdio: 'inherit', shell: process.platform === 'win32' });
}
if (!haveCerts()) {
  process.stderr.write(
    [
      'Geen https-certificaat voor localhost gevonden in ' + certDir + '.',
      'Office laadt invoegtoepassingen alleen via vertrouwde https. Installeer de certificaten met',
      '  npx --yes office-addin-dev-certs install',
      '(dit vraagt internettoegang tot het npm-register en rechten om een certificaat te vertrouwen),',
      'of zet ZK_DEV_CERT_DIR op een map met localhost.crt en localhost.key.',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const webpackCli = require.resolve('webpack-cli/bin/cli.js');
const result = spawnSync(process.execPath, [webpackCli, 'serve', '--mode', 'development', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ZK_DEV_CERT_DIR: certDir },
});
process.exit(result.status ?? 1);
