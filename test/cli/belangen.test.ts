import ExcelJS from 'exceljs';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ROOT, SAMPLE_ARGS, zk } from './io';

/**
 * Conflicts of interest and the consensus meeting from the command line, on the samples:
 * samples/beoordeling/belangen.csv has every assessor's declaration for the ten scored
 * applications; one conflict: Ruud Hoekstra (zorginhoudelijk adviseur) for A-2021-102.
 *
 * A-2021-102 by hand (samples/scores/scores.csv, analist, beleidsontwikkelaar, inkoper, Ruud):
 *   protocol 3 4 4 4, smart 5 4 4 4, meting 4 4 4 3, borging 4 5 4 4, doelgroep 3 3 2 3,
 *   bereik 3 3 3 4, jzojp 4 2 4 2, businesscase 4 4 4 4, haalbaarheid 4 4 4 4.
 *   With all four: 132 / 4 = 33. Without Ruud: 100 / 3 = 33,333…; still 5th (A-2021-001 has 36,
 *   A-2021-011 has 30). jzojp without Ruud: 4, 2, 4 — spread 2, still a disagreement.
 */
const BELANGEN = path.join('samples', 'beoordeling', 'belangen.csv');
const APPS = SAMPLE_ARGS.slice(0, 2);
const OPTIONS = SAMPLE_ARGS.slice(3);

async function tmp(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'zk-belang-'));
}

/** The sample scores without Ruud's rows for A-2021-102: as his personal file would come back (no rows for it). */
async function scoresWithoutConflicted(dir: string): Promise<string> {
  const text = await fs.readFile(path.join(ROOT, 'samples', 'scores', 'scores.csv'), 'utf8');
  const file = path.join(dir, 'scores.csv');
  await fs.writeFile(file, text.split('\n').filter((l) => !l.startsWith('A-2021-102,Ruud Hoekstra,')).join('\n'));
  return file;
}

type RankJson = {
  ranglijst: { positie: number; id: string; totaal: number }[];
  belangen: { aanvraag: string; beoordelaar: string; laat: boolean }[];
  volledigheid: { id: string; compleet: boolean; nodig: number; volledig: string[]; metBelang: string[] }[];
};

async function sheetRows(file: string, sheet: string): Promise<Record<string, unknown>[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const rows: unknown[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  const [header, ...body] = rows;
  return body.map((r) => Object.fromEntries((header as string[]).map((h, i) => [h, r[i] ?? ''])));
}

describe('zk with declarations of interest (--belangen)', () => {
  it("Ruud's scores for A-2021-102 in the score file are refused by row, and A-2021-102 is complete with the other three", async () => {
    const { code, out, err } = await zk(['rangschik', ...SAMPLE_ARGS, '--belangen', BELANGEN, '--steekproeven', '0', '--json']);
    // 1: the ranking stands, but 9 rows of the score file do not count.
    expect(code).toBe(1);
    expect(err).toContain('fout: samples/scores/scores.csv, rij 149 (score): Ruud Hoekstra (zorginhoudelijk adviseur) heeft een belang bij aanvraag A-2021-102');
    expect(err).toContain('349 van 358 rijen ingelezen; 9 rijen tellen niet mee');
    const json = JSON.parse(out) as RankJson;
    const e102 = json.ranglijst.find((e) => e.id === 'A-2021-102')!;
    expect(e102.positie).toBe(5);
    expect(e102.totaal).toBeCloseTo(100 / 3, 9);
    expect(json.volledigheid.find((v) => v.id === 'A-2021-102')).toEqual({ id: 'A-2021-102', compleet: true, nodig: 3, volledig: ['Fatima El Idrissi', 'Pieter van Dam', 'Sanne de Boer'], metBelang: ['Ruud Hoekstra'] });
    expect(json.belangen).toEqual([expect.objectContaining({ aanvraag: 'A-2021-102', beoordelaar: 'Ruud Hoekstra', laat: false })]);
  });

  it('with his file as it comes back (no rows for A-2021-102) the run is clean and the ranking the same', async () => {
    const dir = await tmp();
    const scores = await scoresWithoutConflicted(dir);
    const clean = await zk(['rangschik', ...APPS, scores, ...OPTIONS, '--belangen', BELANGEN, '--steekproeven', '0', '--json']);
    expect([clean.code, clean.err]).toEqual([0, '']);
    const refused = JSON.parse((await zk(['rangschik', ...SAMPLE_ARGS, '--belangen', BELANGEN, '--steekproeven', '0', '--json'])).out) as RankJson;
    expect((JSON.parse(clean.out) as RankJson).ranglijst).toEqual(refused.ranglijst);
  });

  it('without the declaration, three assessors of four leave A-2021-102 unranked (the policy asks 4)', async () => {
    const dir = await tmp();
    const scores = await scoresWithoutConflicted(dir);
    const { out } = await zk(['rangschik', ...APPS, scores, ...OPTIONS, '--steekproeven', '0', '--json']);
    const json = JSON.parse(out) as RankJson;
    expect(json.ranglijst.map((e) => e.id)).not.toContain('A-2021-102');
    expect(json.volledigheid.find((v) => v.id === 'A-2021-102')).toMatchObject({ compleet: false, nodig: 4 });
  });

  it('zk selectie writes Belangen, the conflict on Selectie, the declarations in the audit, and Overleg with "belang"; zk reads the workbook back to the same ranking', async () => {
    const dir = await tmp();
    const scores = await scoresWithoutConflicted(dir);
    const xlsx = path.join(dir, 'selectie.xlsx');
    const written = await zk(['selectie', ...APPS, scores, ...OPTIONS, '--belangen', BELANGEN, '--steekproeven', '0', '-o', xlsx]);
    expect(written.code).toBe(0);

    const belangen = await sheetRows(xlsx, 'Belangen');
    expect(belangen).toHaveLength(40);
    expect(belangen.filter((r) => r.Belang === 'conflict')).toEqual([expect.objectContaining({ Aanvraag: 'A-2021-102', Beoordelaar: 'Ruud Hoekstra', Rol: 'zorginhoudelijk adviseur', 'Scores al ingevuld': 'nee' })]);

    const selectie = await sheetRows(xlsx, 'Selectie');
    expect(selectie.find((r) => r.Aanvraag === 'A-2021-102')!['Belang (scoort niet)']).toBe('Ruud Hoekstra (zorginhoudelijk adviseur): Behandelt als fysiotherapeut in Fysiotherapie Rotterdam 2, een deelnemende praktijk');
    expect(selectie.filter((r) => r['Belang (scoort niet)'] !== '')).toHaveLength(1);

    const audit = await sheetRows(xlsx, 'Audit');
    expect(audit.filter((r) => r.Actie === 'belangverklaring')).toHaveLength(40);
    expect(audit.find((r) => r.Actie === 'belangverklaring' && r.Onderwerp === 'belang bij A-2021-102')).toMatchObject({ Wie: 'Ruud Hoekstra', Tijdstip: '2020-11-23T11:40:00Z' });

    // The table's rows; the notes under it have no application.
    const overleg = (await sheetRows(xlsx, 'Overleg')).filter((r) => r.Aanvraag !== '');
    expect(overleg.map((r) => [r.Aanvraag, r.Onderdeel, r.Spreiding])).toEqual([
      ['A-2021-102', 'Juiste zorg op de juiste plek', 2],
      ['A-2021-012', 'Juiste zorg op de juiste plek', 2],
    ]);
    expect(overleg[0]['Score Ruud Hoekstra (zorginhoudelijk adviseur)']).toBe('belang');
    expect(overleg[1]['Score Ruud Hoekstra (zorginhoudelijk adviseur)']).toBe(2);

    const before = JSON.parse((await zk(['rangschik', ...APPS, scores, ...OPTIONS, '--belangen', BELANGEN, '--steekproeven', '0', '--json'])).out) as RankJson;
    // The workbook as the score input, without --belangen: its Belangen sheet counts.
    const again = await zk(['rangschik', ...APPS, xlsx, '--overschrijvingen', OPTIONS[1], '--steekproeven', '0', '--json']);
    expect(again.err).toBe('');
    const json = JSON.parse(again.out) as RankJson;
    expect(json.ranglijst).toEqual(before.ranglijst);
    expect(json.belangen.map((b) => b.aanvraag)).toEqual(['A-2021-102']);
  });

  it('a workbook written without declarations reads back without problems (its empty Belangen sheet declares nothing)', async () => {
    const dir = await tmp();
    const xlsx = path.join(dir, 'leeg.xlsx');
    expect((await zk(['selectie', ...SAMPLE_ARGS, '--steekproeven', '0', '-o', xlsx])).code).toBe(0);
    expect((await sheetRows(xlsx, 'Belangen'))[0].Aanvraag).toBe('(geen belangen gemeld)');
    const again = await zk(['rangschik', ...APPS, xlsx, '--overschrijvingen', OPTIONS[1], '--steekproeven', '0', '--json']);
    expect([again.code, again.err]).toEqual([0, '']);
    expect((JSON.parse(again.out) as RankJson).belangen).toEqual([]);
  });

  it('a declaration made when the scores were already in is flagged in the ranking and the audit', async () => {
    const dir = await tmp();
    const file = path.join(dir, 'belangen.json');
    await fs.writeFile(
      file,
      JSON.stringify([{ aanvraag: 'A-2021-104', beoordelaar: 'Sanne de Boer', rol: 'inkoper', belang: 'conflict', reden: 'Oud-collega van de penvoerder', tijdstip: '2020-12-09T10:00:00Z', scoresAlIngevuld: true }]),
    );
    const { out } = await zk(['rangschik', ...SAMPLE_ARGS, '--belangen', file, '--steekproeven', '0']);
    expect(out).toContain('  A-2021-104: Sanne de Boer (inkoper): Oud-collega van de penvoerder (gemeld na de scores)');
    const xlsx = path.join(dir, 's.xlsx');
    await zk(['selectie', ...SAMPLE_ARGS, '--belangen', file, '--steekproeven', '0', '-o', xlsx]);
    const late = (await sheetRows(xlsx, 'Audit')).filter((r) => r.Actie === 'late belangverklaring');
    expect(late).toEqual([expect.objectContaining({ Onderwerp: 'belang bij A-2021-104 gemeld na de scores', Wie: 'Sanne de Boer', Tijdstip: '2020-12-09T10:00:00Z' })]);
  });

  it("a saved workbook's Audit tells when the scores came in: a conflict declared later is flagged from that moment", async () => {
    const dir = await tmp();
    const xlsx = path.join(dir, 'werkmap.xlsx');
    expect((await zk(['selectie', ...SAMPLE_ARGS, '--steekproeven', '0', '-o', xlsx])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    // What reading back Sanne's personal file leaves in the audit, and her declaration a week later.
    wb.getWorksheet('Audit')!.addRow(['2020-12-01T10:00:00Z', 'scores ingelezen', 'A-2021-104', 'beoordeling ingelezen: sanne.xlsx', 'Sanne de Boer', 'inkoper']);
    const belangen = wb.getWorksheet('Belangen')!;
    belangen.getRow(2).values = ['A-2021-104', '', 'Sanne de Boer', 'inkoper', 'conflict', 'Oud-collega van de penvoerder', '2020-12-09T10:00:00Z', 'nee'];
    await wb.xlsx.writeFile(xlsx);
    const { out } = await zk(['rangschik', ...APPS, xlsx, '--overschrijvingen', OPTIONS[1], '--steekproeven', '0', '--json']);
    expect((JSON.parse(out) as RankJson).belangen).toEqual([expect.objectContaining({ aanvraag: 'A-2021-104', beoordelaar: 'Sanne de Boer', laat: true })]);
  });

  it('a conflict without a reason is refused by row and field; an unreadable file stops before anything is written', async () => {
    const dir = await tmp();
    const bad = path.join(dir, 'belangen.csv');
    await fs.writeFile(bad, 'aanvraag;beoordelaar;rol;belang;reden;tijdstip\nA-2021-102;Ruud Hoekstra;zorginhoudelijk adviseur;conflict;;2020-11-23T11:40:00Z\n');
    const { code, err } = await zk(['rangschik', ...SAMPLE_ARGS, '--belangen', bad, '--steekproeven', '0']);
    expect(code).toBe(1);
    expect(err).toContain(`fout: ${path.relative(ROOT, bad)}, rij 2 (Reden): een belang heeft een korte reden nodig`);

    const broken = path.join(dir, 'kapot.json');
    await fs.writeFile(broken, '[{"aanvraag": ');
    const xlsx = path.join(dir, 'nooit.xlsx');
    const stopped = await zk(['selectie', ...SAMPLE_ARGS, '--belangen', broken, '-o', xlsx]);
    expect(stopped.code).toBe(2);
    expect(stopped.err).toContain(`kan belangenbestand '${path.relative(ROOT, broken)}' niet lezen: geen geldige JSON`);
    await expect(fs.stat(xlsx)).rejects.toThrow();
  });
});

describe('zk overleg', () => {
  it('lists the disputed items, largest spread first, with "belang" for Ruud on A-2021-102', async () => {
    const dir = await tmp();
    const scores = await scoresWithoutConflicted(dir);
    const { code, out } = await zk(['overleg', ...APPS, scores, '--overschrijvingen', OPTIONS[1], '--belangen', BELANGEN, '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { onderdelen: { aanvraag: string; item: string; spreiding: number; positie: number; scores: { beoordelaar: string; score: number | null; belang?: string }[]; effecten: { score: number; verandert: boolean }[] }[] };
    expect(json.onderdelen.map((o) => [o.aanvraag, o.item, o.spreiding, o.positie])).toEqual([
      ['A-2021-102', 'jzojp', 2, 5],
      ['A-2021-012', 'jzojp', 2, 8],
    ]);
    expect(json.onderdelen[0].scores.map((s) => [s.beoordelaar, s.score, s.belang ?? ''])).toEqual([
      ['Fatima El Idrissi', 4, ''],
      ['Pieter van Dam', 2, ''],
      ['Sanne de Boer', 4, ''],
      ['Ruud Hoekstra', null, 'Behandelt als fysiotherapeut in Fysiotherapie Rotterdam 2, een deelnemende praktijk'],
    ]);
    expect(json.onderdelen[0].effecten.map((e) => e.score)).toEqual([1, 2, 3, 4, 5]);
  });

  it('-o writes Overleg and open Consensus rows; the filled-in decision with who was present counts in zk selectie and is audited', async () => {
    const dir = await tmp();
    const scores = await scoresWithoutConflicted(dir);
    const file = path.join(dir, 'overleg.xlsx');
    const made = await zk(['overleg', ...APPS, scores, '--overschrijvingen', OPTIONS[1], '--belangen', BELANGEN, '-o', file]);
    expect(made.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Overleg', 'Consensus', 'Belangen']);
    const consensus = wb.getWorksheet('Consensus')!;
    expect([consensus.getCell('A2').value, consensus.getCell('B2').value, consensus.getCell('C2').value]).toEqual(['A-2021-102', 'jzojp', '']);
    // Nothing decided yet: the open rows are read as no decisions, not as an unreadable file.
    const undecided = await zk(['rangschik', ...APPS, scores, '--overschrijvingen', OPTIONS[1], '--belangen', BELANGEN, '--consensus', file, '--steekproeven', '0']);
    expect([undecided.code, undecided.err]).toEqual([0, '']);
    // The meeting decides on A-2021-102 only; the row of A-2021-012 stays open.
    consensus.getCell('C2').value = 3;
    consensus.getCell('D2').value = 'Besproken: de verschuiving naar de eerste lijn is beschreven, de onderbouwing is dun.';
    consensus.getCell('E2').value = 'Sanne de Boer';
    consensus.getCell('F2').value = 'inkoper';
    consensus.getCell('H2').value = 'Fatima El Idrissi (analist); Pieter van Dam (beleidsontwikkelaar); Sanne de Boer (inkoper)';
    await wb.xlsx.writeFile(file);

    const xlsx = path.join(dir, 'selectie.xlsx');
    const run = await zk(['selectie', ...APPS, scores, '--overschrijvingen', OPTIONS[1], '--belangen', BELANGEN, '--consensus', file, '--steekproeven', '0', '-o', xlsx]);
    expect([run.code, run.err]).toEqual([0, '']);
    const audit = (await sheetRows(xlsx, 'Audit')).filter((r) => r.Actie === 'consensusscore');
    // jzojp of A-2021-102 without Ruud: (4 + 2 + 4) / 3 = 3,33 → 3.
    expect(audit).toEqual([
      expect.objectContaining({
        Onderwerp: 'consensusscore A-2021-102 / Juiste zorg op de juiste plek: 3,33 → 3',
        Melding: 'Besproken: de verschuiving naar de eerste lijn is beschreven, de onderbouwing is dun. Aanwezig: Fatima El Idrissi (analist); Pieter van Dam (beleidsontwikkelaar); Sanne de Boer (inkoper).',
        Wie: 'Sanne de Boer',
      }),
    ]);
    const saved = await sheetRows(xlsx, 'Consensus');
    expect(saved).toEqual([expect.objectContaining({ Aanvraag: 'A-2021-102', Item: 'jzojp', Aanwezig: 'Fatima El Idrissi (analist); Pieter van Dam (beleidsontwikkelaar); Sanne de Boer (inkoper)' })]);
  });

  it('a consensus score recorded by the conflicted assessor is refused', async () => {
    const dir = await tmp();
    const scores = await scoresWithoutConflicted(dir);
    const file = path.join(dir, 'consensus.csv');
    await fs.writeFile(file, 'aanvraag,item,score,motivatie,wie,rol\nA-2021-102,jzojp,5,Ik ken het plan goed.,Ruud Hoekstra,zorginhoudelijk adviseur\n');
    const { out } = await zk(['rangschik', ...APPS, scores, '--overschrijvingen', OPTIONS[1], '--belangen', BELANGEN, '--consensus', file, '--steekproeven', '0']);
    expect(out).toContain('Consensusscore A-2021-102 / jzojp van Ruud Hoekstra geweigerd: Ruud Hoekstra heeft een belang bij A-2021-102');
  });
});
