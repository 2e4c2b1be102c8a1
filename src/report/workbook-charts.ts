import type { BiResult } from '../rules/bi/behandelindex';
import { biHistogram } from '../rules/bi/histogram';
import { formatDutch } from '../rules/bi/messages';
import type ExcelJS from 'exceljs';
import { addCharts, type SheetChart } from './charts';
import { DECISION_LABELS } from '../rules/ranking/decisions';
import { NUMBER_FORMATS, type SheetCell, type SheetModel, type WorkbookModel } from './workbook-model';
import { writeWorkbook } from './write-xlsx';

/**
 * Which charts the command line's workbooks carry, from the same model the sheets are written
 * from: the ranking's totals on Selectie (the chart the add-in draws next to its Selectie table)
 * and the BehandelIndex histogram on the BehandelIndex sheet (the one the pane's BI step shows).
 */

/** The name the add-in gives its ranking chart, so both hosts' charts are found by one name. */
export const RANKING_CHART = 'Rangschikking';
export const BI_HISTOGRAM_CHART = 'BehandelIndex-histogram';
/** Width of a histogram class, as the pane draws it (src/rules/bi/histogram.ts). */
export const BI_CLASS_WIDTH = 5;
const BI_SHEET = 'BehandelIndex';

const BLUE = '2E75B6';
const GREY = 'A6A6A6';
const GREEN = '70AD47';

const raw = (v: SheetCell | undefined) => (v !== null && typeof v === 'object' ? v.waarde : v);

/** The Selectie sheet's bar chart of the totals, place 1 at the top; selected bars blue. */
export function selectionCharts(model: WorkbookModel): SheetChart[] {
  const sheet = model.bladen.find((b) => b.naam === 'Selectie');
  if (!sheet) return [];
  const column = (...names: string[]) => sheet.kolommen.findIndex((k) => names.includes(k.kop));
  const name = column('Naam initiatief');
  const total = column('Totaalscore');
  const decision = column('Besluit');
  if (name < 0 || total < 0) return [];
  // The ranked applications come first, in order of place; the rest have no total.
  let ranked = 0;
  while (ranked < sheet.rijen.length && typeof raw(sheet.rijen[ranked][total]) === 'number') ranked++;
  if (ranked === 0) return [];
  const rows = sheet.rijen.slice(0, ranked);
  const selected = rows.map((r) => decision >= 0 && raw(r[decision]) === DECISION_LABELS.geselecteerd);
  return [
    {
      naam: RANKING_CHART,
      grafiek: {
        blad: sheet.naam,
        richting: 'liggend',
        titel: selected.some(Boolean) ? 'Rangschikking (totaalscore); blauw: geselecteerd' : 'Rangschikking (totaalscore)',
        reeksNaam: { kolom: total, rij: 1, tekst: sheet.kolommen[total].kop },
        categorieen: { kolom: name, vanRij: 2, totRij: ranked + 1, waarden: rows.map((r) => String(raw(r[name]) ?? '')) },
        waarden: { kolom: total, vanRij: 2, totRij: ranked + 1, waarden: rows.map((r) => raw(r[total]) as number), formaat: NUMBER_FORMATS.score },
        kleur: GREY,
        kleurPerPunt: selected.map((s) => (s ? BLUE : null)),
        vanBovenNaarBeneden: true,
      },
      anker: { kolom: 0, rij: belowTable(sheet), breedteCm: 18, hoogteCm: Math.max(7, 2.5 + 0.8 * ranked) },
    },
  ];
}

/** 0-based row one blank row under the table and its notes (the writer puts notes under the table). */
function belowTable(sheet: SheetModel): number {
  const rows = Math.max(1, sheet.rijen.length);
  const notes = (sheet.notitie ? 1 : 0) + (sheet.notities?.length ?? 0);
  return rows + 1 + (notes ? notes + 1 : 0) + 1;
}

/**
 * The BehandelIndex sheet's histogram: practices per class of 5 BI points, the classes written as a
 * small table right of the practices so the chart's series refer to cells a reader can check.
 * Green: every practice in the class meets the threshold (BI at most the threshold).
 */
export function biCharts(result: Pick<BiResult, 'praktijken' | 'drempel' | 'deciel'>, practiceColumns: number): SheetChart[] {
  const bins = biHistogram(result, BI_CLASS_WIDTH);
  if (bins.length === 0) return [];
  const { drempel } = result;
  // One empty column between the practices and the classes: two tables, not one.
  const kolom = practiceColumns + 1;
  const meets = (van: number, tot: number) => (drempel === null ? null : tot <= drempel ? 'ja' : van <= drempel ? 'deels' : 'nee');
  const label = (van: number, tot: number) => `${formatDutch(van)}–${formatDutch(tot)}`;
  const koppen = ['BI-klasse', 'Vanaf', 'Tot', 'Aantal praktijken', 'Voldoet'];
  const rijen = bins.map((b) => [label(b.van, b.tot), b.van, b.tot, b.aantal, meets(b.van, b.tot)]);
  const titel = drempel === null ? `Praktijken per BehandelIndex-klasse van ${BI_CLASS_WIDTH}` : `Praktijken per BehandelIndex-klasse van ${BI_CLASS_WIDTH}; drempel ${formatDutch(drempel)} (${result.deciel}e deciel), groen: voldoet`;
  return [
    {
      naam: BI_HISTOGRAM_CHART,
      gegevens: { kolom, rij: 1, koppen, rijen, breedtes: [14, 9, 9, 12, 10] },
      grafiek: {
        blad: BI_SHEET,
        richting: 'staand',
        titel,
        reeksNaam: { kolom: kolom + 3, rij: 1, tekst: koppen[3] },
        categorieen: { kolom, vanRij: 2, totRij: bins.length + 1, waarden: rijen.map((r) => r[0] as string) },
        waarden: { kolom: kolom + 3, vanRij: 2, totRij: bins.length + 1, waarden: bins.map((b) => b.aantal), formaat: '0' },
        kleur: GREY,
        kleurPerPunt: bins.map((b) => (meets(b.van, b.tot) === 'ja' ? GREEN : null)),
        asTitels: { categorie: 'BehandelIndex', waarde: 'Aantal praktijken' },
        tussenruimte: 10,
      },
      // Right of the class table, level with it: visible where the reader looks for the classes.
      anker: { kolom: kolom + koppen.length + 1, rij: 0, breedteCm: Math.max(14, 1.1 * bins.length + 4), hoogteCm: 9 },
    },
  ];
}

/** The selection workbook's bytes with its ranking chart. */
export async function selectionXlsx(model: WorkbookModel): Promise<Uint8Array> {
  return addCharts(await writeWorkbook(model), selectionCharts(model));
}

/** A BehandelIndex workbook's bytes with the histogram on its BehandelIndex sheet. */
export async function biXlsx(workbook: ExcelJS.Workbook, result: Pick<BiResult, 'praktijken' | 'drempel' | 'deciel'>): Promise<Uint8Array> {
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const sheet = workbook.getWorksheet(BI_SHEET);
  return sheet ? addCharts(bytes, biCharts(result, sheet.columnCount)) : bytes;
}
