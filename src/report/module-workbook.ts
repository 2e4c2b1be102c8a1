/**
 * The module checklists as a workbook (`zk module vv|vs -o x.xlsx`): per module the checklist,
 * details and summary tables of the one schema (src/workbook/module-checklist.ts), exactly as the
 * add-in's Modules step writes them, a bar chart on the summary (practices per condition that do
 * not meet it), and the input problems. Every value from input is a plain string or number, never
 * a formula.
 */
import { formatDateLong } from '../rules/format';
import type { Problem } from '../rules/outcome';
import { MODULE_CHART, SUMMARY_CHART_COLUMN, moduleTableSpecs, summaryRows, type ModuleChecklist } from '../workbook/module-checklist';
import { addCharts, type SheetChart } from './charts';
import { problemSheet, sheetFromSpec, type SheetModel, type WorkbookModel } from './workbook-model';
import { writeWorkbook } from './write-xlsx';

export interface ModuleWorkbookMeta {
  /** Problems from reading the input (file, row, field). */
  problemen: readonly Problem[];
  /** ISO timestamp of the run, for the page header; passed in. */
  tijdstip?: string;
}

const RED = 'C00000';

function moduleSheets(list: ModuleChecklist): SheetModel[] {
  const specs = moduleTableSpecs(list);
  const empty = { leegTekst: 'Geen praktijken.' };
  return [
    sheetFromSpec(specs.checklist, { ...empty, ...(list.opmerking ? { notities: [list.opmerking] } : {}) }),
    sheetFromSpec(specs.details, empty),
    sheetFromSpec(specs.samenvatting, { leegTekst: 'Geen voorwaarden.' }),
  ];
}

/** The workbook as data: the sheets of each module given, then Problemen. */
export function moduleWorkbookModel(lists: readonly ModuleChecklist[], meta: ModuleWorkbookMeta): WorkbookModel {
  const first = lists[0];
  const jaar = first?.contractjaar ? ` · contractjaar ${first.contractjaar}` : '';
  const datum = meta.tijdstip ? ` · ${formatDateLong(meta.tijdstip.slice(0, 10))}` : '';
  return {
    titel: `Modulevoorwaarden ${lists.map((l) => l.naam).join(' en ')}`,
    maker: 'ZK Beoordeling',
    gemaakt: meta.tijdstip ?? '',
    afdruk: {
      links: `Zilveren Kruis · ${lists.map((l) => `${l.beleid.naam ?? l.naam} (${l.beleid.id}, versie ${l.beleid.versie})`).join('; ')}`,
      rechts: `Modulevoorwaarden${jaar}${datum}`,
    },
    bladen: [...lists.flatMap(moduleSheets), problemSheet(meta.problemen)],
  };
}

/**
 * The summary sheet's bar chart: per condition the practices that do not meet it, the most blocking
 * at the top, from the Omschrijving and Voldoet niet columns of the summary table.
 */
export function moduleCharts(list: ModuleChecklist): SheetChart[] {
  const rows = summaryRows(list);
  if (rows.length === 0) return [];
  const { samenvatting } = moduleTableSpecs(list);
  return [
    {
      naam: MODULE_CHART(list.module),
      grafiek: {
        blad: samenvatting.sheet,
        richting: 'liggend',
        titel: `${list.naam}: praktijken die niet voldoen, per voorwaarde`,
        reeksNaam: { kolom: SUMMARY_CHART_COLUMN + 1, rij: 1, tekst: samenvatting.columns[SUMMARY_CHART_COLUMN + 1].header },
        categorieen: { kolom: SUMMARY_CHART_COLUMN, vanRij: 2, totRij: rows.length + 1, waarden: rows.map((r) => r.voorwaarde.kop) },
        waarden: { kolom: SUMMARY_CHART_COLUMN + 1, vanRij: 2, totRij: rows.length + 1, waarden: rows.map((r) => r.voldoetNiet), formaat: '0' },
        kleur: RED,
        asTitels: { waarde: 'Aantal praktijken' },
        vanBovenNaarBeneden: true,
      },
      // Under the table: the summary's columns are wide text, a chart beside them is off screen.
      anker: { kolom: 0, rij: rows.length + 2, breedteCm: 18, hoogteCm: Math.max(7, 2.5 + 0.8 * rows.length) },
    },
  ];
}

/** The .xlsx bytes: the modules' sheets, Problemen, and a chart on each summary. */
export async function writeModuleWorkbook(lists: readonly ModuleChecklist[], meta: ModuleWorkbookMeta): Promise<Uint8Array> {
  return addCharts(await writeWorkbook(moduleWorkbookModel(lists, meta)), lists.flatMap(moduleCharts));
}
