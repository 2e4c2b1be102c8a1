import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildSelectionWorkbook } from '../../src/report/selection-workbook';
import { writeWorkbook } from '../../src/report/write-xlsx';
import { TABLES, scoreTableName } from '../../src/workbook/names';
import { incompleteRun, SELECTION_WORKBOOK_SHEETS, smallRun } from './fixture';

async function readBack(run = smallRun()) {
  const buffer = await writeWorkbook(buildSelectionWorkbook(run));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return { wb, run };
}

function header(ws: ExcelJS.Worksheet): string[] {
  return (ws.getRow(1).values as unknown[]).slice(1).map(String);
}
function cellBy(ws: ExcelJS.Worksheet, row: number, kop: string): ExcelJS.Cell {
  return ws.getRow(row).getCell(header(ws).indexOf(kop) + 1);
}

describe('selection workbook, read back with exceljs', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    ({ wb } = await readBack());
  });

  it('has the add-in\'s sheets (Selectie, Besluiten, Toetsing, the three import tables, a score sheet per role, Overleg, Consensus, Belangen, Audit, Instellingen) plus Aggregatie and Gevoeligheid', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(SELECTION_WORKBOOK_SHEETS);
  });

  it('each sheet is a real Excel table with a frozen header row, named as the add-in names it', () => {
    const names: Record<string, string> = { Aanvragen: TABLES.aanvragen, Deelnemers: TABLES.deelnemers, Begroting: TABLES.begroting, Consensus: TABLES.consensus };
    for (const ws of wb.worksheets) {
      const tables = Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables);
      const expected = names[ws.name] ?? (ws.name.startsWith('Scores ') ? scoreTableName(ws.name.slice('Scores '.length)) : `tbl${ws.name}`);
      expect(tables).toEqual([expected]);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
  });

  it('Selectie: ranks A1 (45) and A2 (36) above the cut-off, A3 (27) below, A4 rejected', () => {
    const ws = wb.getWorksheet('Selectie')!;
    const rows = [2, 3, 4, 5].map((r) => [cellBy(ws, r, 'Positie').value, cellBy(ws, r, 'Aanvraag').value, cellBy(ws, r, 'Totaalscore').value, cellBy(ws, r, 'Besluit').value]);
    expect(rows).toEqual([
      [1, 'A1', 45, 'geselecteerd'],
      [2, 'A2', 36, 'geselecteerd'],
      [3, 'A3', 27, 'niet geselecteerd'],
      [null, 'A4', null, 'afgewezen'],
    ]);
    // A2's bereik: 3, 5, 4, 4 → spread 5 − 3 = 2, the rubric's threshold.
    expect(cellBy(ws, 3, 'Onenigheid beoordelaars').value).toBe('Bereik ZK-klanten (2)');
    expect(cellBy(ws, 5, 'Reden').value).toBe('Niet geschikt: K9: 749 klanten van Zilveren Kruis; de voorwaarde is tenminste 750.');
  });

  it('formats are Dutch (nl-NL, [$-413]): € 125.000,50, scores 4,00, 100%, text cells as text', () => {
    const ws = wb.getWorksheet('Selectie')!;
    const bedrag = cellBy(ws, 3, 'Gevraagd bedrag');
    expect(bedrag.value).toBe(125000.5);
    // The € is a literal: LibreOffice keeps 60,000.00 for a [$€-413] tag (seen when rendering).
    expect(bedrag.numFmt).toBe('[$-413]"€ "#,##0.00;[$-413]"€ "-#,##0.00');
    expect(cellBy(ws, 2, 'Totaalscore').numFmt).toBe('[$-413]0.00');
    expect(cellBy(ws, 2, 'Naam initiatief').numFmt).toBe('@');
    expect(cellBy(ws, 2, `Kans in top 2`).numFmt).toBe('[$-413]0%');
  });

  it('headers are words, not internal ids: the rubric items by their Dutch name', () => {
    const heads = header(wb.getWorksheet('Selectie')!);
    expect(heads).toEqual(expect.arrayContaining(['Samenwerkingsprotocol', 'SMART-doelen en nulmeting', 'Bereik ZK-klanten', 'Juiste zorg op de juiste plek', 'Haalbaarheid binnen looptijd']));
    for (const id of ['protocol', 'smart', 'jzojp', 'bereik', 'Score protocol']) expect(heads).not.toContain(id);
    expect(header(wb.getWorksheet('Toetsing')!)).toEqual(expect.arrayContaining(['Herkomst', 'Oordeel beoordelaar', 'Reden oordeel', 'Beoordelaar', 'Rol', 'Tijdstip oordeel']));
    // The import tables keep the import's field names: what `zk import` and =ZK.ELIGIBLE read.
    const ownWords = wb.worksheets.filter((ws) => !['Aanvragen', 'Deelnemers', 'Begroting'].includes(ws.name));
    for (const ws of ownWords) for (const h of header(ws)) expect(h).not.toMatch(/override|seed loting/i);
  });

  it('columns are wide enough for their longest name and header word; long text wraps in a taller row', () => {
    const ws = wb.getWorksheet('Selectie')!;
    const col = (kop: string) => ws.getColumn(header(ws).indexOf(kop) + 1);
    // "Samenwerkingsverband A1" is 23 characters.
    expect(col('Naam samenwerkingsverband').width).toBeGreaterThanOrEqual(23);
    // "Samenwerkingsprotocol" (21) must not break inside the word.
    expect(col('Samenwerkingsprotocol').width).toBeGreaterThanOrEqual(21 + 2);
    // "€ 125.000,50" is 12 characters: the amount column must not show #####.
    expect(col('Gevraagd bedrag').width).toBeGreaterThanOrEqual(12 + 1);
    // A4's motivation (83 characters) is longer than its column: it wraps instead of running on.
    const motivation = cellBy(ws, 5, 'Reden');
    expect(String(motivation.value).length).toBeGreaterThan(col('Reden').width!);
    expect(motivation.alignment?.wrapText).toBe(true);
  });

  it('applicant text that looks like a formula stays text: the only formulas are the verdict column\'s =ZK.ELIGIBLE', () => {
    const ws = wb.getWorksheet('Selectie')!;
    expect(cellBy(ws, 2, 'Naam initiatief').value).toBe('=HYPERLINK("http://evil.example","klik")');
    expect(cellBy(ws, 3, 'Naam initiatief').value).toBe('+31 6 1234 5678');
    expect(cellBy(ws, 4, 'Naam initiatief').value).toBe('@SUM(A1:A9)');
    expect(cellBy(ws, 4, 'Naam samenwerkingsverband').value).toBe('-2+3');
    // A1's first score (analist, item protocol) carries the toelichting "=1+1".
    const scores = wb.getWorksheet('Scores analist')!;
    expect(cellBy(scores, 2, 'Toelichting').value).toBe('=1+1');
    const formulas: string[] = [];
    for (const sheet of wb.worksheets) {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.Formula) formulas.push(`${sheet.name}!${header(sheet)[Number(cell.col) - 1]}: ${cell.formula.split('(')[0]}`);
        }),
      );
    }
    expect(formulas).toEqual(Array(4).fill('Aanvragen!ZK.ELIGIBLE: ZK.ELIGIBLE'));
  });

  it('conditional formatting colours the decisions and puts data bars on the totals', () => {
    const ws = wb.getWorksheet('Selectie')!;
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[] }).conditionalFormattings;
    const kinds = cf.flatMap((c) => c.rules.map((r) => r.type));
    expect(kinds).toContain('dataBar');
    expect(cf.flatMap((c) => c.rules.flatMap((r) => r.formulae ?? []))).toEqual(expect.arrayContaining(['"geselecteerd"', '"niet geselecteerd"', '"afgewezen"']));
  });

  it('the data bar reference points at an x14 rule with the same id (an empty id makes Excel repair the file)', async () => {
    const run = smallRun();
    const zip = await JSZip.loadAsync(await writeWorkbook(buildSelectionWorkbook(run)));
    const xml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const ref = /<x14:id>(\{[0-9A-F-]+\})<\/x14:id>/.exec(xml);
    expect(ref).not.toBeNull();
    expect(xml).toContain(`<x14:cfRule type="dataBar" id="${ref![1]}">`);
  });

  it('draws the cut-off line under place 2 (row 3) and explains it below the table', () => {
    const ws = wb.getWorksheet('Selectie')!;
    expect(ws.getCell('A3').border?.bottom?.style).toBe('thick');
    expect(ws.getCell('A2').border?.bottom).toBeUndefined();
    expect(String(ws.getCell('A7').value)).toContain('onder plaats 2');
    // Totals under the line: A1 and A2 ask € 50.000,00 and € 125.000,50.
    expect(String(ws.getCell('A8').value)).toBe('Geselecteerd: 2 aanvragen; samen gevraagd € 175.000,50. Laagste geselecteerde totaalscore: 36.');
  });

  it('Audit: the add-in\'s columns; the timestamp as written (ISO, UTC); the tie-free run logs four decisions by Ilse Inkoper', () => {
    const ws = wb.getWorksheet('Audit')!;
    expect(header(ws)).toEqual(['Tijdstip', 'Actie', 'Onderwerp', 'Melding', 'Wie', 'Rol']);
    expect(ws.getCell('A2').value).toBe('2020-12-15T10:30:00.000Z');
    const decisions: string[][] = [];
    ws.eachRow((row, n) => {
      if (n > 1 && String(row.getCell(2).value) === 'besluit') decisions.push([String(row.getCell(5).value), String(row.getCell(6).value)]);
    });
    expect(decisions).toEqual(Array(4).fill(['Ilse Inkoper', 'inkoper']));
  });

  it('Instellingen: the add-in\'s keys: policy, equal weights, seed and method; the run\'s decision date and tie-breaks', () => {
    const ws = wb.getWorksheet('Instellingen')!;
    const settings = new Map<string, ExcelJS.CellValue>();
    expect(header(ws)).toEqual(['Sleutel', 'Waarde', 'Toelichting']);
    ws.eachRow((row, n) => n > 1 && settings.set(String(row.getCell(1).value), row.getCell(2).value));
    expect(settings.get('seed')).toBe('99');
    expect(settings.get('tiebreak')).toBe('hogere score op impact voor klanten; hogere score op inhoudelijke kwaliteit; meer klanten van Zilveren Kruis; lager gevraagd bedrag');
    expect(settings.get('aggregatie')).toBe('gemiddelde');
    expect(settings.get('normaliseren')).toBe('nee');
    expect(settings.get('besluitdatum')).toBe('2020-12-31');
    expect([...settings].filter(([k]) => k.startsWith('gewicht ')).map(([, v]) => v)).toEqual(Array(9).fill('1'));
    expect(settings.has('gewicht protocol')).toBe(true);
    expect(String(settings.get('herkomst gewichten'))).toContain('noemt geen gewichten');
  });

  it('Toetsing lists every check of every application; each role\'s score sheet every scored application', () => {
    expect(wb.getWorksheet('Toetsing')!.actualRowCount).toBe(1 + 3 * 3 + 2);
    for (const role of ['analist', 'beleidsontwikkelaar', 'inkoper', 'zorginhoudelijk adviseur']) expect(wb.getWorksheet(`Scores ${role}`)!.actualRowCount).toBe(1 + 3);
  });

  it('prints landscape on A4, one page wide, the header row on every page, policy and date in the page header', async () => {
    const zip = await JSZip.loadAsync(await writeWorkbook(buildSelectionWorkbook(smallRun())));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toMatch(/<pageSetup[^>]*paperSize="9"/);
    expect(sheet).toMatch(/<pageSetup[^>]*orientation="landscape"/);
    expect(sheet).toMatch(/<pageSetup[^>]*fitToWidth="1"/);
    expect(sheet).toMatch(/<pageSetup[^>]*fitToHeight="0"/);
    expect(sheet).toContain('<pageSetUpPr fitToPage="1"/>');
    expect(sheet).toMatch(/<oddHeader>[^<]*Samenwerken in de Regio 2021 \(versie test\)[^<]*Besluit 31 december 2020[^<]*<\/oddHeader>/);
    expect(sheet).toMatch(/<oddFooter>[^<]*pagina &amp;P van &amp;N<\/oddFooter>/);
    const book = await zip.file('xl/workbook.xml')!.async('string');
    expect(book).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Selectie&apos;!$1:$1</definedName>');
  });
});

describe('selection workbook: what has no ordinary decision says so, and why', () => {
  let ws: ExcelJS.Worksheet;
  beforeAll(async () => {
    ws = (await readBack(incompleteRun())).wb.getWorksheet('Selectie')!;
  });
  const row = (id: string) => {
    for (let r = 2; r <= ws.rowCount; r++) if (cellBy(ws, r, 'Aanvraag').value === id) return r;
    throw new Error(`geen rij voor ${id}`);
  };

  it('eligible but not completely scored: "nog niet volledig beoordeeld", naming the assessor and the items', () => {
    const r = row('B2');
    expect(cellBy(ws, r, 'Besluit').value).toBe('nog niet volledig beoordeeld');
    expect(cellBy(ws, r, 'Positie').value).toBeNull();
    expect(cellBy(ws, r, 'Reden').value).toBe(
      '3 van minimaal 4 beoordelaars scoorden alle onderdelen; Zeno Zorg (zorginhoudelijk adviseur) mist Bereik ZK-klanten, Juiste zorg op de juiste plek; ontbrekende rollen: zorginhoudelijk adviseur.',
    );
  });

  it('screening onvolledig without a team decision: "besluit van het team nodig" with the missing information, never a rejection', () => {
    const r = row('B3');
    expect(cellBy(ws, r, 'Besluit').value).toBe('besluit van het team nodig');
    expect(cellBy(ws, r, 'Reden').value).toBe(
      'Niet vast te stellen door ontbrekende gegevens: K9: aantal klanten van Zilveren Kruis niet opgegeven. Het team vraagt om aanvulling of wijst gemotiveerd af. De uiterste indiendatum (5 november 2020) is verstreken.',
    );
  });

  it('a motivation of three lines gets a row tall enough for it (not every program re-measures wrapped text)', () => {
    const r = row('B3');
    const width = ws.getColumn(header(ws).indexOf('Reden') + 1).width!;
    // ~190 characters in a column of at most 70: at least three lines of 15 points.
    expect(String(cellBy(ws, r, 'Reden').value).length).toBeGreaterThan(2 * width * 1.2);
    expect(ws.getRow(r).height).toBeGreaterThanOrEqual(45);
  });

  it('a late application stays ranked, with the warning in its motivation', () => {
    const r = row('B1');
    expect(cellBy(ws, r, 'Besluit').value).toBe('geselecteerd');
    expect(String(cellBy(ws, r, 'Reden').value)).toContain('Let op: indiening: ontvangen op 9 november 2020, na de uiterste indiendatum');
  });

  it('the note under the table counts what waits for scores', () => {
    const notes: string[] = [];
    ws.eachRow((rw, n) => n > 4 && notes.push(String(rw.getCell(1).value)));
    expect(notes).toContain('Nog niet volledig beoordeeld: 1 aanvraag/aanvragen; die krijgen nog geen besluit en geen brief.');
  });

  it('the decision colours cover the decisions that are no ordinary selection', async () => {
    const cf = (ws as unknown as { conditionalFormattings: { rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
    expect(cf.flatMap((c) => c.rules.flatMap((r) => r.formulae ?? []))).toEqual(expect.arrayContaining(['"nog niet volledig beoordeeld"', '"besluit van het team nodig"', '"verzoek om aanvulling"', '"afgewezen: aanvraag onvolledig (besluit van het team)"']));
  });
});

describe('page header', () => {
  it('stays within Excel\'s 255 characters however long a team\'s policy name is', async () => {
    const run = smallRun();
    const policy = { ...run.policy, naam: 'Samenwerken in de Regio & meer '.repeat(20) };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeWorkbook(buildSelectionWorkbook({ ...run, policy }))) as unknown as ArrayBuffer);
    const header = wb.getWorksheet('Selectie')!.headerFooter.oddHeader!;
    expect(header.length).toBeLessThanOrEqual(255);
    expect(header).toContain('&&');
    expect(header).toContain('&CSelectie'.replace('&C', '&C&9&B'));
  });
});
