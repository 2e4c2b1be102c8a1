import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import JSZip from 'jszip';
import { buildBiWorkbook } from '../../src/report/bi-workbook';
import { addCharts } from '../../src/report/charts';
import { buildSelectionWorkbook } from '../../src/report/selection-workbook';
import { biXlsx, selectionCharts, selectionXlsx } from '../../src/report/workbook-charts';
import { moduleWorkbookModel, writeModuleWorkbook } from '../../src/report/module-workbook';
import { writeWorkbook } from '../../src/report/write-xlsx';
import { computeBehandelIndex, settingsFromRule, type BiRow } from '../../src/rules/bi/behandelindex';
import { VOORTDUREND_VERBETEREN_2024 } from '../../src/rules/policies/voortdurend-verbeteren-2024';
import { SELECTION_WORKBOOK_SHEETS, smallRun } from './fixture';
import { vvChecklist } from './module-fixture';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['Relationship', 'Override', 'c:pt', 'xdr:oneCellAnchor', 'sheet', 'c:dPt'].includes(name) });
type Xml = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Ten practices with BI 91 … 100 in 2023: the 6th decile (INC) is 96,4 (see test/rules/bi). */
function tenPractices() {
  const rows: BiRow[] = [91, 92, 93, 94, 95, 96, 97, 98, 99, 100].map((bi, i) => ({ agb: `0400000${i}`, naam: `Praktijk ${i + 1}`, jaar: 2023, bi, patienten: 50 }));
  return computeBehandelIndex(rows, settingsFromRule(VOORTDUREND_VERBETEREN_2024.behandelIndex!, { contractjaar: 2025 }));
}
const BI_META = { beleid: VOORTDUREND_VERBETEREN_2024, criteria: [], bestand: 'bi.csv', problemen: [], tijdstip: '2024-11-01T09:00:00.000Z' };

async function selectionBytes(): Promise<Uint8Array> {
  return selectionXlsx(buildSelectionWorkbook(smallRun()));
}
async function biBytes(): Promise<Uint8Array> {
  const result = tenPractices();
  return biXlsx(buildBiWorkbook(result, BI_META), result);
}

/** Reads a package the way a consumer does: sheet by name, then relationships to the chart. */
async function openPackage(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const raw = async (path: string) => {
    const file = zip.file(path);
    if (!file) throw new Error(`missing part ${path}`);
    return file.async('string');
  };
  const part = async (path: string): Promise<Xml> => {
    const text = await raw(path);
    expect(XMLValidator.validate(text)).toBe(true);
    return parser.parse(text);
  };
  const resolve = (from: string, target: string) => {
    const parts = [...from.split('/').slice(0, -1), ...target.split('/')];
    const out: string[] = [];
    for (const p of parts) if (p === '..') out.pop(); else out.push(p);
    return out.join('/');
  };
  const relsOf = async (path: string) => {
    const slash = path.lastIndexOf('/');
    const rels = await part(`${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`);
    return new Map<string, { type: string; target: string }>(rels.Relationships.Relationship.map((r: Xml) => [r['@Id'], { type: r['@Type'], target: resolve(path, r['@Target']) }]));
  };
  const sheetPath = async (name: string) => {
    const wb = await part('xl/workbook.xml');
    const sheet = wb.workbook.sheets.sheet.find((s: Xml) => s['@name'] === name);
    return (await relsOf('xl/workbook.xml')).get(sheet['@r:id'])!.target;
  };
  /** The charts of one sheet: sheet → drawing → chart, each link checked on the way. */
  const chartsOf = async (name: string) => {
    const path = await sheetPath(name);
    const sheetXml = await raw(path);
    const sheet = await part(path);
    const drawingRel = (await relsOf(path)).get(sheet.worksheet.drawing['@r:id'])!;
    expect(drawingRel.type).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing');
    const drawing = await part(drawingRel.target);
    const drawingRels = await relsOf(drawingRel.target);
    const anchors = drawing['xdr:wsDr']['xdr:oneCellAnchor'];
    const charts = [];
    for (const a of anchors) {
      const rel = drawingRels.get(a['xdr:graphicFrame']['a:graphic']['a:graphicData']['c:chart']['@r:id'])!;
      expect(rel.type).toBe('http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart');
      charts.push({ path: rel.target, anchor: a, xml: await part(rel.target) });
    }
    return { sheetXml, drawingPath: drawingRel.target, charts };
  };
  return { zip, part, raw, chartsOf };
}

/** A series' reference `'Sheet'!$C$2:$C$4` → sheet, column letter and rows. */
function parseRef(f: string) {
  const m = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(f);
  if (!m) throw new Error(`not a range: ${f}`);
  return { sheet: m[1].replace(/''/g, "'"), col: m[2], from: Number(m[3]), to: Number(m[5] ?? m[3]) };
}
const cached = (ref: Xml, kind: 'strCache' | 'numCache') => (ref[kind]?.['c:pt'] ?? ref[`c:${kind}`]['c:pt']).map((p: Xml) => p['c:v']);

function series(chart: Xml) {
  const ser = chart['c:chartSpace']['c:chart']['c:plotArea']['c:barChart']['c:ser'];
  return { ser, cat: ser['c:cat']['c:strRef'], val: ser['c:val']['c:numRef'] };
}

async function cellsOf(bytes: Uint8Array, sheet: string, col: string, from: number, to: number) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet)!;
  const out: unknown[] = [];
  for (let r = from; r <= to; r++) out.push(ws.getCell(`${col}${r}`).value);
  return out;
}

describe('Selectie: the ranking chart as a DrawingML part', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await selectionBytes();
  });

  it('content types name the chart and drawing parts', async () => {
    const pkg = await openPackage(bytes);
    const { charts, drawingPath } = await pkg.chartsOf('Selectie');
    const types = (await pkg.part('[Content_Types].xml')).Types.Override.map((o: Xml) => [o['@PartName'], o['@ContentType']]);
    expect(types).toContainEqual([`/${drawingPath}`, 'application/vnd.openxmlformats-officedocument.drawing+xml']);
    expect(types).toContainEqual([`/${charts[0].path}`, 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml']);
  });

  it('the drawing element stands where CT_Worksheet wants it: after the page setup, before the table parts', async () => {
    const { sheetXml } = await (await openPackage(bytes)).chartsOf('Selectie');
    const at = (tag: string) => sheetXml.indexOf(`<${tag}`);
    expect(at('drawing')).toBeGreaterThan(at('headerFooter'));
    expect(at('drawing')).toBeLessThan(at('tableParts'));
    // The x14 extension list inside the conditional formatting is no top-level extLst.
    expect(at('drawing')).toBeLessThan(sheetXml.lastIndexOf('<extLst'));
  });

  it('a horizontal bar chart of the totals; its cells are the ranked rows: A1 45, A2 36, A3 27 (A4 rejected, no bar)', async () => {
    const { charts } = await (await openPackage(bytes)).chartsOf('Selectie');
    expect(charts).toHaveLength(1);
    expect(charts[0].anchor['xdr:graphicFrame']['xdr:nvGraphicFramePr']['xdr:cNvPr']['@name']).toBe('Rangschikking');
    const { ser, cat, val } = series(charts[0].xml);
    expect(charts[0].xml['c:chartSpace']['c:chart']['c:plotArea']['c:barChart']['c:barDir']['@val']).toBe('bar');
    const c = parseRef(cat['c:f']);
    const v = parseRef(val['c:f']);
    expect([c, v]).toEqual([
      { sheet: 'Selectie', col: 'C', from: 2, to: 4 },
      // Totaalscore stands right of Naam initiatief, as the add-in's chart source does.
      { sheet: 'Selectie', col: 'D', from: 2, to: 4 },
    ]);
    expect(await cellsOf(bytes, 'Selectie', 'D', 1, 4)).toEqual(['Totaalscore', 45, 36, 27]);
    expect(await cellsOf(bytes, 'Selectie', 'C', 2, 4)).toEqual(['=HYPERLINK("http://evil.example","klik")', '+31 6 1234 5678', '@SUM(A1:A9)']);
    // The cache a program shows before it recalculates equals the cells.
    expect(cached(cat, 'strCache')).toEqual(['=HYPERLINK("http://evil.example","klik")', '+31 6 1234 5678', '@SUM(A1:A9)']);
    expect(cached(val, 'numCache').map(Number)).toEqual([45, 36, 27]);
    expect(parseRef(ser['c:tx']['c:strRef']['c:f'])).toEqual({ sheet: 'Selectie', col: 'D', from: 1, to: 1 });
  });

  it('the two selected bars (N = 2) are coloured apart from the third', async () => {
    const { charts } = await (await openPackage(bytes)).chartsOf('Selectie');
    const { ser } = series(charts[0].xml);
    const points = (ser['c:dPt'] ?? []).map((p: Xml) => [p['c:idx']['@val'], p['c:spPr']['a:solidFill']['a:srgbClr']['@val']]);
    const base = ser['c:spPr']['a:solidFill']['a:srgbClr']['@val'];
    expect(points.map((p: string[]) => Number(p[0]))).toEqual([0, 1]);
    expect(points[0][1]).not.toBe(base);
  });

  it('sits under the table and its notes, not over them', async () => {
    const { charts } = await (await openPackage(bytes)).chartsOf('Selectie');
    // 4 rows + header, then the cut-off note and two notes (rows 7–9): the chart starts below row 9.
    expect(Number(charts[0].anchor['xdr:from']['xdr:row'])).toBeGreaterThanOrEqual(9);
  });

  it('exceljs still reads the file: every sheet, the table and the typed values', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(SELECTION_WORKBOOK_SHEETS);
    expect(wb.getWorksheet('Selectie')!.getCell('B2').value).toBe('A1');
  });

  it('a workbook without ranked applications gets no chart and stays as exceljs wrote it', async () => {
    const model = buildSelectionWorkbook(smallRun());
    const total = model.bladen[0].kolommen.findIndex((k) => k.kop === 'Totaalscore');
    const unranked = { ...model, bladen: model.bladen.map((b, i) => (i === 0 ? { ...b, rijen: b.rijen.map((r) => r.map((v, c) => (c === total ? null : v))) } : b)) };
    expect(selectionCharts(unranked)).toEqual([]);
    const written = await writeWorkbook(unranked);
    expect(addCharts(written, [])).toBe(written);
  });
});

describe('BehandelIndex: the histogram and the classes it draws', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await biBytes();
  });

  it('writes the classes right of the practices (one empty column): 90–95: 4, 95–100: 5, 100–105: 1', async () => {
    // BI 91…100; threshold 96,4: the class up to 95 meets it entirely, 95–100 partly, 100–105 not.
    const rows = await Promise.all(['I', 'J', 'K', 'L', 'M'].map((c) => cellsOf(bytes, 'BehandelIndex', c, 1, 4)));
    expect(rows).toEqual([
      ['BI-klasse', '90–95', '95–100', '100–105'],
      ['Vanaf', 90, 95, 100],
      ['Tot', 95, 100, 105],
      ['Aantal praktijken', 4, 5, 1],
      ['Voldoet', 'ja', 'deels', 'nee'],
    ]);
    expect(await cellsOf(bytes, 'BehandelIndex', 'H', 1, 4)).toEqual([null, null, null, null]);
  });

  it('a column chart whose series refer to those cells, the class that meets the threshold green', async () => {
    const { charts } = await (await openPackage(bytes)).chartsOf('BehandelIndex');
    const { ser, cat, val } = series(charts[0].xml);
    expect(charts[0].xml['c:chartSpace']['c:chart']['c:plotArea']['c:barChart']['c:barDir']['@val']).toBe('col');
    expect(parseRef(cat['c:f'])).toEqual({ sheet: 'BehandelIndex', col: 'I', from: 2, to: 4 });
    expect(parseRef(val['c:f'])).toEqual({ sheet: 'BehandelIndex', col: 'L', from: 2, to: 4 });
    expect(cached(val, 'numCache').map(Number)).toEqual([4, 5, 1]);
    expect((ser['c:dPt'] ?? []).map((p: Xml) => Number(p['c:idx']['@val']))).toEqual([0]);
  });

  it('the practices table is untouched and exceljs reads the file', async () => {
    expect(await cellsOf(bytes, 'BehandelIndex', 'C', 1, 3)).toEqual(['BehandelIndex', 91, 92]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Samenvatting', 'BehandelIndex', 'Problemen']);
  });

  it('the dimension covers the classes', async () => {
    const { sheetXml } = await (await openPackage(bytes)).chartsOf('BehandelIndex');
    expect(/<dimension ref="A1:M11"\/>/.test(sheetXml)).toBe(true);
  });
});

/** Fill colours (`r g b rg`) of every page, from the PDF's inflated content streams. */
function pdfFills(pdf: Buffer): number[][] {
  const text = pdf.toString('latin1');
  const fills: number[][] = [];
  for (const m of text.matchAll(/stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = text.indexOf('endstream', start);
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, end)).toString('latin1');
    } catch {
      continue; // an image or font stream
    }
    for (const f of content.matchAll(/([\d.]+) ([\d.]+) ([\d.]+) rg/g)) fills.push([Number(f[1]), Number(f[2]), Number(f[3])]);
  }
  return fills;
}
const hasFill = (fills: number[][], hex: string) => {
  const want = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return fills.some((f) => f.every((v, i) => Math.abs(v - want[i]) < 0.002));
};

const SOFFICE = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((p) => existsSync(p));
if (!SOFFICE) console.log('LibreOffice (soffice) ontbreekt: de PDF-controle van de grafieken is overgeslagen. Installeer het met: apt-get install -y libreoffice-calc');
const withSoffice = SOFFICE ? describe : describe.skip;

withSoffice('LibreOffice opens both workbooks and draws the charts', () => {
  let dir: string;
  const pdf = (name: string) => readFileSync(join(dir, `${name}.pdf`));
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'zk-charts-'));
    const selection = buildSelectionWorkbook(smallRun());
    const result = tenPractices();
    writeFileSync(join(dir, 'selectie.xlsx'), await selectionXlsx(selection));
    writeFileSync(join(dir, 'selectie-zonder.xlsx'), await writeWorkbook(selection));
    writeFileSync(join(dir, 'bi.xlsx'), await biXlsx(buildBiWorkbook(result, BI_META), result));
    writeFileSync(join(dir, 'bi-zonder.xlsx'), Buffer.from(await buildBiWorkbook(result, BI_META).xlsx.writeBuffer()));
    writeFileSync(join(dir, 'modules.xlsx'), await writeModuleWorkbook([vvChecklist()], { problemen: [] }));
    writeFileSync(join(dir, 'modules-zonder.xlsx'), await writeWorkbook(moduleWorkbookModel([vvChecklist()], { problemen: [] })));
    // A profile of its own: another LibreOffice on the machine does not take the conversion over.
    const profile = `-env:UserInstallation=file://${join(dir, 'profiel')}`;
    const files = ['selectie', 'selectie-zonder', 'bi', 'bi-zonder', 'modules', 'modules-zonder'].map((f) => join(dir, `${f}.xlsx`));
    await new Promise<void>((resolve, reject) =>
      execFile(SOFFICE!, [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { timeout: 170_000 }, (error, _out, stderr) => (error ? reject(new Error(`soffice: ${error.message} ${stderr}`)) : resolve())),
    );
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('Selectie: the PDF has the bars, blue for the selected and grey for the rest; without the chart it has neither', () => {
    const withChart = pdfFills(pdf('selectie'));
    const without = pdfFills(pdf('selectie-zonder'));
    expect([hasFill(withChart, '2E75B6'), hasFill(withChart, 'A6A6A6')]).toEqual([true, true]);
    expect([hasFill(without, '2E75B6'), hasFill(without, 'A6A6A6')]).toEqual([false, false]);
  });

  it('module summary: the PDF has the red bars of the conditions practices do not meet; without the chart it has none', () => {
    expect(hasFill(pdfFills(pdf('modules')), 'C00000')).toBe(true);
    expect(hasFill(pdfFills(pdf('modules-zonder')), 'C00000')).toBe(false);
  });

  it('BehandelIndex: the PDF has the green class that meets the threshold; without the chart it has none', () => {
    expect(hasFill(pdfFills(pdf('bi')), '70AD47')).toBe(true);
    expect(hasFill(pdfFills(pdf('bi-zonder')), '70AD47')).toBe(false);
  });
});
