import type { Application } from '../rules/application';
import type { Policy } from '../rules/policy';
import type { ProcedureResult } from '../rules/ranking/procedure';
import { TEAM_DECISION_COLUMNS, type MissingItem } from '../rules/team-decision';
import { selectionCountText, teamSettingLines } from '../rules/team-settings-display';
import { fieldLabel } from './field-labels';
import { type CellValue, type SheetModel, col } from './workbook-model';

/**
 * The Besluiten sheet: one row per incomplete application, with the team's decision when it took
 * one and what is missing. Its first columns are those `zk selectie --besluiten werkmap.xlsx` and
 * the add-in read, so a team can fill in the empty rows and run again.
 */
export function besluitenSheet(result: ProcedureResult, aanvragen: readonly Application[]): SheetModel {
  const names = new Map(aanvragen.map((a) => [a.id, a.naamInitiatief ?? '']));
  const incomplete = result.besluiten.filter((b) => b.soort === 'besluitNodig' || b.soort === 'aanvullingGevraagd' || b.soort === 'afgewezenOnvolledig');
  const text = (waarde: string): CellValue => ({ waarde, formaat: 'tekst' });
  return {
    naam: 'Besluiten',
    tabel: 'tblBesluiten',
    kolommen: [
      ...TEAM_DECISION_COLUMNS.map((c) => col(c.kop, c.veld === 'antwoordVoor' ? 'datum' : 'tekst', c.veld === 'motivering' ? 60 : c.veld === 'tijdstip' ? 22 : 16)),
      col('Naam initiatief', 'tekst', 30),
      col('Stand', 'tekst', 26),
      col('Ontbreekt', 'tekst', 70),
    ],
    rijen: incomplete.map((b) => {
      const t = b.teamBesluit;
      return [
        b.id,
        t?.besluit ?? '',
        text(t?.motivering ?? ''),
        t?.antwoordVoor ? { waarde: t.antwoordVoor, formaat: 'datum' } : null,
        text(t?.wie ?? ''),
        text(t?.rol ?? ''),
        text(t?.tijdstip ?? ''),
        text(names.get(b.id) ?? ''),
        b.besluit,
        text(missingText(b.ontbreekt ?? [])),
      ];
    }),
    leegTekst: '(geen onvolledige aanvragen)',
    notities: ['Besluit: aanvulling (verzoek om aanvulling, met de datum in Antwoord vóór) of afwijzen (alleen met een motivering). Zonder besluit krijgt de aanvraag geen brief.'],
  };
}

/** `K9: Aantal klanten Zilveren Kruis; looptijd: Einddatum …`. */
function missingText(items: readonly MissingItem[]): string {
  return items.map((m) => `${[m.id, ...m.alsoIds].join('/')}: ${[...new Set(m.velden.map(fieldLabel))].join(', ')}`).join('; ');
}

/** Instellingen rows for every team setting (value, default, why it is a choice) and the number of selections. */
export function teamSettingCells(policy: Policy, n: number): CellValue[][] {
  const text = (waarde: string): CellValue => ({ waarde, formaat: 'tekst' });
  return [
    ['Aantal selecties', text(selectionCountText(n, policy.teamkeuzes))],
    ...teamSettingLines(policy.teamkeuzes).map((l): CellValue[] => [`Keuze van het team: ${l.label}`, text(`${l.waarde} (standaard: ${l.standaard}). Waarom een keuze: ${l.waarom}`)]),
  ];
}
