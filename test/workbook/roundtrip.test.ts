/**
 * One workbook, two hosts: what `zk` writes the add-in reads and carries on with, and what the
 * add-in holds (saved as .xlsx) `zk` reads, with nothing a person typed lost on the way.
 */
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createExcelService } from '../../src/excel';
import { loadApplications } from '../../src/cli/load-applications';
import { evaluateEligibility } from '../../src/rules/eligibility';
import { samenwerken2021 } from '../../src/rules/policies/samenwerken-2021';
import { rubricFor } from '../../src/rules/scoring/rubric-2021';
import { settingsFromRows } from '../../src/workbook/settings';
import { TABLES, scoreTableName } from '../../src/workbook/names';
import { createFakeExcel } from '../fake-excel';
import { ROOT, SAMPLE_ARGS, zk } from '../cli/io';
import { openInFake, saveFromFake } from './hosts';

const NOW = '2020-12-20T09:00:00.000Z';
const RUBRIC = rubricFor(samenwerken2021);
const OVERRIDES = path.join(ROOT, 'samples/beoordeling/overschrijvingen.json');

function paneOn(host = createFakeExcel()) {
  return { host, service: createExcelService({ run: host.run.bind(host), now: () => NOW, user: () => 'Sanne de Boer' }) };
}

async function tmp(name: string): Promise<string> {
  return path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'zk-werkmap-')), name);
}

/** The sample inputs as zk reads them. */
async function sampleInputs() {
  const read = await loadApplications(['samples/aanvragen', 'samples/beoordeling/aanvragen'], ROOT);
  const csv = (await fs.readFile(path.join(ROOT, 'samples/scores/scores.csv'), 'utf8')).trim().split('\n').slice(1);
  const scores = csv.map((line) => {
    const [aanvraag, beoordelaar, rol, item, score] = line.split(',');
    return { aanvraag, beoordelaar, rol, item, score: Number(score) };
  });
  const overrides = JSON.parse(await fs.readFile(OVERRIDES, 'utf8')) as { aanvraag: string; checkId: string; status: string; reden: string; beoordelaar: string; rol: string; tijdstip: string }[];
  return { applications: read.applications, scores, overrides };
}

const scoreKey = (s: { aanvraag: string; rol: string; item: string; score: number | null }) => `${s.aanvraag}|${s.rol}|${s.item}|${s.score}`;

describe('a workbook written by zk selectie, opened with the add-in', () => {
  let service: ReturnType<typeof paneOn>['service'];
  let inputs: Awaited<ReturnType<typeof sampleInputs>>;

  beforeAll(async () => {
    const file = await tmp('selectie.xlsx');
    const run = await zk(['selectie', ...SAMPLE_ARGS, '-o', file, '--steekproeven', '0']);
    expect(run.code).toBe(0);
    const pane = paneOn();
    await openInFake(pane.host, await fs.readFile(file));
    service = pane.service;
    inputs = await sampleInputs();
  }, 120_000);

  it('gives the pane the same applications, participants and budget lines that zk read', async () => {
    const read = await service.readApplications();
    // A cell holds no empty text: a field given as "" in a JSON file comes back absent, nothing else changes.
    const withoutEmpty = (value: unknown): unknown =>
      JSON.parse(JSON.stringify(value, (_, v: unknown) => (v === '' ? undefined : v)));
    expect(withoutEmpty(read?.applications)).toEqual(withoutEmpty(inputs.applications));
    expect(read?.applications.map((a) => a.id)).toEqual(inputs.applications.map((a) => a.id));
  });

  it('gives the pane the override as a typed judgement in Toetsing', async () => {
    const { overrides, problems } = await service.readOverrides();
    expect(problems).toEqual([]);
    const [line] = inputs.overrides;
    expect(overrides[line.aanvraag]).toEqual([{ checkId: line.checkId, status: line.status, reden: line.reden, beoordelaar: line.beoordelaar, rol: line.rol, tijdstip: line.tijdstip }]);
  });

  it('gives the pane every score (with the assessor\'s name) and the consensus score', async () => {
    const read = await service.readScores(RUBRIC);
    expect(read.problems).toEqual([]);
    const typed = read.scores.filter((s) => s.score !== null);
    expect(typed.map(scoreKey).sort()).toEqual(inputs.scores.map(scoreKey).sort());
    expect(new Set(typed.map((s) => s.beoordelaar))).toEqual(new Set(inputs.scores.map((s) => s.beoordelaar)));
    expect(read.consensus).toEqual([expect.objectContaining({ aanvraag: 'A-2021-012', item: 'jzojp', score: 4, wie: 'Fatima El Idrissi', rol: 'analist', motivatie: expect.stringContaining('e-healthcomponent') })]);
  });

  it('gives the pane the seed and method of the run; the rest of Instellingen is information, not a problem', async () => {
    const { patch, beleid, problems } = settingsFromRows(await service.readSettings());
    expect(problems).toEqual([]);
    expect(patch).toMatchObject({ seed: 2021, aggregation: 'gemiddelde', normalise: false });
    expect(beleid).toBe(`${samenwerken2021.id} ${samenwerken2021.versie}`);
  });

  it('carries on: screening again in the add-in keeps the judgement zk wrote', async () => {
    const apps = inputs.applications;
    const report = await service.writeScreening((typed) => apps.map((a) => evaluateEligibility(a, samenwerken2021, { overrides: typed.overrides[a.id] ?? [] })), apps);
    expect(report.meldingen).toContain('1 oordeel/oordelen van beoordelaars behouden.');
    expect((await service.readOverrides()).overrides['A-2021-012']).toHaveLength(1);
  });
});

describe('the add-in\'s workbook, saved as .xlsx, read by zk rangschik', () => {
  it('ranks exactly as zk does from the files the team typed into the workbook', async () => {
    const inputs = await sampleInputs();
    const { host, service } = paneOn();
    const apps = inputs.applications;
    await service.writeApplications(apps, []);
    // The override as the pane records it (the same judgement cells an assessor types in).
    const [o] = inputs.overrides;
    const screen = (typed: { overrides: Record<string, import('../../src/rules/outcome').Override[]> }) => apps.map((a) => evaluateEligibility(a, samenwerken2021, { overrides: typed.overrides[a.id] ?? [] }));
    await service.writeScreening(screen, apps, { overrides: [{ aanvraag: o.aanvraag, override: { checkId: o.checkId, status: o.status as 'voldoet', reden: o.reden, beoordelaar: o.beoordelaar, rol: o.rol, tijdstip: o.tijdstip } }] });
    await service.ensureScoreSheets(samenwerken2021.rollen, apps, RUBRIC);
    // Each assessor types their scores and name in their own sheet, as a person does in Excel.
    await host.run(async (context) => {
      const parts = samenwerken2021.rollen.map((rol) => {
        const table = context.workbook.tables.getItem(scoreTableName(rol));
        return { rol, header: table.getHeaderRowRange().load('values'), body: table.getDataBodyRange().load('values') };
      });
      await context.sync();
      for (const { rol, header, body } of parts) {
        const headers = header.values[0].map(String);
        body.values = body.values.map((row) =>
          row.map((value, c) => {
            const item = /^([^:]+):/.exec(headers[c])?.[1];
            const own = inputs.scores.filter((s) => s.aanvraag === row[0] && s.rol === rol);
            if (item) return own.find((s) => s.item === item)?.score ?? '';
            if (headers[c] === 'Beoordelaar') return own[0]?.beoordelaar ?? '';
            return value;
          }),
        );
      }
      await context.sync();
    });
    const consensus = (await fs.readFile(path.join(ROOT, 'samples/beoordeling/consensus.csv'), 'utf8')).trim().split('\n')[1];
    const motivatie = /"([^"]+)"/.exec(consensus)![1];
    await service.saveConsensus({ aanvraag: 'A-2021-012', item: 'jzojp', score: 4, motivatie, wie: 'Fatima El Idrissi', rol: 'analist', tijdstip: NOW }, RUBRIC);
    expect(host.model.tableRecords(TABLES.consensus)).toHaveLength(1);

    const file = await tmp('werkmap.xlsx');
    await fs.writeFile(file, await saveFromFake(host));
    const fromWorkbook = await zk(['rangschik', file, file, '--json', '--steekproeven', '0']);
    const fromFiles = await zk(['rangschik', ...SAMPLE_ARGS, '--json', '--steekproeven', '0']);
    expect(fromWorkbook.code).toBe(0);
    const ranking = (out: string) => (JSON.parse(out) as { ranglijst: { positie: number; id: string; totaal: number; geselecteerd: boolean }[] }).ranglijst.map((e) => [e.positie, e.id, e.totaal, e.geselecteerd]);
    expect(ranking(fromWorkbook.out)).toEqual(ranking(fromFiles.out));
    const excluded = (out: string) => (JSON.parse(out) as { uitgesloten: { id: string; status: string }[] }).uitgesloten.map((u) => [u.id, u.status]);
    expect(excluded(fromWorkbook.out)).toEqual(excluded(fromFiles.out));
  }, 120_000);
});
