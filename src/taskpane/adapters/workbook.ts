import { createExcelService, type ExcelService, type ScoresRead, type SelectionModel } from '../../excel';
import type { Application } from '../../rules/application';
import { consensusUsed, disagreementItems } from '../model/consensusUsed';
import { settingRows } from '../model/settingRows';
import type { RankingOutcome, TypedScores, WorkbookService } from '../services';
import { appTitle } from '../steps/ScreenStep';

/** The ranking as rows of the Selectie sheet. */
export function selectionModel(outcome: RankingOutcome, applications: readonly Application[]): SelectionModel {
  const byId = new Map(applications.map((a) => [a.id, a]));
  const disagreement = (id: string) => disagreementItems(outcome, id);
  const consensus = (id: string) => consensusUsed(outcome, id).map((c) => `${c.item} ${c.score}${c.wie ? ` (${c.wie})` : ''}`);
  const shift = new Map((outcome.normalisatie ?? []).map((s) => [s.id, s.verschuiving]));
  return {
    rows: outcome.ranglijst.map((entry) => ({
      positie: entry.positie,
      id: entry.id,
      naam: appTitle(byId.get(entry.id), entry.id),
      regio: entry.kandidaat.regio,
      totaal: entry.totaal,
      geselecteerd: entry.geselecteerd,
      reden: entry.reden,
      tiebreak: entry.beslistDoor?.label,
      verschuiving: shift.get(entry.id),
      onenigheid: disagreement(entry.id),
      consensus: consensus(entry.id),
      gevraagdBedrag: entry.kandidaat.gevraagdBedrag ?? undefined,
    })),
    seed: outcome.instellingen.seed,
    gewichten: outcome.instellingen.gewichten,
    nietGerangschikt: [
      ...outcome.onvolledig.map((c) => ({ id: c.aanvraag, reden: c.melding })),
      ...outcome.uitgesloten.map((u) => ({ id: u.id, reden: `${u.status}: ${u.redenen.join(' ')}` })),
    ],
    tiebreaks: outcome.gelijkspelen.map((t) => `${t.boven} boven ${t.onder}: ${t.label}`),
  };
}

/** Empty score cells are not scores: only typed numbers go to the ranking. */
function typedScores(read: ScoresRead): TypedScores {
  const scores = read.scores.flatMap((s) => (s.score === null ? [] : [{ ...s, score: s.score, toelichting: s.toelichting ?? '' }]));
  const consensus = read.consensus.map(({ tijdstip: _tijdstip, ...c }) => c);
  return { scores, problems: read.problems, consensus };
}

/** The pane's workbook on top of src/excel (the only code that calls Office.js). */
export function excelWorkbook(service: ExcelService = createExcelService()): WorkbookService {
  return {
    async writeApplications(applications, problems) {
      await service.writeApplications(applications, problems);
    },
    async screen(screen, applications, explicit = []) {
      await service.writeScreening((typed) => screen(typed), applications, { overrides: explicit });
    },
    async createScoreSheets(roles, applications, rubric) {
      await service.ensureScoreSheets(roles, applications, rubric);
    },
    async readScores(rubric) {
      return typedScores(await service.readScores(rubric));
    },
    async rank(rank, applications, rubric) {
      await service.writeSelection((read) => selectionModel(rank(typedScores(read)), applications), { final: false, rubric });
    },
    async writeSelection({ outcome, applications }) {
      // The procedure's own audit (overrides, every tie-break and lottery, each decision with its
      // reason) is the record of the final selection, so the sheet's short tie-break lines are left out.
      const audit = outcome.audit.map((e) => ({ tijdstip: e.tijdstip, actie: e.soort ?? 'rangschikking', onderwerp: e.wat, melding: e.waarom, door: [e.wie, e.rol].filter(Boolean).join(', ') }));
      // One workbook batch (Excel run): the sheet, the chart and the audit rows together.
      await service.writeSelection({ ...selectionModel(outcome, applications), tiebreaks: [], nietGerangschikt: [] }, { final: true, audit });
    },
    async saveConsensus(entry, rubric) {
      await service.saveConsensus(entry, rubric);
    },
    async saveTeamDecision(besluit, datum) {
      await service.saveTeamDecision(besluit, datum);
    },
    readTeamDecisions: (datum) => service.readTeamDecisions({ datum }),
    listTables: () => service.readTableNames(),
    async readTable(name) {
      const data = await service.readTable(name);
      return { headers: data.headers, rows: data.rows };
    },
    async writeBiResult(result) {
      await service.writeBehandelIndex({
        referentiejaar: result.referentiejaar,
        contractjaar: result.contractjaar,
        methode: result.methodeLabel,
        deciel: result.deciel,
        drempel: result.drempel,
        decielgrenzen: result.decielgrenzen ?? undefined,
        praktijken: result.praktijken,
      });
    },
    async writeSettings(settings, policy, weights) {
      await service.writeSettings(settingRows(settings, policy, weights));
    },
    async readSettings() {
      return (await service.readSettings()).map((r) => ({ sleutel: r.sleutel, waarde: String(r.waarde), toelichting: r.toelichting }));
    },
  };
}
