import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paneStartLine } from '../scripts/bundle-report';

describe('the build report names the pane start of the last e2e run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'zk-perf-'));

  test('no measurement yet: says how to get one', () => {
    expect(paneStartLine(join(dir, 'ontbreekt.json'))).toMatch(/nog niet gemeten.*npm run test:e2e/);
  });

  test('a measurement: both times, the ratio and the verdict against the goal', () => {
    const file = join(dir, 'perf.json');
    writeFileSync(file, JSON.stringify({ verhouding: 1.62, doel: 1.5, taakvenster: { interactief_ms: 340.4 }, minimaleFluentPagina: { interactief_ms: 210 } }));
    expect(paneStartLine(file)).toMatch(/340 ms tegen 210 ms .* 1\.62 × \(doel ≤ 1\.5 ×: NIET gehaald\)/);
    writeFileSync(file, JSON.stringify({ verhouding: 1.31, doel: 1.5, taakvenster: { interactief_ms: 275 }, minimaleFluentPagina: { interactief_ms: 210 } }));
    expect(paneStartLine(file)).toMatch(/1\.31 × \(doel ≤ 1\.5 ×: gehaald\)/);
  });

  test('an unreadable file is named, not thrown', () => {
    const file = join(dir, 'kapot.json');
    writeFileSync(file, '{ kapot');
    expect(paneStartLine(file)).toMatch(/kapot\.json is onleesbaar/);
  });
});
