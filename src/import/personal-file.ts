/**
 * One personal scoring file read back (`zk beoordeling inlezen`, the pane's drop zone): its
 * identity block, the check values it was handed out with, and the rows of its Scores sheet as
 * typed. Nothing is judged here against the panel, the rubric or the current applications; that is
 * personal-scores.ts, which takes every file at once. Never throws.
 */
import ExcelJS from 'exceljs';
import type { Problem } from '../rules/outcome';
import type { AssessorRef } from '../rules/scoring/conflicts';
import { PERSONAL_FORMAT, PERSONAL_SHEETS, parseControl, parseIdentity, parsePersonalScoreRows, type PersonalFileIdentity, type PersonalScoreRow } from './personal-layout';
import type { TableRows } from './table-rows';
import { checkedArchive } from './archive';
import { checkFileSize } from './limits';
import { plainCellValue } from './xlsx';

export interface PersonalFileRead {
  bestand: string;
  /** False when the file is no personal scoring file that can be read; `problemen` says why. */
  leesbaar: boolean;
  problemen: Problem[];
  identiteit?: PersonalFileIdentity;
  /** Check value per application id, as handed out. */
  controlegetallen: Map<string, string>;
  rijen: PersonalScoreRow[];
  /** When the file was last saved (its document properties), ISO; absent when the program wrote none. */
  opgeslagen?: string;
  /** The assessor this file is expected from (the pane's drop zone for one assessor), if any. */
  verwacht?: AssessorRef;
}

export interface PersonalFileOptions {
  verwacht?: AssessorRef;
}

function refused(bestand: string, melding: string, options: PersonalFileOptions): PersonalFileRead {
  return { bestand, leesbaar: false, problemen: [{ bestand, plaats: 'bestand', veld: '', melding, ernst: 'fout' }], controlegetallen: new Map(), rijen: [], ...(options.verwacht ? { verwacht: options.verwacht } : {}) };
}

function cell(value: ExcelJS.CellValue): unknown {
  const plain = plainCellValue(value);
  if (plain instanceof Date) return plain.toISOString();
  return typeof plain === 'object' && plain !== null ? '' : plain;
}

/** The sheet's first row as header, the rest as numbered rows (a person's numbering: header = 1). */
function sheetTable(ws: ExcelJS.Worksheet): TableRows {
  const width = ws.columnCount;
  let header: unknown[] = [];
  const rows: TableRows['rows'] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const cells = Array.from({ length: width }, (_, c) => cell(row.getCell(c + 1).value));
    if (n === 1) header = cells;
    else rows.push({ rij: n, cells });
  });
  return { header, rows, plaatsPrefix: `${ws.name}!` };
}

export async function readPersonalFile(bytes: Uint8Array, bestand: string, options: PersonalFileOptions = {}): Promise<PersonalFileRead> {
  const tooLarge = checkFileSize(bytes);
  if (tooLarge) return refused(bestand, tooLarge, options);
  const archive = checkedArchive(bytes, 'xlsx');
  if ('melding' in archive) return refused(bestand, archive.melding, options);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(archive.bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    return refused(bestand, `het bestand is geen leesbare Excel-werkmap (${error instanceof Error ? error.message.slice(0, 120) : 'onbekende fout'})`, options);
  }
  const sheet = (name: string) => workbook.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
  const identitySheet = sheet(PERSONAL_SHEETS.bestand);
  const scoreSheet = sheet(PERSONAL_SHEETS.scores);
  const controlSheet = sheet(PERSONAL_SHEETS.controle);
  if (!identitySheet || !scoreSheet || !controlSheet) {
    const missing = [[PERSONAL_SHEETS.scores, scoreSheet], [PERSONAL_SHEETS.controle, controlSheet], [PERSONAL_SHEETS.bestand, identitySheet]].filter(([, ws]) => !ws).map(([name]) => name);
    return refused(bestand, `dit is geen persoonlijk scorebestand: ${missing.length > 1 ? 'de bladen' : 'het blad'} ${missing.join(', ')} ontbre${missing.length > 1 ? 'ken' : 'ekt'} (zo'n bestand maakt zk beoordeling uitdelen)`, options);
  }
  try {
    const identity = parseIdentity(sheetTable(identitySheet));
    if ('melding' in identity) return refused(bestand, `${identity.melding}; zonder dit blad is niet te zien van wie het bestand is`, options);
    if (identity.identiteit.formaat > PERSONAL_FORMAT) {
      return refused(bestand, `het bestand heeft formaat ${identity.identiteit.formaat}; deze versie van ZK Beoordeling leest tot en met formaat ${PERSONAL_FORMAT}`, options);
    }
    const rows = parsePersonalScoreRows(sheetTable(scoreSheet));
    if ('melding' in rows) return refused(bestand, rows.melding, options);
    const modified = workbook.modified instanceof Date && !Number.isNaN(workbook.modified.getTime()) ? workbook.modified.toISOString() : undefined;
    return {
      bestand,
      leesbaar: true,
      problemen: [],
      identiteit: identity.identiteit,
      controlegetallen: parseControl(sheetTable(controlSheet)),
      rijen: rows.rijen,
      ...(modified ? { opgeslagen: modified } : {}),
      ...(options.verwacht ? { verwacht: options.verwacht } : {}),
    };
  } catch (error) {
    return refused(bestand, `de werkmap kon niet worden gelezen (${error instanceof Error ? error.message.slice(0, 120) : 'onbekende fout'})`, options);
  }
}
