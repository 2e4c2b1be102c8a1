import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { version } from '../../src/functions/about';
import { APP_VERSION } from '../../src/functions/version';

describe('=ZK.VERSION()', () => {
  it('names the add-in version from package.json and the policy in use', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
    expect(version()).toBe(`ZK Beoordeling ${pkg.version} · standaardbeleid`);
  });
});
