/**
 * The import template of the module checklist (`zk template --module vv`): the sheets Praktijken
 * and Therapeuten from the one workbook schema (src/workbook/module-input.ts), with keuzelijsten
 * and header notes, plus a Toelichting that explains every column and the team's settings.
 * The CSV form is two files with only their header line.
 */
import Papa from 'papaparse';
import { MODULE_SHEETS, PRAKTIJK_COLUMNS, THERAPEUT_COLUMNS } from '../import/module-columns';
import { sheetFromSpec, type SheetModel, type WorkbookModel } from '../report/workbook-model';
import { writeWorkbook } from '../report/write-xlsx';
import { KEUZE_TEKSTEN } from '../rules/modules/messages';
import type { ModuleKeuze } from '../rules/modules/policy-schema';
import { VOORTDUREND_VERBETEREN_MODULE_2024 } from '../rules/policies/voortdurend-verbeteren-2024';
import { MODULE_KIND_NAMES, moduleInputTables } from '../workbook/module-input';

const NOTES = [
  'Eén rij per praktijk op het blad Praktijken; één rij per therapeut of medewerker op het blad Therapeuten, met de AGB-code van de praktijk waar die persoon werkt.',
  'Ja/nee-velden: ja, nee, x, waar, onwaar. Een leeg veld telt als onbekend, nooit als nee.',
  'Datums als 1-3-2024, 2024-03-01 of 1 maart 2024. Maanden met data: 2024-03; 2024-04 of 2024-03 t/m 2025-02; geen als er niets is aangeleverd.',
  'Peer reviews tellen over de 12 hele maanden vóór de peildatum (keuze van het team, telperiodeMaanden); de peildatum is de eerste dag van de maand van instroom.',
  'Het BI-bestand geeft u apart op (zk module vv … --bi bi.csv); de koppeling is de AGB-code van de praktijk.',
];

function explanationSheet(): SheetModel {
  const rows = [
    ...PRAKTIJK_COLUMNS.map((c) => [MODULE_SHEETS.praktijken, c.header, c.beschrijving, MODULE_KIND_NAMES[c.kind], (c.choices ?? []).map((x) => x.value).join(', ')]),
    ...THERAPEUT_COLUMNS.map((c) => [MODULE_SHEETS.therapeuten, c.header, c.beschrijving, MODULE_KIND_NAMES[c.kind], (c.choices ?? []).map((x) => x.value).join(', ')]),
    ...(Object.keys(KEUZE_TEKSTEN) as ModuleKeuze[]).map((k) => {
      const value = VOORTDUREND_VERBETEREN_MODULE_2024.keuzes[k];
      return ['Keuze van het team', k, KEUZE_TEKSTEN[k].nl, 'standaard', Array.isArray(value) ? value.join(', ') || '(geen)' : String(value)];
    }),
    ...NOTES.map((n) => ['Let op', '', n, '', '']),
  ];
  return {
    naam: 'Toelichting',
    tabel: 'tblToelichtingModules',
    kolommen: [
      { kop: 'Blad', formaat: 'text', breedte: 18 },
      { kop: 'Kolom', formaat: 'text', breedte: 36 },
      { kop: 'Omschrijving', formaat: 'text', breedte: 80 },
      { kop: 'Soort waarde', formaat: 'text', breedte: 28 },
      { kop: 'Keuzes', formaat: 'text', breedte: 30 },
    ],
    rijen: rows,
  };
}

/** The template workbook as .xlsx bytes. `gemaakt` is passed in (the writer never reads the clock). */
export async function moduleTemplateXlsx(gemaakt: string): Promise<Uint8Array> {
  const model: WorkbookModel = {
    titel: 'Invoer modules Voortdurend Verbeteren en Verdiepen & Specialiseren',
    maker: 'ZK Beoordeling',
    gemaakt,
    bladen: [...moduleInputTables().map((spec) => sheetFromSpec(spec, { leegTekst: '' })), explanationSheet()],
  };
  return new Uint8Array(await writeWorkbook(model));
}

/** The two CSV templates: the header line with `;` (what Dutch Excel expects), UTF-8 with BOM. */
export function moduleTemplateCsv(): { praktijken: string; therapeuten: string } {
  const line = (headers: string[]) => '\ufeff' + Papa.unparse([headers], { delimiter: ';' }) + '\r\n';
  return { praktijken: line(PRAKTIJK_COLUMNS.map((c) => c.header)), therapeuten: line(THERAPEUT_COLUMNS.map((c) => c.header)) };
}
