import type ExcelJS from 'exceljs';
import type { BiResult } from '../rules/bi/behandelindex';
import { formatDutch } from '../rules/bi/messages';
import { formatDateLong } from '../rules/format';
import type { Problem } from '../rules/outcome';
import { rowsOf, specsOf } from '../workbook/columns';
import { SHEETS, TABLES } from '../workbook/names';
import { BI_COLUMNS } from '../workbook/results';
import { type SheetCell, type SheetModel, type WorkbookModel, col, problemSheet, sheetFromSpec } from './workbook-model';
import { buildExcelWorkbook } from './write-xlsx';

/**
 * The BehandelIndex result as a workbook: Samenvatting (policy, reference year, method,
 * boundaries, threshold, counts), BehandelIndex (one row per practice, status coloured) and
 * Problemen. The same workbook model and writer as the selection workbook: Dutch formats, print
 * setup, header styling. Every value from input is a plain string or number, never a formula.
 */
export interface BiWorkbookMeta {
  beleid: { id: string; versie: string; naam: string; bron: string };
  /** The seed's wording of the criterion, quoted in the summary. */
  criteria: string[];
  bestand: string;
  /** Problems from reading the input; the result's own problems are added. */
  problemen: readonly Problem[];
  /** ISO timestamp of the run, for the page header; passed in. */
  tijdstip?: string;
}


/** The practices as the add-in's BehandelIndex table: the same columns, formats and colours. */
function practiceSheet(result: BiResult): SheetModel {
  return sheetFromSpec(
    { sheet: SHEETS.behandelIndex, table: TABLES.behandelIndex, columns: specsOf(BI_COLUMNS), rows: rowsOf(BI_COLUMNS, result.praktijken) },
    { leegTekst: 'Geen praktijken in het referentiejaar.' },
  );
}

function summarySheet(result: BiResult, meta: BiWorkbookMeta, problems: number): SheetModel {
  const text = (waarde: string): SheetCell => ({ waarde, formaat: 'text' });
  const whole = (waarde: number): SheetCell => ({ waarde, formaat: 'number' });
  const value = (waarde: number | null): SheetCell => (waarde === null ? text('niet te berekenen') : { waarde, formaat: 'decimal4' });
  const rijen: SheetCell[][] = [
    ['Beleid', text(`${meta.beleid.naam} (${meta.beleid.id}, versie ${meta.beleid.versie})`)],
    ['Bron', text(meta.beleid.bron)],
    ...meta.criteria.map((tekst): SheetCell[] => ['Voorwaarde', text(tekst)]),
    ['Bestand', text(meta.bestand)],
    ['Contractjaar', whole(result.contractjaar)],
    ['Referentiejaar', whole(result.referentiejaar)],
    ['Methode', text(result.methodeLabel)],
    ['Deciel', whole(result.deciel)],
    ['Beoordeeld op', text(result.beoordeeldOp === 'ondergrens' ? 'ondergrens van het betrouwbaarheidsinterval' : 'BehandelIndex')],
    ['Minimum aantal patiënten', whole(result.minPatienten)],
    ['Populatie (praktijken met BI)', whole(result.populatie)],
    ...(result.decielgrenzen ?? Array<number | null>(9).fill(null)).map((v, i): SheetCell[] => [`P${(i + 1) * 10}`, value(v)]),
    [`Drempel (${result.deciel}e deciel)`, value(result.drempel)],
    ['Voldoet', whole(result.aantallen.voldoet)],
    ['Voldoet niet', whole(result.aantallen.voldoetNiet)],
    ['Onbekend', whole(result.aantallen.onbekend)],
    ['Problemen', whole(problems)],
  ];
  return { naam: 'Samenvatting', tabel: 'SamenvattingTabel', kolommen: [col('Onderdeel', 'text', 34), col('Waarde', 'text', 90)], rijen };
}

/** The workbook as data (the add-in writes the same model with Office.js). */
export function biWorkbookModel(result: BiResult, meta: BiWorkbookMeta): WorkbookModel {
  const problems = [...meta.problemen, ...result.problemen];
  const drempel = result.drempel === null ? 'geen drempel' : `drempel ${formatDutch(result.drempel)}`;
  return {
    titel: `BehandelIndex contractjaar ${result.contractjaar}`,
    maker: 'ZK Beoordeling',
    gemaakt: meta.tijdstip ?? '',
    afdruk: {
      links: `Zilveren Kruis · ${meta.beleid.naam} (versie ${meta.beleid.versie})`,
      rechts: `Contractjaar ${result.contractjaar} · BI ${result.referentiejaar} · ${drempel}${meta.tijdstip ? ` · ${formatDateLong(meta.tijdstip.slice(0, 10))}` : ''}`,
    },
    bladen: [summarySheet(result, meta, problems.length), practiceSheet(result), problemSheet(problems)],
  };
}

export function buildBiWorkbook(result: BiResult, meta: BiWorkbookMeta): ExcelJS.Workbook {
  return buildExcelWorkbook(biWorkbookModel(result, meta));
}
