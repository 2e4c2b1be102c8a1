import type { Application } from '../rules/application';
import type { EligibilityResult } from '../rules/outcome';
import type { Policy } from '../rules/policy';
import type { ProcedureResult } from '../rules/ranking/procedure';
import type { Score } from '../rules/scoring/score';
import type { ConsensusInput } from '../rules/scoring/score';
import { formatDateLong, formatEuro } from '../rules/format';
import { itemLabel } from '../rules/scoring/rubric-2021';
import { formatNumber } from '../rules/scoring/numbers';
import { applicationTables } from '../workbook/applications';
import { AUDIT_COLUMNS, auditRow, procedureAuditEntries } from '../workbook/audit';
import { rowsOf, specsOf } from '../workbook/columns';
import { CONSENSUS_COLUMNS, consensusRow } from '../workbook/consensus';
import { TEAM_DECISION_NOTE, teamDecisionReportRows, teamDecisionSpec } from '../workbook/decisions';
import { SHEETS, TABLES, scoreSheetName, scoreTableName } from '../workbook/names';
import { SETTING_COLUMNS } from '../workbook/results';
import { SCREENING_COLUMNS, screeningRows } from '../workbook/screening';
import { scoreColumns } from '../workbook/scores';
import { selectionColumns, selectionItems, selectionRows } from '../workbook/selection';
import { settingRows, type SettingRow } from '../workbook/settings';
import type { CellInput, TableSpec } from '../workbook/types';
import type { Belangverklaring } from '../rules/scoring/conflicts';
import { belangenRow, belangenSpec } from '../workbook/conflicts';
import { meetingSheet } from './meeting-workbook';
import { fieldLabel } from './field-labels';
import { type SheetCell, type SheetModel, type WorkbookModel, col, sheetFromSpec } from './workbook-model';


export interface SelectionReportInput {
  result: ProcedureResult;
  policy: Policy;
  aanvragen: readonly Application[];
  toetsing: readonly EligibilityResult[];
  scores: readonly Score[];
  /** Consensus scores the run used (each with its motivation, and who was present). */
  consensus?: readonly ConsensusInput[];
  /** Declarations of interest the run used. */
  belangen?: readonly Belangverklaring[];
  /** ISO timestamp of the run, passed in. */
  tijdstip: string;
}


/**
 * The selection workbook: Selectie, Besluiten, Toetsing, Aanvragen, Deelnemers, Begroting, a score sheet per
 * role, Overleg, Consensus, Belangen, Aggregatie, Gevoeligheid, Audit, Instellingen. The sheets the add-in also
 * writes come from the one schema, so the add-in opens this workbook and carries on with it.
 */
export function buildSelectionWorkbook(input: SelectionReportInput): WorkbookModel {
  const { policy, tijdstip } = input;
  return {
    titel: `Selectie ${input.result.beleid.naam}`,
    maker: 'ZK Beoordeling',
    gemaakt: tijdstip,
    afdruk: {
      links: `Zilveren Kruis · ${policy.naam} (versie ${policy.versie})`,
      rechts: `Besluit ${formatDateLong(policy.besluitDatum ?? tijdstip.slice(0, 10))} · gemaakt ${formatDateLong(tijdstip.slice(0, 10))}`,
    },
    bladen: [
      selectieSheet(input),
      besluitenSheet(input),
      toetsingSheet(input),
      ...applicationTables(input.aanvragen, input.toetsing).map((t) => sheetFromSpec(t)),
      ...scoreSheets(input),
      overlegSheet(input),
      consensusSheet(input),
      belangenSheet(input),
      aggregatieSheet(input),
      gevoeligheidSheet(input),
      auditSheet(input),
      instellingenSheet(input),
    ],
  };
}

const sheetOf = (spec: TableSpec, extra?: Parameters<typeof sheetFromSpec>[1]): SheetModel => sheetFromSpec(spec, extra);

/** Besluiten: a row per incomplete application, as the add-in saves and reads team decisions. */
function besluitenSheet({ result, aanvragen }: SelectionReportInput): SheetModel {
  return sheetOf(teamDecisionSpec(teamDecisionReportRows(result, aanvragen, fieldLabel)), { leegTekst: '(geen onvolledige aanvragen)', notities: [TEAM_DECISION_NOTE] });
}

function selectieSheet({ result, aanvragen, toetsing }: SelectionReportInput): SheetModel {
  const n = result.instellingen.n;
  const columns = selectionColumns(selectionItems(result), n);
  const rows = selectionRows(result, aanvragen, toetsing);
  const selected = result.ranglijst.filter((e) => e.geselecteerd);
  const sum = selected.reduce((t, e) => t + (e.kandidaat.gevraagdBedrag ?? 0), 0);
  const waiting = result.besluiten.filter((b) => b.soort === 'nietVolledigBeoordeeld').length;
  const open = result.besluiten.filter((b) => b.soort === 'besluitNodig').length;
  return sheetOf(
    { sheet: SHEETS.selectie, table: TABLES.selectie, columns: specsOf(columns), rows: rowsOf(columns, rows) },
    {
      voorwaardelijk: [{ soort: 'databalk', kolom: 'Totaalscore' }],
      afkapNaRij: Math.min(n, result.ranglijst.length),
      notitie: `De rode lijn staat onder plaats ${n}: Zilveren Kruis sluit de module met maximaal ${n} samenwerkingsverbanden af.`,
      notities: [
        `Geselecteerd: ${selected.length} aanvragen; samen gevraagd ${formatEuro(sum)}.` +
          (selected.length ? ` Laagste geselecteerde totaalscore: ${formatNumber(selected[selected.length - 1].totaal)}.` : ''),
        ...(waiting ? [`Nog niet volledig beoordeeld: ${waiting} aanvraag/aanvragen; die krijgen nog geen besluit en geen brief.`] : []),
        ...(open ? [`Besluit van het team nodig: ${open} onvolledige aanvraag/aanvragen; vul het besluit in op het blad Besluiten (zonder besluit geen brief).`] : []),
        `Totaalscore = gewogen som van de ${result.instellingen.aggregatie === 'mediaan' ? 'mediane' : 'gemiddelde'} scores per onderdeel (schaal ${result.rubric.schaal.min}–${result.rubric.schaal.max}); gewichten en methode staan op het blad Instellingen.`,
      ],
    },
  );
}

/** Toetsing as the add-in writes it; the run's overrides stand in the judgement columns, where the add-in reads them. */
function toetsingSheet({ toetsing, aanvragen }: SelectionReportInput): SheetModel {
  const rows = screeningRows(toetsing, new Map(aanvragen.map((a) => [a.id, a.naamInitiatief ?? ''])));
  return sheetOf({ sheet: SHEETS.toetsing, table: TABLES.toetsing, columns: specsOf(SCREENING_COLUMNS), rows: rowsOf(SCREENING_COLUMNS, rows) });
}

/**
 * One score sheet per role, as the add-in makes them (Aanvraag, Naam initiatief, one column per
 * item, Toelichting), holding the scores of the run. Two assessors with one role get a sheet each.
 */
function scoreSheets({ scores, result, aanvragen }: SelectionReportInput): SheetModel[] {
  const rubric = { schaal: result.rubric.schaal, items: result.rubric.items };
  const columns = scoreColumns(rubric);
  const groups = new Map<string, Score[]>();
  const firstOfRole = new Map<string, string>();
  for (const s of scores) {
    const first = firstOfRole.get(s.rol) ?? (firstOfRole.set(s.rol, s.beoordelaar), s.beoordelaar);
    const key = first === s.beoordelaar ? s.rol : `${s.rol} ${s.beoordelaar}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const names = new Map(aanvragen.map((a) => [a.id, a.naamInitiatief ?? '']));
  return [...groups].map(([role, list]) => {
    const ids = [...new Set([...aanvragen.map((a) => a.id), ...list.map((s) => s.aanvraag)])].filter((id) => list.some((s) => s.aanvraag === id));
    const rows: CellInput[][] = ids.map((id) => {
      const own = list.filter((s) => s.aanvraag === id);
      const notes = [...new Set(own.map((s) => s.toelichting.trim()).filter(Boolean))];
      return [id, names.get(id) ?? '', ...rubric.items.map((i) => own.find((s) => s.item === i.id)?.score ?? null), notes.join(' | '), own[0]?.beoordelaar ?? ''];
    });
    return sheetOf({ sheet: scoreSheetName(role), table: scoreTableName(role), columns, rows });
  });
}

function consensusSheet({ consensus = [], tijdstip }: SelectionReportInput): SheetModel {
  const rows = consensus.map((c) => consensusRow({ ...c, tijdstip: (c as { tijdstip?: string }).tijdstip ?? tijdstip }));
  return sheetOf({ sheet: SHEETS.consensus, table: TABLES.consensus, columns: specsOf(CONSENSUS_COLUMNS), rows: rowsOf(CONSENSUS_COLUMNS, rows) }, { leegTekst: '' });
}

/** Overleg: the disputed items side by side, for the consensus meeting. */
function overlegSheet({ result, aanvragen, belangen = [] }: SelectionReportInput): SheetModel {
  return meetingSheet(result, aanvragen, belangen);
}

/** Belangen: every declaration the run read, as the add-in saves them. */
function belangenSheet({ belangen = [], aanvragen }: SelectionReportInput): SheetModel {
  const names = new Map(aanvragen.map((a) => [a.id, a.naamInitiatief ?? '']));
  return sheetOf(belangenSpec(belangen.map((b) => belangenRow(b, names.get(b.aanvraag.trim()) ?? ''))), { leegTekst: '(geen belangen gemeld)' });
}

function aggregatieSheet({ result }: SelectionReportInput): SheetModel {
  const rijen: SheetCell[][] = [];
  for (const [id, items] of result.aggregaten) {
    for (const a of items.values()) {
      rijen.push([id, itemLabel(result.rubric, a.item), a.n, a.gemiddelde, a.mediaan, a.standaardafwijking, a.spreiding, a.onenigheid, a.waarde, a.consensus?.motivatie ?? '']);
    }
  }
  return {
    naam: 'Aggregatie',
    tabel: 'tblAggregatie',
    kolommen: [
      col('Aanvraag', 'text', 12),
      col('Onderdeel', 'text', 30),
      col('Aantal scores', 'number', 10),
      col('Gemiddelde', 'score', 12),
      col('Mediaan', 'score', 10),
      col('Standaardafwijking', 'score', 12),
      col('Spreiding', 'score', 10),
      col('Onenigheid', 'boolean', 10),
      col('Telt mee', 'score', 10),
      col('Motivering consensus', 'text', 50),
    ],
    rijen,
  };
}

function gevoeligheidSheet({ result }: SelectionReportInput): SheetModel {
  const rijen: SheetCell[][] = result.gevoeligheid.map((g) => [
    `gewicht ${itemLabel(result.rubric, g.item)} × ${formatNumber(g.factor)}`,
    g.gewicht,
    g.verandert,
    g.erbij.join(', '),
    g.eraf.join(', '),
  ]);
  for (const s of result.normalisatie ?? []) {
    rijen.push([`z-score-normalisatie: ${s.id} van plaats ${s.positieZonder} naar ${s.positieMet}`, null, s.verschuiving !== 0, s.verschuiving > 0 ? s.id : '', s.verschuiving < 0 ? s.id : '']);
  }
  return {
    naam: 'Gevoeligheid',
    tabel: 'tblGevoeligheid',
    kolommen: [col('Wijziging', 'text', 60), col('Gewicht', 'decimal', 10), col(`Top ${result.instellingen.n} verandert`, 'boolean', 14), col('Erbij / omhoog', 'text', 30), col('Eraf / omlaag', 'text', 30)],
    rijen,
  };
}

function auditSheet({ result, tijdstip }: SelectionReportInput): SheetModel {
  const rows = procedureAuditEntries(result.audit).map((e) => auditRow(e, tijdstip, 'opdrachtregel'));
  return sheetOf({ sheet: SHEETS.audit, table: TABLES.audit, columns: specsOf(AUDIT_COLUMNS), rows: rowsOf(AUDIT_COLUMNS, rows) });
}

/**
 * Instellingen as the add-in writes and reads it (Sleutel, Waarde, Toelichting): the settings the
 * add-in restores (policy, seed, method, normalisation, weights) first, then what the run used.
 */
function instellingenSheet({ result, policy }: SelectionReportInput): SheetModel {
  const s = result.instellingen;
  const r = result.rubric;
  const info = (sleutel: string, waarde: string | number, toelichting?: string): SettingRow => ({ sleutel, waarde: String(waarde), ...(toelichting ? { toelichting } : {}) });
  const rows: SettingRow[] = [
    ...settingRows({ seed: s.seed, aggregation: s.aggregatie, normalise: s.normaliseren }, { ...policy, maxSelecties: s.n }, s.gewichten),
    info('bron', policy.bron),
    info('besluitdatum', policy.besluitDatum ?? 'niet vastgelegd'),
    info('schaal', `${r.schaal.min}–${r.schaal.max}`),
    info('minimaal aantal beoordelaars', r.minBeoordelaars),
    info('spreidingsdrempel', r.spreidingsDrempel, 'onenigheid vanaf deze spreiding'),
    info('tiebreak', s.tiebreakLabels.join('; '), 'bij gelijke totaalscore, daarna loting'),
    info('maximaal per kernregio', s.maxPerRegio ?? 'geen'),
    info('budgetplafond', s.budget !== undefined ? formatEuro(s.budget) : 'geen'),
    info('steekproeven', s.resamples, 'stabiliteit: beoordelaars opnieuw getrokken'),
    info('herkomst gewichten', weightOrigin(result, policy)),
    ...Object.entries(r.schaal.niveaus).map(([k, v]) => info(`niveau ${k}`, v)),
  ];
  return sheetOf({ sheet: SHEETS.instellingen, table: TABLES.instellingen, columns: specsOf(SETTING_COLUMNS), rows: rowsOf(SETTING_COLUMNS, rows) });
}

function weightOrigin(result: ProcedureResult, policy: Policy): string {
  const changed = result.rubric.items.filter((i) => result.instellingen.gewichten[i.id] !== i.gewicht).map((i) => i.id);
  const base = policy.beoordeling ? 'uit het beleid' : 'standaard: gelijke gewichten (de module 2021 noemt geen gewichten)';
  return changed.length ? `${base}; voor deze uitvoering aangepast: ${changed.join(', ')}` : base;
}
