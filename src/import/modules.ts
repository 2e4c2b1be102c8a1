/**
 * Module input files → `Praktijk` and `Therapeut` records + problems. A practice file and a
 * therapist file as CSV (`;` or `,`, UTF-8 or Windows-1252) or XLSX, or one workbook with the
 * sheets Praktijken and Therapeuten. Every value that cannot be read becomes `null` (onbekend) with
 * a Dutch problem naming file, cell and column; a row without a usable AGB code is skipped with a
 * problem. Pure: bytes in, no file system; never throws.
 */
import ExcelJS from 'exceljs';
import type { Problem } from '../rules/outcome';
import type { Praktijk, Therapeut } from '../rules/modules/records';
import { emptyPraktijk, emptyTherapeut } from '../rules/modules/records';
import { validateAgb } from '../rules/validators';
import { cellPlace, rowPlace } from './cell-address';
import { readCsvSheet } from './csv';
import { columnsRefusal, rowsRefusal } from './limits';
import { MODULE_SHEETS, PRAKTIJK_COLUMNS, THERAPEUT_COLUMNS, type ModuleColumn } from './module-columns';
import { parseMonthList } from './module-months';
import { openInput } from './open';
import { fileProblem } from './result';
import type { Sheet } from './tables';
import { fold, isBlank, parseChoice, parseCount, parseDate, parseText, parseYesNo, show, UnreadableCell, type Parsed } from './values';
import { plainCellValue } from './xlsx';

export type ModuleTableKind = 'praktijken' | 'therapeuten';

export interface ModuleImport {
  praktijken: Praktijk[];
  therapeuten: Therapeut[];
  problemen: Problem[];
  /** False when a file could not be read at all (exit 2 before anything is written). */
  leesbaar: boolean;
  /** Which tables were found, per file: `praktijken.csv: praktijken`. */
  tabellen: { bestand: string; blad?: string; soort: ModuleTableKind; rijen: number }[];
}

const COLUMNS: Record<ModuleTableKind, readonly ModuleColumn[]> = { praktijken: PRAKTIJK_COLUMNS, therapeuten: THERAPEUT_COLUMNS };

/** Folded header → column, per table kind (the header itself and its aliases). */
const HEADER_INDEX: Record<ModuleTableKind, Map<string, ModuleColumn>> = {
  praktijken: headerIndex(PRAKTIJK_COLUMNS),
  therapeuten: headerIndex(THERAPEUT_COLUMNS),
};

function headerIndex(columns: readonly ModuleColumn[]): Map<string, ModuleColumn> {
  const map = new Map<string, ModuleColumn>();
  for (const c of columns) for (const name of [c.header, c.field, ...(c.aliases ?? [])]) if (!map.has(fold(name))) map.set(fold(name), c);
  return map;
}

/** Which table a header row belongs to: therapists have a name per person and person fields. */
export function tableKindOf(header: readonly unknown[], blad?: string): ModuleTableKind | undefined {
  const sheet = fold(blad ?? '');
  if (sheet === fold(MODULE_SHEETS.praktijken)) return 'praktijken';
  if (sheet === fold(MODULE_SHEETS.therapeuten) || sheet === 'medewerkers') return 'therapeuten';
  const folded = header.map((h) => fold(show(h)));
  const hits = (kind: ModuleTableKind) => folded.filter((h) => h && HEADER_INDEX[kind].has(h) && !['agbcodepraktijk', 'agb', 'naam'].includes(h)).length;
  const p = hits('praktijken');
  const t = hits('therapeuten');
  if (p === 0 && t === 0) return undefined;
  return t > p ? 'therapeuten' : 'praktijken';
}

function readValue(column: ModuleColumn, value: unknown): Parsed<unknown> {
  if (value instanceof UnreadableCell) return { ok: false, melding: value.melding };
  switch (column.kind) {
    case 'agb':
    case 'text':
      return parseText(value);
    case 'date':
      return parseDate(value);
    case 'yesNo':
      return parseYesNo(value);
    case 'count':
      return parseCount(value);
    case 'choice':
      return parseChoice(value, column.choices ?? [], column.header);
    case 'months':
      return parseMonthList(value);
  }
}

/** AGB codes lose their leading zero in Excel: 7 digits get it back, with a warning. */
function readAgb(raw: string): { agb?: string; melding?: string; aangevuld: boolean } {
  const text = /^\d{7}$/.test(raw) ? `0${raw}` : raw;
  const checked = validateAgb(text);
  return checked.ok ? { agb: checked.value, aangevuld: text !== raw } : { melding: checked.melding, aangevuld: false };
}

/**
 * One table (a CSV file or a worksheet) of the given kind → records. `sheet.rows[0]` must be the
 * header row (the first non-empty row). Unknown columns are reported, never silently dropped.
 */
export function readModuleSheet(kind: ModuleTableKind, sheet: Sheet): { praktijken: Praktijk[]; therapeuten: Therapeut[]; problemen: Problem[]; leesbaar: boolean } {
  const problemen: Problem[] = [];
  const praktijken: Praktijk[] = [];
  const therapeuten: Therapeut[] = [];
  const { bestand } = sheet;
  const rows = sheet.rows.filter((r) => r.values.some((v) => !isBlank(v) || v instanceof UnreadableCell));
  const [headerRow, ...body] = rows;
  if (!headerRow) {
    problemen.push(fileProblem(bestand, `${sheet.blad ? `het blad ${sheet.blad}` : 'het bestand'} bevat geen kopregel`));
    return { praktijken, therapeuten, problemen, leesbaar: false };
  }
  const where = { rij: headerRow.rij, ...(sheet.blad ? { blad: sheet.blad } : {}) };
  const index = HEADER_INDEX[kind];
  const columnAt: (ModuleColumn | undefined)[] = [];
  const seen = new Map<string, number>();
  headerRow.values.forEach((h, i) => {
    const header = show(h).trim();
    if (!header) return;
    const column = index.get(fold(header));
    if (!column) {
      problemen.push({ bestand, plaats: cellPlace(where, i), veld: header, melding: `kolom '${header}' hoort niet bij de tabel ${kind === 'praktijken' ? MODULE_SHEETS.praktijken : MODULE_SHEETS.therapeuten}; de waarden zijn niet gelezen`, ernst: 'waarschuwing' });
      return;
    }
    if (seen.has(column.field)) {
      problemen.push({ bestand, plaats: cellPlace(where, i), veld: column.header, melding: `kolom '${header}' staat er twee keer; alleen de eerste (${cellPlace(where, seen.get(column.field)!)}) is gelezen`, ernst: 'waarschuwing' });
      return;
    }
    seen.set(column.field, i);
    columnAt[i] = column;
  });
  for (const column of COLUMNS[kind]) {
    if (column.required && !seen.has(column.field)) {
      problemen.push({ bestand, plaats: rowPlace(where), veld: column.header, melding: `kolom '${column.header}' ontbreekt; zonder deze kolom is de tabel niet te lezen`, ernst: 'fout' });
    }
  }
  if (COLUMNS[kind].some((c) => c.required && !seen.has(c.field))) return { praktijken, therapeuten, problemen, leesbaar: false };
  const padded: string[] = [];
  for (const row of body) {
    const at = { rij: row.rij, ...(sheet.blad ? { blad: sheet.blad } : {}) };
    const record: Record<string, unknown> = {};
    let skip = false;
    columnAt.forEach((column, i) => {
      if (!column) return;
      const raw = row.values[i];
      const plaats = cellPlace(at, i);
      const parsed = readValue(column, raw);
      if (!parsed.ok) {
        problemen.push({ bestand, plaats, veld: column.header, melding: `${parsed.melding}; telt als onbekend`, ernst: 'fout' });
        record[column.field] = null;
        if (column.required) skip = true;
        return;
      }
      let value = parsed.value ?? null;
      if (column.kind === 'agb' && typeof value === 'string') {
        const agb = readAgb(value);
        if (!agb.agb) {
          problemen.push({ bestand, plaats, veld: column.header, melding: `${agb.melding}; de rij is overgeslagen`, ernst: 'fout' });
          skip = true;
          return;
        }
        if (agb.aangevuld) padded.push(plaats);
        value = agb.agb;
      }
      if (column.required && value === null) {
        problemen.push({ bestand, plaats, veld: column.header, melding: `${column.header} ontbreekt; de rij is overgeslagen`, ernst: 'fout' });
        skip = true;
      }
      record[column.field] = value;
    });
    if (skip) continue;
    const bron = { bestand, plaats: rowPlace(at) };
    if (kind === 'praktijken') praktijken.push({ ...emptyPraktijk(record.agb as string, ''), ...record, naam: (record.naam as string | null) ?? '', bron } as Praktijk);
    else therapeuten.push({ ...emptyTherapeut(record.praktijkAgb as string, ''), ...record, bron } as Therapeut);
  }
  if (padded.length) {
    problemen.push({ bestand, plaats: padded[0]!, veld: 'AGB-code', melding: `In ${padded.length} rij${padded.length === 1 ? '' : 'en'} had de AGB-code 7 cijfers (voorloopnul weggevallen); de 0 is aangevuld.`, ernst: 'waarschuwing' });
  }
  const wide = columnsRefusal(sheet.blad ? `het blad ${sheet.blad}` : 'het bestand', headerRow.values.length);
  if (wide) problemen.push(fileProblem(bestand, wide));
  return { praktijken, therapeuten, problemen, leesbaar: !wide };
}

function readWorksheet(bestand: string, ws: ExcelJS.Worksheet): Sheet {
  const rows: Sheet['rows'] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: unknown[] = [];
    for (let c = 1; c <= row.cellCount; c++) values.push(plainCellValue(row.getCell(c).value));
    rows.push({ rij: rowNumber, values });
  });
  return { bestand, blad: ws.name, rows };
}

async function sheetsOf(bestand: string, bytes: Uint8Array): Promise<{ sheets: Sheet[]; problemen: Problem[] } | { melding: string }> {
  const opened = openInput(bestand, bytes, ['csv', 'xlsx']);
  if (!opened.ok) return { melding: opened.melding };
  if (opened.opened.kind === 'csv') {
    const problemen: Problem[] = [];
    return { sheets: [readCsvSheet(bestand, opened.opened.text, problemen)], problemen };
  }
  if (opened.opened.kind !== 'xlsx') return { melding: 'verwacht CSV of Excel (.xlsx)' };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(opened.opened.archive.bytes as unknown as ExcelJS.Buffer);
    return { sheets: workbook.worksheets.map((ws) => readWorksheet(bestand, ws)), problemen: [] };
  } catch (error) {
    return { melding: `het bestand is geen leesbare Excel-werkmap (${error instanceof Error ? error.message.slice(0, 120) : 'onbekende fout'})` };
  }
}

/**
 * Reads the module input from one or more files. Each CSV file or worksheet is recognised by its
 * sheet name (Praktijken, Therapeuten) or its headers; `verwacht` names the kind of a file given in
 * the practice or therapist place of the command, used when the headers do not tell.
 */
export async function readModuleFiles(files: readonly { bestand: string; bytes: Uint8Array; verwacht?: ModuleTableKind }[]): Promise<ModuleImport> {
  const result: ModuleImport = { praktijken: [], therapeuten: [], problemen: [], leesbaar: true, tabellen: [] };
  for (const file of files) {
    const opened = await sheetsOf(file.bestand, file.bytes);
    if ('melding' in opened) {
      result.problemen.push(fileProblem(file.bestand, `het bestand kan niet worden gelezen: ${opened.melding}`));
      result.leesbaar = false;
      continue;
    }
    result.problemen.push(...opened.problemen);
    let found = 0;
    for (const sheet of opened.sheets) {
      const header = sheet.rows.find((r) => r.values.some((v) => !isBlank(v)))?.values ?? [];
      const kind = tableKindOf(header, sheet.blad) ?? (opened.sheets.length === 1 ? file.verwacht : undefined);
      if (!kind) continue;
      const dataRows = sheet.rows.length - 1;
      const tooMany = rowsRefusal(sheet.blad ? `het blad ${sheet.blad}` : 'het bestand', dataRows);
      if (tooMany) {
        result.problemen.push(fileProblem(file.bestand, tooMany));
        result.leesbaar = false;
        continue;
      }
      const read = readModuleSheet(kind, sheet);
      found++;
      result.praktijken.push(...read.praktijken);
      result.therapeuten.push(...read.therapeuten);
      result.problemen.push(...read.problemen);
      result.tabellen.push({ bestand: file.bestand, ...(sheet.blad ? { blad: sheet.blad } : {}), soort: kind, rijen: kind === 'praktijken' ? read.praktijken.length : read.therapeuten.length });
      if (!read.leesbaar) result.leesbaar = false;
    }
    if (found === 0) {
      result.problemen.push(fileProblem(file.bestand, `geen tabel ${MODULE_SHEETS.praktijken} of ${MODULE_SHEETS.therapeuten} gevonden (geen blad met die naam en geen bekende kopjes)`));
      result.leesbaar = false;
    }
  }
  return result;
}
