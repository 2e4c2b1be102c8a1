import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { moduleCharts, writeModuleWorkbook } from '../../src/report/module-workbook';
import { CHECKLIST_SHEETS, CHECKLIST_TABLES } from '../../src/workbook/module-checklist';
import { BI_QUOTE, FORMULA_NAME, KNGF_REMARK, vvChecklist } from './module-fixture';

const PROBLEM = { bestand: 'praktijken.csv', plaats: 'rij 4', veld: 'ingeschrevenSinds', melding: 'Datum "31-02-2024" bestaat niet; de voorwaarde is onbekend.' };

async function readBack() {
  const bytes = await writeModuleWorkbook([vvChecklist()], { problemen: [PROBLEM], tijdstip: '2025-03-03T09:00:00.000Z' });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return { bytes, wb };
}

const headerOf = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as unknown[]).slice(1).map(String);
const column = (ws: ExcelJS.Worksheet, header: string) => headerOf(ws).indexOf(header) + 1;
/** The fills a column's conditional formats give to a value, e.g. "voldoet niet" → FFFFC7CE. */
function fillFor(ws: ExcelJS.Worksheet, letter: string, value: string): string | undefined {
  const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[]; style?: { fill?: { bgColor?: { argb?: string } } } }[] }[] }).conditionalFormattings;
  const rules = cf.filter((c) => c.ref.startsWith(`${letter}2:`)).flatMap((c) => c.rules);
  return rules.find((r) => r.formulae?.[0] === `"${value}"`)?.style?.fill?.bgColor?.argb;
}

describe('zk module vv -o: the checklist workbook, read back with exceljs', () => {
  let wb: ExcelJS.Workbook;
  let bytes: Uint8Array;
  beforeAll(async () => {
    ({ wb, bytes } = await readBack());
  });

  it('has the checklist, details and summary of Voortdurend Verbeteren, then Problemen', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Voortdurend Verbeteren', 'VV details', 'VV samenvatting', 'Problemen']);
    const tables = wb.worksheets.slice(0, 3).map((w) => Object.keys((w as unknown as { tables: Record<string, unknown> }).tables));
    expect(tables).toEqual([[CHECKLIST_TABLES.vv.checklist], [CHECKLIST_TABLES.vv.details], [CHECKLIST_TABLES.vv.samenvatting]]);
  });

  it('checklist: a row per practice, a column per condition between Uitkomst and Signalen', () => {
    const ws = wb.getWorksheet(CHECKLIST_SHEETS.vv.checklist)!;
    expect(headerOf(ws)).toEqual(['AGB-code', 'Praktijknaam', 'Peildatum', 'Uitkomst', 'Praktijkkwaliteitsregister', 'Peer review', 'BehandelIndex', 'Erkend meetbureau PREM', 'PDCA aantoonbaar', 'Signalen']);
    expect(ws.getRow(3).getCell(column(ws, 'Praktijkkwaliteitsregister')).value).toBe('voldoet niet');
    expect(ws.getRow(3).getCell(column(ws, 'Peer review')).value).toBe('onbekend');
    expect(ws.getRow(3).getCell(column(ws, 'Uitkomst')).value).toBe('voldoet niet');
    // The condition's wording from the source is the header's note.
    const note = ws.getRow(1).getCell(column(ws, 'BehandelIndex')).note;
    expect(JSON.stringify(note)).toContain('kleiner dan of gelijk aan de waarde van het 6e deciel');
  });

  it('formats: AGB-code as text (the leading zero stays), the check date as a Dutch date', () => {
    const ws = wb.getWorksheet(CHECKLIST_SHEETS.vv.checklist)!;
    const agb = ws.getRow(2).getCell(1);
    expect([agb.value, agb.numFmt]).toEqual(['04000001', '@']);
    const date = ws.getRow(2).getCell(column(ws, 'Peildatum'));
    expect(date.value).toEqual(new Date('2025-03-01T00:00:00Z'));
    expect(date.numFmt).toBe('[$-413]dd-mm-yyyy');
  });

  it('status colours as Toetsing: voldoet green, voldoet niet red, onbekend amber, on every condition column', () => {
    const ws = wb.getWorksheet(CHECKLIST_SHEETS.vv.checklist)!;
    for (const letter of ['E', 'F', 'G', 'H', 'I']) {
      expect([fillFor(ws, letter, 'voldoet'), fillFor(ws, letter, 'voldoet niet'), fillFor(ws, letter, 'onbekend')]).toEqual(['FFC6EFCE', 'FFFFC7CE', 'FFFFEB9C']);
    }
  });

  it('applicant text that looks like a formula stays text: the workbook has no formula at all', () => {
    const ws = wb.getWorksheet(CHECKLIST_SHEETS.vv.checklist)!;
    const name = ws.getRow(4).getCell(2);
    expect([name.type, name.value, name.numFmt]).toEqual([ExcelJS.ValueType.String, FORMULA_NAME, '@']);
    const formulas = wb.worksheets.flatMap((sheet) => {
      const found: string[] = [];
      sheet.eachRow((row) => row.eachCell((c) => c.type === ExcelJS.ValueType.Formula && found.push(`${sheet.name}!${c.address}`)));
      return found;
    });
    expect(formulas).toEqual([]);
  });

  it('details: a row per practice × condition with status, reason, evidence, origin and the source\'s wording', () => {
    const ws = wb.getWorksheet(CHECKLIST_SHEETS.vv.details)!;
    expect(headerOf(ws)).toEqual(['AGB-code', 'Praktijknaam', 'Voorwaarde', 'Omschrijving', 'Uitkomst', 'Reden', 'Bewijs', 'Herkomst', 'Keuze van het team', 'Voorwaarde volgens de bron']);
    expect(ws.actualRowCount - 1).toBe(3 * 5);
    const bi = (ws.getRow(1 + 5 + 3).values as unknown[]).slice(1);
    expect(bi).toEqual(['04000002', 'Fysiotherapie De Brug', 'BI', 'BehandelIndex', 'voldoet niet', 'BehandelIndex 101,2 is hoger dan de drempel 96,4', 'BI 101,2 > drempel 96,4 (BI-jaar 2023)', 'bron: Voorwaarden Module Voortdurend Verbeteren, BehandelIndex', undefined, BI_QUOTE]);
    const prem = (ws.getRow(1 + 5 + 4).values as unknown[]).slice(1);
    expect(prem.slice(7, 9)).toEqual(['bron: Voorwaarden Module Voortdurend Verbeteren, Patiëntervaringen', 'keuze van het team: erkendeMeetbureaus (standaard: lijst van het team)']);
  });

  it('summary: the condition that blocks most practices first, with counts, origin and KNGF\'s remark by the BehandelIndex', () => {
    const ws = wb.getWorksheet(CHECKLIST_SHEETS.vv.samenvatting)!;
    expect(headerOf(ws)).toEqual(['Voorwaarde', 'Omschrijving', 'Voldoet niet', 'Voldoet', 'Onbekend', 'Herkomst', 'Voorwaarde volgens de bron', 'Opmerking in de bron']);
    const rows = [2, 3, 4, 5, 6].map((r) => (ws.getRow(r).values as unknown[]).slice(1, 6));
    // By hand from the fixture: register, BI and PREM fail once each (source order); peer review and PDCA are unknown once.
    expect(rows).toEqual([
      ['register', 'Praktijkkwaliteitsregister', 1, 2, 0],
      ['BI', 'BehandelIndex', 1, 2, 0],
      ['premBureau', 'Erkend meetbureau PREM', 1, 2, 0],
      ['peerReview', 'Peer review', 0, 2, 1],
      ['pdca', 'PDCA aantoonbaar', 0, 2, 1],
    ]);
    expect(ws.getRow(3).getCell(8).value).toBe(KNGF_REMARK);
  });

  it('Problemen names file, row and field', () => {
    const ws = wb.getWorksheet('Problemen')!;
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(['praktijken.csv', 'rij 4', 'ingeschrevenSinds', PROBLEM.melding, 'fout']);
  });

  it('the summary carries a bar chart of Voldoet niet per condition, referring to the table\'s cells', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const xml = await zip.file(charts[0])!.async('string');
    expect(xml).toContain("<c:f>&apos;VV samenvatting&apos;!$B$2:$B$6</c:f>");
    expect(xml).toContain("<c:f>&apos;VV samenvatting&apos;!$C$2:$C$6</c:f>");
    const [chart] = moduleCharts(vvChecklist());
    expect(chart.grafiek.waarden.waarden).toEqual([1, 1, 1, 0, 0]);
  });
});
