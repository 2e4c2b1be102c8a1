import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

const PACKAGE_NAME = 'zk-beoordeling';

/**
 * The folder of this project (with samples/), found by walking up to its package.json. The CLI
 * runs from src/cli under tsx and jest and from build/cli when compiled, where the bundle has no
 * `__dirname` (ES modules): then the walk starts at the started script, bin/zk.js.
 */
export function projectRoot(): string {
  const start = typeof __dirname === 'string' ? __dirname : path.dirname(path.resolve(process.argv[1] ?? '.'));
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME) return dir;
      } catch {
        // Not this project's package.json: keep walking.
      }
    }
    if (path.dirname(dir) === dir) return start;
  }
}
