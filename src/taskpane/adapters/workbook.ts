import { createExcelService, type ExcelService, type ScoresRead, type SelectionModel } from '../../excel';
import type { Application } from '../../rules/application';
import type { EligibilityResult } from '../../rules/outcome';
import { procedureAuditEntries } from '../../workbook/audit';
import { selectionItems, selectionRows } from '../../workbook/selection';
import { settingRows } from '../model/settingRows';
import { lateDeclarations } from '../../rules/scoring/conflicts';
import type { MeetingView, RankingOutcome, TypedScores, WorkbookService } from '../services';

/** The ranking as the Selectie sheet's model: the same rows `zk selectie` writes. */
export function selectionModel(outcome: RankingOutcome, applications: readonly Application[], eligibility: readonly EligibilityResult[] = []): SelectionModel {
  return {
    rows: selectionRows(outcome, applications, eligibility),
    items: selectionItems(outcome),
    n: outcome.instellingen.n,
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
  const consensus = read.consensus.map(({ tijdstip: _tijdstip, aanwezig: _aanwezig, ...c }) => c);
  const belangen = read.belangen ?? [];
  return { scores, problems: read.problems, consensus, declarations: { declarations: belangen, problems: read.belangProblemen ?? [], late: lateDeclarations(belangen) } };
}

/** The Overleg sheet's rows: the view's items with each application's name. */
function meetingSheet(view: MeetingView, applications: readonly Application[], n: number) {
  const names = new Map(applications.map((a) => [a.id, a.naamInitiatief ?? '']));
  return { rows: view.items.map((item) => ({ ...item, naam: names.get(item.aanvraag) ?? '' })), panel: view.panel, n };
}

/** The pane's workbook on top of src/excel (the only code that calls Office.js). */
export function excelWorkbook(service: ExcelService = createExcelService()): WorkbookService {
  return {
    async writeApplications(applications, problems) {
      await service.writeApplications(applications, problems);
    },
    readApplications: () => service.readApplications(),
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
    async writeSelection({ outcome, applications, eligibility }) {
      // The procedure's own audit (overrides, every tie-break and lottery, each decision with its
      // reason) is the record of the final selection, so the sheet's short tie-break lines are left out.
      const audit = procedureAuditEntries(outcome.audit);
      // One workbook batch (Excel run): the sheet, the chart and the audit rows together.
      await service.writeSelection({ ...selectionModel(outcome, applications, eligibility), tiebreaks: [], nietGerangschikt: [] }, { final: true, audit });
    },
    async saveConsensus(entry, rubric) {
      await service.saveConsensus(entry, rubric);
    },
    async saveTeamDecision(besluit, datum) {
      await service.saveTeamDecision(besluit, datum);
    },
    readTeamDecisions: (datum) => service.readTeamDecisions({ datum }),
    listTables: () => service.readTableNames(),
    readTable: (name) => service.readTable(name),
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
    readTables: (names) => service.readTables(names),
    async writeModuleChecklists(lists) {
      await service.writeModuleChecklists(lists);
    },
    async writeSettings(settings, policy, weights) {
      await service.writeSettings(settingRows(settings, policy, weights));
    },
    async readSettings() {
      return service.readSettings();
    },
    async readDeclarations() {
      const read = await service.readDeclarations();
      return { declarations: read.belangen, problems: read.problems, late: read.late };
    },
    async saveDeclaration(declaration, rubric, roles, naamInitiatief) {
      const { belangen } = await service.saveDeclaration(declaration, { rubric, roles, naam: naamInitiatief });
      return { declarations: belangen.belangen, problems: belangen.problems, late: belangen.late };
    },
    async setScoreSheetVisibility(plan) {
      await service.setScoreSheetVisibility(plan);
    },
    async writeReturnedScores(scores, applications, rubric, roles, bron) {
      await service.writeReturnedScores(scores, { roles, applications, rubric, bron });
    },
    async prepareMeeting(meet, applications, rubric, n) {
      await service.writeMeeting((read) => meetingSheet(meet(typedScores(read)), applications, n), rubric);
    },
    async saveMeetingDecision(decision, rubric, meet, applications, n) {
      await service.saveMeetingDecision(decision, rubric, (read) => meetingSheet(meet(typedScores(read)), applications, n));
    },
  };
}
