/** Columns of the BehandelIndex and Instellingen sheets (Selectie: selection.ts). */
import { CHECK_HIGHLIGHTS } from './colours';
import type { ColumnDef } from './columns';
import type { SettingRow } from './settings';
import type { CheckStatus } from '../rules/outcome';
import type { BiPracticeRow, BiSheetModel } from './types';

export const BI_COLUMNS: ColumnDef<BiPracticeRow>[] = [
  { header: 'AGB-code', kind: 'text', width: 10, value: (r) => r.agb },
  { header: 'Praktijknaam', kind: 'text', width: 30, value: (r) => r.naam },
  { header: 'BehandelIndex', kind: 'decimal1', width: 12, value: (r) => r.bi },
  { header: 'BI-ondergrens', kind: 'decimal1', width: 12, value: (r) => r.ondergrens },
  { header: 'Deciel', kind: 'number', width: 8, value: (r) => r.deciel },
  { header: 'Uitkomst', kind: 'text', width: 12, highlights: CHECK_HIGHLIGHTS, value: (r) => r.status },
  { header: 'Reden', kind: 'text', width: 40, value: (r) => r.reden },
];

export interface KeyValue {
  kenmerk: string;
  waarde: string | number | null;
}

export const KEY_VALUE_COLUMNS: ColumnDef<KeyValue>[] = [
  { header: 'Kenmerk', kind: 'text', width: 26, value: (r) => r.kenmerk },
  { header: 'Waarde', kind: 'text', width: 30, value: (r) => (r.waarde === null ? '' : String(r.waarde)) },
];

/** Sleutel and Waarde are read back (the add-in restores its settings from them); a person may change a Waarde. */
export const SETTING_COLUMNS: ColumnDef<SettingRow>[] = [
  { header: 'Sleutel', kind: 'text', width: 24, value: (r) => r.sleutel },
  { header: 'Waarde', kind: 'text', width: 40, owner: 'persoon', value: (r) => r.waarde },
  { header: 'Toelichting', kind: 'text', width: 50, value: (r) => r.toelichting },
];

/** The BehandelIndex summary next to the practices: contract and reference year, decile, method, threshold, counts. */
export function biSummary(model: BiSheetModel): KeyValue[] {
  return [
    { kenmerk: 'Contractjaar', waarde: model.contractjaar ?? null },
    { kenmerk: 'Referentiejaar (BI-jaar)', waarde: model.referentiejaar },
    { kenmerk: 'Deciel', waarde: model.deciel },
    { kenmerk: 'Methode', waarde: model.methode },
    { kenmerk: 'Drempel', waarde: model.drempel },
    { kenmerk: 'Decielgrenzen', waarde: (model.decielgrenzen ?? []).join('; ') },
    ...(['voldoet', 'voldoet niet', 'onbekend'] as CheckStatus[]).map((s) => ({ kenmerk: `Aantal ${s}`, waarde: model.praktijken.filter((p) => p.status === s).length })),
  ];
}
