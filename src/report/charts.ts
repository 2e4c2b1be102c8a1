import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { type BarChartModel, type ChartAnchor, barChartXml, chartAnchorXml, columnLetters, drawingXml, escapeXml } from './chart-xml';
import { type ElementSpan, childElements, localName, rootElement } from './xml-scan';

/**
 * Charts for a workbook exceljs has written (exceljs writes none): the xlsx is a zip, so each
 * chart becomes a chart part, a drawing part anchors it on its sheet, and relationships and
 * content types tie them in. Pure: xlsx bytes in, xlsx bytes out.
 */
export interface SheetChart {
  /** Name of the graphic frame, as Excel's selection pane shows it. */
  naam: string;
  grafiek: BarChartModel;
  anker: ChartAnchor;
  /** Cells the series refer to that the sheet does not hold yet (a histogram's bins). */
  gegevens?: CellBlock;
}

/** A block of cells with a header row, written at a 0-based column and 1-based row. */
export interface CellBlock {
  kolom: number;
  rij: number;
  koppen: readonly string[];
  rijen: readonly (readonly (string | number | null)[])[];
  /** Column widths in characters, one per column. */
  breedtes?: readonly number[];
}

const TYPE = {
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
};
const CONTENT = {
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};
const RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * Worksheet children that come after `drawing` in CT_Worksheet's sequence: the drawing element is
 * inserted before the first of them (Excel rejects a worksheet whose children are out of order).
 */
const AFTER_DRAWING = ['legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

export function addCharts(xlsx: Uint8Array, charts: readonly SheetChart[]): Uint8Array {
  if (charts.length === 0) return xlsx;
  const files = unzipSync(xlsx);
  const text = (path: string) => {
    const bytes = files[path];
    if (!bytes) throw new Error(`xlsx: onderdeel ${path} ontbreekt`);
    return strFromU8(bytes);
  };
  const put = (path: string, xml: string) => {
    files[path] = strToU8(xml);
  };
  const sheetPaths = worksheetPaths(text('xl/workbook.xml'), text('xl/_rels/workbook.xml.rels'));
  let contentTypes = text('[Content_Types].xml');
  let nextDrawing = nextNumber(files, /^xl\/drawings\/drawing(\d+)\.xml$/);
  let nextChart = nextNumber(files, /^xl\/charts\/chart(\d+)\.xml$/);

  const bySheet = new Map<string, SheetChart[]>();
  for (const chart of charts) bySheet.set(chart.grafiek.blad, [...(bySheet.get(chart.grafiek.blad) ?? []), chart]);
  for (const [blad, sheetCharts] of bySheet) {
    const sheetPath = sheetPaths.get(blad);
    if (!sheetPath) throw new Error(`xlsx: geen blad '${blad}'`);
    let sheetXml = text(sheetPath);
    for (const chart of sheetCharts) if (chart.gegevens) sheetXml = writeCells(sheetXml, chart.gegevens);

    const drawingPath = `xl/drawings/drawing${nextDrawing++}.xml`;
    const anchors: string[] = [];
    const drawingRels: string[] = [];
    sheetCharts.forEach((chart, i) => {
      const chartPath = `xl/charts/chart${nextChart++}.xml`;
      put(chartPath, barChartXml(chart.grafiek));
      contentTypes = withOverride(contentTypes, chartPath, CONTENT.chart);
      const relId = `rId${i + 1}`;
      drawingRels.push(relationship(relId, TYPE.chart, relativeTarget(drawingPath, chartPath)));
      anchors.push(chartAnchorXml(chart.anker, relId, i + 2, chart.naam));
    });
    put(drawingPath, drawingXml(anchors));
    put(relsPathOf(drawingPath), relationshipsXml(drawingRels));
    contentTypes = withOverride(contentTypes, drawingPath, CONTENT.drawing);

    const sheetRelsPath = relsPathOf(sheetPath);
    const sheetRels = files[sheetRelsPath] ? strFromU8(files[sheetRelsPath]) : relationshipsXml([]);
    const drawingRelId = unusedRelId(sheetRels);
    put(sheetRelsPath, withRelationship(sheetRels, relationship(drawingRelId, TYPE.drawing, relativeTarget(sheetPath, drawingPath))));
    put(sheetPath, withDrawing(sheetXml, drawingRelId));
  }
  put('[Content_Types].xml', contentTypes);
  return zipSync(files, { level: 6 });
}

/** Sheet name → path of its part, from workbook.xml and its relationships. */
function worksheetPaths(workbookXml: string, relsXml: string): Map<string, string> {
  const rels = new Map(elementsNamed(relsXml, 'Relationship').map((r) => [r.attrs.Id, r.attrs.Target]));
  const out = new Map<string, string>();
  const root = rootElement(workbookXml);
  const sheets = childElements(workbookXml, root.openEnd, root.closeStart).find((e) => localName(e.name) === 'sheets');
  if (!sheets) return out;
  for (const sheet of childElements(workbookXml, sheets.openEnd, sheets.closeStart)) {
    const relId = Object.entries(sheet.attrs).find(([k]) => localName(k) === 'id' && k.includes(':'))?.[1];
    const target = relId ? rels.get(relId) : undefined;
    if (target) out.set(sheet.attrs.name, target.startsWith('/') ? target.slice(1) : resolvePath('xl/', target));
  }
  return out;
}

function elementsNamed(xml: string, name: string): ElementSpan[] {
  const root = rootElement(xml);
  return childElements(xml, root.openEnd, root.closeStart).filter((e) => localName(e.name) === name);
}

function resolvePath(baseDir: string, target: string): string {
  const parts = (baseDir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
function relsPathOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`;
}

/** Target of `to` as seen from the folder of `from`: both under xl/, one folder deep. */
function relativeTarget(from: string, to: string): string {
  const a = from.split('/').slice(0, -1);
  const b = to.split('/');
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}

function nextNumber(files: Record<string, Uint8Array>, pattern: RegExp): number {
  let max = 0;
  for (const path of Object.keys(files)) {
    const m = pattern.exec(path);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

const relationship = (id: string, type: string, target: string) => `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;

function relationshipsXml(items: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELS_NS}">${items.join('')}</Relationships>`;
}

function withRelationship(relsXml: string, item: string): string {
  const root = rootElement(relsXml);
  if (root.openEnd === root.end) return relsXml.slice(0, root.start) + relsXml.slice(root.start, root.end - 2) + `>${item}</${root.name}>` + relsXml.slice(root.end);
  return relsXml.slice(0, root.closeStart) + item + relsXml.slice(root.closeStart);
}

function unusedRelId(relsXml: string): string {
  const used = new Set(elementsNamed(relsXml, 'Relationship').map((r) => r.attrs.Id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  return `rId${n}`;
}

function withOverride(contentTypes: string, path: string, type: string): string {
  const root = rootElement(contentTypes);
  const partName = `/${path}`;
  const existing = childElements(contentTypes, root.openEnd, root.closeStart).some((e) => localName(e.name) === 'Override' && e.attrs.PartName === partName);
  if (existing) return contentTypes;
  return contentTypes.slice(0, root.closeStart) + `<Override PartName="${escapeXml(partName)}" ContentType="${type}"/>` + contentTypes.slice(root.closeStart);
}

/** The worksheet with `<drawing r:id>` at its place in the schema's sequence. */
function withDrawing(sheetXml: string, relId: string): string {
  const root = rootElement(sheetXml);
  const children = childElements(sheetXml, root.openEnd, root.closeStart);
  if (children.some((e) => localName(e.name) === 'drawing')) throw new Error('xlsx: het blad heeft al een tekening');
  // The prefix bound to the relationships namespace on the root (exceljs binds `r`).
  let prefix = Object.entries(root.attrs).find(([k, v]) => k.startsWith('xmlns:') && v === OFFICE_REL_NS)?.[0].slice(6);
  let xml = sheetXml;
  let shift = 0;
  if (!prefix) {
    prefix = 'zkr';
    const insert = ` xmlns:${prefix}="${OFFICE_REL_NS}"`;
    const at = root.openEnd - (sheetXml[root.openEnd - 2] === '/' ? 2 : 1);
    xml = xml.slice(0, at) + insert + xml.slice(at);
    shift = insert.length;
  }
  const elementPrefix = root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':') + 1) : '';
  const element = `<${elementPrefix}drawing ${prefix}:id="${relId}"/>`;
  const before = children.find((e) => AFTER_DRAWING.includes(localName(e.name)));
  const at = (before ? before.start : root.closeStart) + shift;
  return xml.slice(0, at) + element + xml.slice(at);
}

interface NewCell {
  col: number;
  xml: string;
}

/** Writes a block of cells into the worksheet's sheetData, rows and columns in order. */
function writeCells(sheetXml: string, block: CellBlock): string {
  const root = rootElement(sheetXml);
  const children = childElements(sheetXml, root.openEnd, root.closeStart);
  const sheetData = children.find((e) => localName(e.name) === 'sheetData');
  if (!sheetData) throw new Error('xlsx: blad zonder sheetData');
  const rows = childElements(sheetXml, sheetData.openEnd, sheetData.closeStart);
  const headerStyle = headerStyleOf(sheetXml, rows);
  const width = block.koppen.length;
  const wanted = new Map<number, NewCell[]>();
  const cell = (row: number, col: number, value: string | number | null, style?: string): NewCell | null => {
    if (value === null || (typeof value === 'number' && !Number.isFinite(value))) return null;
    const ref = `${columnLetters(col)}${row}`;
    const s = style ? ` s="${style}"` : '';
    const xml = typeof value === 'number' ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
    return { col, xml };
  };
  const add = (row: number, cells: (NewCell | null)[]) => wanted.set(row, cells.filter((c): c is NewCell => c !== null));
  add(block.rij, block.koppen.map((k, i) => cell(block.rij, block.kolom + i, k, headerStyle)));
  block.rijen.forEach((r, i) => add(block.rij + 1 + i, r.slice(0, width).map((v, j) => cell(block.rij + 1 + i, block.kolom + j, v))));

  // Edit from the end so earlier offsets stay valid.
  const edits: { start: number; end: number; xml: string }[] = [];
  const rowNumbers = [...wanted.keys()].sort((a, b) => a - b);
  const existing = new Map(rows.filter((r) => localName(r.name) === 'row').map((r) => [Number(r.attrs.r), r]));
  for (const n of rowNumbers) {
    const cells = wanted.get(n) ?? [];
    const row = existing.get(n);
    if (row) edits.push({ start: row.start, end: row.end, xml: rowWithCells(sheetXml, row, cells) });
    else {
      const next = rows.find((r) => Number(r.attrs.r) > n);
      const at = next ? next.start : sheetData.closeStart;
      edits.push({ start: at, end: at, xml: `<row r="${n}">${cells.map((c) => c.xml).join('')}</row>` });
    }
  }
  let xml = sheetXml;
  if (sheetData.openEnd === sheetData.end) {
    // An empty <sheetData/>: open it so rows fit inside.
    const all = rowNumbers.map((n) => `<row r="${n}">${(wanted.get(n) ?? []).map((c) => c.xml).join('')}</row>`).join('');
    xml = xml.slice(0, sheetData.start) + `<${sheetData.name}>${all}</${sheetData.name}>` + xml.slice(sheetData.end);
  } else {
    for (const e of edits.sort((a, b) => b.start - a.start)) xml = xml.slice(0, e.start) + e.xml + xml.slice(e.end);
  }
  xml = withColumnWidths(xml, block);
  return withDimension(xml, block);
}

/** The style of the sheet's first header cell, so a block's header looks like the table's. */
function headerStyleOf(xml: string, rows: ElementSpan[]): string | undefined {
  const first = rows.find((r) => r.attrs.r === '1');
  if (!first) return undefined;
  return childElements(xml, first.openEnd, first.closeStart).find((c) => localName(c.name) === 'c')?.attrs.s;
}

function columnOf(ref: string): number {
  let n = 0;
  for (const ch of ref.replace(/\d+$/, '')) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function rowWithCells(xml: string, row: ElementSpan, cells: NewCell[]): string {
  const existing = row.openEnd === row.end ? [] : childElements(xml, row.openEnd, row.closeStart).filter((c) => localName(c.name) === 'c');
  const taken = new Map(existing.map((c) => [columnOf(c.attrs.r ?? ''), c]));
  for (const c of cells) {
    const cur = taken.get(c.col);
    // A cell that holds something is the table's: a chart never writes over data.
    if (cur && cur.openEnd !== cur.end && /<(\w+:)?(v|is|f)[\s>]/.test(xml.slice(cur.openEnd, cur.closeStart))) throw new Error(`xlsx: cel ${cur.attrs.r} is al gevuld`);
  }
  const byCol = new Map(cells.map((c) => [c.col, c]));
  const kept = existing.filter((c) => !byCol.has(columnOf(c.attrs.r ?? ''))).map((c) => ({ col: columnOf(c.attrs.r ?? ''), xml: xml.slice(c.start, c.end) }));
  const merged = [...kept, ...cells].sort((a, b) => a.col - b.col).map((c) => c.xml).join('');
  // `spans` is an optional hint of the row's used columns; dropped rather than left wrong.
  const startTag = xml.slice(row.start, row.openEnd).replace(/\s+spans="[^"]*"/, '').replace(/\s*\/>$/, '>');
  return `${startTag}${merged}</${row.name}>`;
}

function withColumnWidths(xml: string, block: CellBlock): string {
  if (!block.breedtes?.length) return xml;
  const root = rootElement(xml);
  const children = childElements(xml, root.openEnd, root.closeStart);
  const cols = children.find((e) => localName(e.name) === 'cols');
  const existing = cols ? childElements(xml, cols.openEnd, cols.closeStart).map((c) => ({ min: Number(c.attrs.min), max: Number(c.attrs.max), xml: xml.slice(c.start, c.end) })) : [];
  const added = block.breedtes
    .map((w, i) => ({ min: block.kolom + i + 1, max: block.kolom + i + 1, xml: `<col min="${block.kolom + i + 1}" max="${block.kolom + i + 1}" width="${w}" customWidth="1"/>` }))
    .filter((c) => !existing.some((e) => e.min <= c.min && c.min <= e.max));
  const all = [...existing, ...added].sort((a, b) => a.min - b.min).map((c) => c.xml).join('');
  if (cols) return xml.slice(0, cols.start) + `<cols>${all}</cols>` + xml.slice(cols.end);
  const sheetData = children.find((e) => localName(e.name) === 'sheetData');
  if (!sheetData) return xml;
  return xml.slice(0, sheetData.start) + `<cols>${all}</cols>` + xml.slice(sheetData.start);
}

function withDimension(xml: string, block: CellBlock): string {
  const root = rootElement(xml);
  const dim = childElements(xml, root.openEnd, root.closeStart).find((e) => localName(e.name) === 'dimension');
  if (!dim) return xml;
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(dim.attrs.ref ?? '');
  if (!m) return xml;
  const lastCol = Math.max(columnOf(m[3] ?? m[1]), block.kolom + block.koppen.length - 1);
  const lastRow = Math.max(Number(m[4] ?? m[2]), block.rij + block.rijen.length);
  const ref = `${m[1]}${m[2]}:${columnLetters(lastCol)}${lastRow}`;
  return xml.slice(0, dim.start) + `<${dim.name} ref="${ref}"/>` + xml.slice(dim.end);
}
