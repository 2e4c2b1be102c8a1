import ExcelJS from 'exceljs';
import { applicationCheckValue } from '../../src/import/application-hash';
import { PERSONAL_SHEETS } from '../../src/import/personal-layout';
import { personalFileName } from '../../src/workbook/personal';
import { DEFAULT_RUBRIC_2021 } from '../../src/rules/scoring/rubric-2021';
import { application, conflict, handOutTo, packageText, PANEL, TEST_POLICY } from './fixture';

const [anna, bas, ilse, zeno] = PANEL;

async function sheets(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

const values = (ws: ExcelJS.Worksheet): unknown[][] => {
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
};

describe('the personal scoring workbook: one assessor, own rows only', () => {
  const apps = [
    application('A1', { naamInitiatief: '=HYPERLINK("http://evil.example","klik")', doel: 'Minder verwijzingen naar de tweede lijn', deelnemers: [{ praktijknaam: 'Fysio Oost', plaats: 'Zeist', telefoon: '030-1234567', email: 'info@fysio-oost.example', discipline: 'fysiotherapie' }] }),
    application('A2', { naamInitiatief: 'Longfit Utrecht' }),
  ];

  it('has the instructions, the score rows (2 applications × 9 items), the data, the rubric, the check values and who it is for', async () => {
    const [file] = await handOutTo(apps);
    const wb = await sheets(file.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Uitleg', 'Scores', 'Aanvraaggegevens', 'Rubric', 'Controle', 'Bestand']);
    const scores = values(wb.getWorksheet('Scores')!);
    expect(scores[0]).toEqual(['Aanvraag', 'Naam initiatief', 'Item', 'Onderdeel', 'Schaal', 'Score', 'Toelichting']);
    expect(scores.length - 1).toBe(2 * 9);
    expect(file.rijen).toBe(18);
    expect(scores.slice(1).map((r) => `${r[0]} ${r[2]}`)).toEqual(['A1', 'A2'].flatMap((a) => DEFAULT_RUBRIC_2021.items.map((i) => `${a} ${i.id}`)));
    // Score and Toelichting are empty: the hand-out holds nobody's scores, not even the assessor's own.
    expect(scores.slice(1).every((r) => (r[5] ?? null) === null && (r[6] ?? null) === null)).toBe(true);
    expect(scores[1][4]).toBe('1–5');
    const bestand = Object.fromEntries(values(wb.getWorksheet('Bestand')!).slice(1).map((r) => [r[0], r[1]]));
    expect(bestand).toMatchObject({ beoordelaar: 'Anna Analist', rol: 'analist', beleid: 'samenwerken-2021', formaat: '1', uitgedeeld: '2020-12-01T09:00:00.000Z' });
    expect(String(bestand.bestand)).toMatch(/^[0-9a-f]{16}$/);
    const controle = values(wb.getWorksheet('Controle')!).slice(1);
    expect(controle).toEqual([
      ['A1', apps[0].naamInitiatief, await applicationCheckValue(apps[0])],
      ['A2', 'Longfit Utrecht', await applicationCheckValue(apps[1])],
    ]);
    const uitleg = values(wb.getWorksheet('Uitleg')!).map((r) => String(r[0])).join('\n');
    expect(uitleg).toContain('Persoonlijk scorebestand van Anna Analist (analist)');
    expect(uitleg).toContain('Typ in de kolom Score een geheel getal van 1 tot en met 5');
  });

  it('shows the application data, without telephone numbers and e-mail addresses', async () => {
    const [file] = await handOutTo(apps);
    const data = values((await sheets(file.bytes)).getWorksheet('Aanvraaggegevens')!);
    const a1 = data.filter((r) => r[0] === 'A1').map((r) => `${r[2]}: ${r[3]}`);
    expect(a1).toContain('Inhoudelijk doel initiatief (o.a. bijdrage aan het verplaatsen, vervangen en voorkomen van zorg): Minder verwijzingen naar de tweede lijn');
    expect(a1.find((l) => l.startsWith('Deelnemer 1'))).toBe('Deelnemer 1: Praktijknaam deelnemer samenwerkingsverband: Fysio Oost; Plaats: Zeist; Discipline: fysiotherapie');
    const all = Object.values(packageText(file.bytes)).join('\n');
    expect(all).not.toContain('030-1234567');
    expect(all).not.toContain('info@fysio-oost.example');
  });

  it('works without the add-in: plain cells, whole-number validation 1–5 on Score, no formulas or macros; applicant text stays text', async () => {
    const [file] = await handOutTo(apps);
    const parts = packageText(file.bytes);
    expect(Object.keys(parts).some((p) => /vbaProject|macro/i.test(p))).toBe(false);
    const scoresXml = parts['xl/worksheets/sheet2.xml'];
    expect(scoresXml).toMatch(/<dataValidation type="whole"[^>]*sqref="F2:F1001"[^>]*><formula1>1<\/formula1><formula2>5<\/formula2>/);
    expect(Object.entries(parts).filter(([p, x]) => p.startsWith('xl/worksheets/') && /<f>/.test(x))).toEqual([]);
    // The hostile name is a string cell, never a formula.
    expect(parts['xl/sharedStrings.xml']).toContain('=HYPERLINK("http://evil.example","klik")');
  });

  it('protects every sheet without a password; only Score and Toelichting are typed in', async () => {
    const [file] = await handOutTo(apps);
    const parts = packageText(file.bytes);
    const sheetsXml = Object.entries(parts).filter(([p]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
    expect(sheetsXml).toHaveLength(6);
    for (const [, xml] of sheetsXml) {
      expect(xml).toMatch(/<sheetProtection[^>]*sheet="1"/);
      expect(xml).not.toMatch(/hashValue|password/);
    }
    const ws = (await sheets(file.bytes)).getWorksheet('Scores')!;
    expect([ws.getCell('F2').protection?.locked, ws.getCell('G19').protection?.locked]).toEqual([false, false]);
    expect(ws.getCell('A2').protection?.locked).not.toBe(false);
  });

  it('names the files after the role, and after the person when a role has two', () => {
    expect(personalFileName(zeno, PANEL)).toBe('beoordeling-zorginhoudelijk-adviseur.xlsx');
    const two = [...PANEL, { beoordelaar: 'Inge Öztürk-de Vries', rol: 'inkoper' }];
    expect(personalFileName(ilse, two)).toBe('beoordeling-inkoper-ilse-inkoper.xlsx');
    expect(personalFileName(two[4], two)).toBe('beoordeling-inkoper-inge-ozturk-de-vries.xlsx');
  });

  it('gives a conflicted assessor no rows, data or check value for that application; the reason is only in their own file', async () => {
    const belangen = [conflict('A1', bas, 'werkt bij Fysio Oost, deelnemer van A1'), conflict('A2', zeno, 'familie van de penvoerder')];
    const files = await handOutTo(apps, PANEL, belangen);
    const basFile = files.find((f) => f.beoordelaar === bas)!;
    expect(basFile.aanvragen).toEqual(['A2']);
    expect(basFile.uitgesloten).toEqual([{ aanvraag: 'A1', reden: 'werkt bij Fysio Oost, deelnemer van A1' }]);
    expect(basFile.rijen).toBe(9);
    const wb = await sheets(basFile.bytes);
    for (const sheet of ['Scores', 'Aanvraaggegevens', 'Controle']) expect(values(wb.getWorksheet(sheet)!).slice(1).some((r) => r[0] === 'A1')).toBe(false);
    const text = Object.values(packageText(basFile.bytes)).join('\n');
    expect(text).not.toContain('Minder verwijzingen naar de tweede lijn');
    expect(text).toContain('werkt bij Fysio Oost, deelnemer van A1');
    // Someone else's declaration never reaches another assessor's file.
    for (const f of files.filter((x) => x.beoordelaar !== zeno)) expect(Object.values(packageText(f.bytes)).join('\n')).not.toContain('familie van de penvoerder');
    for (const f of files.filter((x) => x.beoordelaar !== bas)) expect(Object.values(packageText(f.bytes)).join('\n')).not.toContain('werkt bij Fysio Oost');
  });

  it('no part of the package (cells, shared strings, defined names, comments, document properties) names another assessor', async () => {
    const files = await handOutTo(apps);
    expect(files.map((f) => f.beoordelaar)).toEqual(PANEL);
    for (const file of files) {
      const parts = packageText(file.bytes);
      expect(Object.keys(parts)).toEqual(expect.arrayContaining(['docProps/core.xml', 'docProps/app.xml', 'xl/workbook.xml', 'xl/sharedStrings.xml']));
      for (const other of PANEL.filter((p) => p !== file.beoordelaar)) {
        const hits = Object.entries(parts).filter(([, xml]) => xml.includes(other.beoordelaar)).map(([p]) => p);
        expect({ bestand: file.bestandsnaam, ander: other.beoordelaar, hits }).toEqual({ bestand: file.bestandsnaam, ander: other.beoordelaar, hits: [] });
      }
      expect(parts['docProps/core.xml']).toContain(file.beoordelaar.beoordelaar);
    }
    void anna;
  });

  it('an assessor conflicted for every application gets a file saying so, with no score rows', async () => {
    const files = await handOutTo(apps, [anna], [conflict('A1', anna, 'eigen praktijk'), conflict('A2', anna, 'eigen praktijk')]);
    const wb = await sheets(files[0].bytes);
    expect(files[0].rijen).toBe(0);
    expect(values(wb.getWorksheet(PERSONAL_SHEETS.scores)!).slice(1)).toEqual([['(geen aanvragen om te scoren)']]);
  });

  it('the same hand-out twice gives the same file id; another assessor or time another', async () => {
    const [a] = await handOutTo(apps, [anna]);
    const [b] = await handOutTo(apps, [anna]);
    const [c] = await handOutTo(apps, [bas]);
    expect(a.bestandId).toBe(b.bestandId);
    expect(c.bestandId).not.toBe(a.bestandId);
    void TEST_POLICY;
  });
});
