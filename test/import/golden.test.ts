/**
 * Golden tests: every sample in samples/import/ imports as samples/import/EXPECTED.md says —
 * the applications, their key values, which are incomplete, and exactly the problems listed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../../src/import';
import { formatProblem } from '../../src/import/result';
import { evaluateEligibility, reportedChecks } from '../../src/rules/eligibility';
import { samenwerken2021 } from '../../src/rules/policies/samenwerken-2021';

const dir = join(__dirname, '..', '..', 'samples', 'import');

interface ExpectedApplication {
  id: string;
  deelnemers?: number;
  onvolledig?: boolean;
  toetsing?: { status: string; voldoetNiet: string[] };
  values: [path: string, json: string][];
}
interface ExpectedFile {
  file: string;
  applications: ExpectedApplication[];
  problems: string[];
}

function parseExpected(markdown: string): ExpectedFile[] {
  const files: ExpectedFile[] = [];
  let app: ExpectedApplication | undefined;
  for (const line of markdown.split('\n')) {
    let m: RegExpExecArray | null;
    if ((m = /^## (\S+)$/.exec(line))) {
      files.push({ file: m[1], applications: [], problems: [] });
      app = undefined;
    } else if ((m = /^### (\S+)$/.exec(line))) {
      app = { id: m[1], values: [] };
      files[files.length - 1].applications.push(app);
    } else if ((m = /^- deelnemers: (\d+)$/.exec(line)) && app) app.deelnemers = Number(m[1]);
    else if ((m = /^- onvolledig: (ja|nee)$/.exec(line)) && app) app.onvolledig = m[1] === 'ja';
    else if ((m = /^- toetsing: (geschikt|niet geschikt|onvolledig)(?: \(voldoet niet: (.+)\))?$/.exec(line)) && app) app.toetsing = { status: m[1], voldoetNiet: m[2] ? m[2].split(', ') : [] };
    else if ((m = /^- `([^`]+)` = `(.+)`$/.exec(line)) && app) app.values.push([m[1], m[2]]);
    else if ((m = /^- (fout|let op) `(.+)`$/.exec(line))) files[files.length - 1].problems.push(`${m[1]} ${m[2]}`);
  }
  return files;
}

function valueAt(root: unknown, path: string): unknown {
  // Keys may contain spaces ("extra.Contactpersoon ZK"); only dots separate.
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), root);
}

const expected = parseExpected(readFileSync(join(dir, 'EXPECTED.md'), 'utf8'));

describe('samples/import (EXPECTED.md)', () => {
  it('covers at least 12 applications in JSON, CSV, XLSX and at least 3 Word forms', () => {
    expect(expected.reduce((n, f) => n + f.applications.length, 0)).toBeGreaterThanOrEqual(12);
    expect(expected.filter((f) => f.file.endsWith('.docx')).length).toBeGreaterThanOrEqual(3);
    for (const ext of ['.json', '.csv', '.xlsx']) expect(expected.some((f) => f.file.endsWith(ext))).toBe(true);
  });

  describe.each(expected.map((f) => [f.file, f] as const))('%s', (file, exp) => {
    let result: Awaited<ReturnType<typeof importFile>>;
    beforeAll(async () => {
      result = await importFile(file, new Uint8Array(readFileSync(join(dir, file))));
    });

    it('gives exactly the expected applications, in file order', () => {
      expect(result.applications.map((a) => a.id)).toEqual(exp.applications.map((a) => a.id));
    });

    it('lists exactly the expected problems', () => {
      const got = result.problems.map((p) => `${p.ernst === 'waarschuwing' ? 'let op' : 'fout'} ${formatProblem(p)}`);
      expect([...got].sort()).toEqual([...exp.problems].sort());
    });

    it.each(exp.applications.map((a) => [a.id, a] as const))('%s: key values, participants, completeness', (id, a) => {
      const index = result.applications.findIndex((x) => x.id === id);
      const app = result.applications[index];
      if (a.deelnemers !== undefined) expect(app.deelnemers?.length ?? 0).toBe(a.deelnemers);
      if (a.onvolledig !== undefined) expect(result.records[index].onvolledig).toBe(a.onvolledig);
      for (const [path, json] of a.values) expect([path, valueAt(app, path)]).toEqual([path, JSON.parse(json)]);
    });

    it.each(exp.applications.filter((a) => a.toetsing).map((a) => [a.id, a] as const))('%s: the screening finds what the sample was made for', (id, a) => {
      const result = evaluateEligibility(result_(id), samenwerken2021);
      const failing = reportedChecks(result).filter((c) => c.status === 'voldoet niet' && !c.herhaaltVan).map((c) => c.id);
      expect({ status: result.status, voldoetNiet: failing.sort() }).toEqual({ status: a.toetsing!.status, voldoetNiet: [...a.toetsing!.voldoetNiet].sort() });
    });
    const result_ = (id: string) => result.applications.find((x) => x.id === id)!;
  });
});
