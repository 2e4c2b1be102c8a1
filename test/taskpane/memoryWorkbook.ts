import type { Application } from '../../src/rules/application';
import type { EligibilityResult, Override, Problem } from '../../src/rules/outcome';
import type { Policy, Rubric } from '../../src/rules/policy';
import type { ZkSettings } from '../../src/shared/settings';
import { settingRows, type SettingRow } from '../../src/taskpane/model/settingRows';
import type { Score } from '../../src/rules/scoring/score';
import { withOverride } from '../../src/taskpane/model/state';
import type { TeamDecision } from '../../src/rules/team-decision';
import type { ModuleChecklist } from '../../src/workbook/module-checklist';
import { teamDecisionRefusal } from '../../src/workbook/decisions';
import type { ConsensusEntry, Declaration, DeclarationsRead, ExplicitOverride, MeetingDecision, MeetingView, RankingOutcome, SelectionWrite, TableData, TableInfo, TypedJudgements, TypedScores, WorkbookService } from '../../src/taskpane/services';

/**
 * A workbook service that keeps what the pane writes in memory, for component tests that do not
 * need Excel's behaviour (the e2e test uses the platform's fake Excel for that).
 */
export class MemoryWorkbook implements WorkbookService {
  applications: readonly Application[] = [];
  problems: readonly Problem[] = [];
  screening: readonly EligibilityResult[] = [];
  overrides: Record<string, Override[]> = {};
  scoreSheets: { roles: readonly string[]; ids: string[]; rubric: Rubric } | null = null;
  scores: Score[] = [];
  ranking: RankingOutcome | null = null;
  selection: SelectionWrite | null = null;
  tables: Record<string, TableData & { sheet: string }> = {};
  calls: string[] = [];

  async writeApplications(applications: readonly Application[], problems: readonly Problem[]) {
    this.calls.push('writeApplications');
    this.applications = applications;
    this.problems = problems;
  }
  /** What the workbook held when the pane opened (a workbook written by `zk`, or an earlier session). */
  stored: { applications: Application[]; problems: Problem[] } | null = null;
  async readApplications() {
    return this.stored;
  }
  async screen(screen: (typed: TypedJudgements) => readonly EligibilityResult[], _applications: readonly Application[], explicit: readonly ExplicitOverride[] = []) {
    this.calls.push('screen');
    // Like the sheet: an explicit override replaces that one check's judgement.
    for (const { aanvraag, override } of explicit) this.overrides = withOverride(this.overrides, aanvraag, override);
    this.screening = screen({ overrides: this.overrides, problems: [] });
  }
  async createScoreSheets(roles: readonly string[], applications: readonly Application[], rubric: Rubric) {
    this.calls.push('createScoreSheets');
    this.scoreSheets = { roles, ids: applications.map((a) => a.id), rubric };
  }
  async readScores() {
    this.calls.push('readScores');
    return { scores: this.scores, problems: [] };
  }
  async rank(rank: (typed: TypedScores) => RankingOutcome) {
    this.calls.push('rank');
    this.ranking = rank({ scores: this.scores, problems: [], consensus: this.consensus });
  }
  consensus: ConsensusEntry[] = [];
  async saveConsensus(entry: ConsensusEntry) {
    this.calls.push('saveConsensus');
    if (!entry.motivatie.trim()) throw new Error('Consensusscore opslaan is mislukt: een consensusscore vervangt de berekende score alleen met een schriftelijke motivatie.');
    this.consensus = [...this.consensus.filter((c) => c.aanvraag !== entry.aanvraag || c.item !== entry.item), entry];
  }
  teamDecisions: TeamDecision[] = [];
  async saveTeamDecision(besluit: TeamDecision, datum: string) {
    this.calls.push('saveTeamDecision');
    const refusal = teamDecisionRefusal(besluit, datum);
    if (refusal) throw new Error(`Besluit opslaan is mislukt: ${refusal}`);
    this.teamDecisions = [...this.teamDecisions.filter((b) => b.aanvraag !== besluit.aanvraag), besluit];
  }
  async readTeamDecisions() {
    this.calls.push('readTeamDecisions');
    return { besluiten: this.teamDecisions, problems: [] };
  }
  async writeSelection(input: SelectionWrite) {
    this.calls.push('writeSelection');
    this.selection = input;
  }
  async listTables(): Promise<TableInfo[]> {
    this.calls.push('listTables');
    return Object.entries(this.tables).map(([name, t]) => ({ name, sheet: t.sheet, headers: t.headers }));
  }
  async readTable(name: string): Promise<TableData> {
    this.calls.push('readTable');
    const table = this.tables[name];
    if (!table) throw new Error(`Tabel ${name} bestaat niet.`);
    return table;
  }
  async writeBiResult() {
    this.calls.push('writeBiResult');
  }
  async readTables(names: readonly string[]) {
    this.calls.push('readTables');
    return Object.fromEntries(names.map((n) => [n, this.tables[n] ?? null]));
  }
  moduleLists: readonly ModuleChecklist[] = [];
  async writeModuleChecklists(lists: readonly ModuleChecklist[]) {
    this.calls.push('writeModuleChecklists');
    this.moduleLists = lists;
  }
  settingRows: SettingRow[] = [];
  async writeSettings(settings: ZkSettings, policy: Policy, weights: Record<string, number>) {
    this.calls.push('writeSettings');
    this.settingRows = settingRows(settings, policy, weights);
  }
  async readSettings() {
    this.calls.push('readSettings');
    return this.settingRows;
  }
  declarations: Declaration[] = [];
  async readDeclarations() {
    this.calls.push('readDeclarations');
    return { declarations: this.declarations, problems: [], late: [] as DeclarationsRead['late'] };
  }
  async saveDeclaration(declaration: Declaration) {
    this.calls.push('saveDeclaration');
    if (declaration.belang && !declaration.reden.trim()) throw new Error('Belang opslaan is mislukt: een belang heeft een korte reden nodig.');
    this.declarations = [...this.declarations.filter((d) => d.aanvraag !== declaration.aanvraag || d.rol !== declaration.rol), declaration];
    return this.readDeclarations();
  }
  visibility: Record<string, boolean> = {};
  async setScoreSheetVisibility(plan: readonly { rol: string; zichtbaar: boolean }[]) {
    this.calls.push('setScoreSheetVisibility');
    for (const p of plan) this.visibility[p.rol] = p.zichtbaar;
  }
  async writeReturnedScores(scores: readonly Score[]) {
    this.calls.push('writeReturnedScores');
    const key = (s: Score) => `${s.aanvraag}\u0000${s.rol}\u0000${s.item}`;
    const incoming = new Set(scores.map(key));
    this.scores = [...this.scores.filter((s) => !incoming.has(key(s))), ...scores];
  }
  meeting: MeetingDecision[] = [];
  meetingView: MeetingView | null = null;
  private typed(): TypedScores {
    return { scores: this.scores, problems: [], consensus: this.consensus, declarations: { declarations: this.declarations, problems: [], late: [] } };
  }
  async prepareMeeting(meet: (typed: TypedScores) => MeetingView) {
    this.calls.push('prepareMeeting');
    this.meetingView = meet(this.typed());
  }
  async saveMeetingDecision(decision: MeetingDecision, _rubric: Rubric, meet: (typed: TypedScores) => MeetingView) {
    this.calls.push('saveMeetingDecision');
    if (!decision.motivatie.trim()) throw new Error('Overlegbesluit opslaan is mislukt: een consensusscore vervangt de berekende score alleen met een schriftelijke motivatie.');
    this.meeting.push(decision);
    const { aanwezig: _aanwezig, tijdstip: _tijdstip, ...entry } = decision;
    this.consensus = [...this.consensus.filter((c) => c.aanvraag !== entry.aanvraag || c.item !== entry.item), entry];
    this.meetingView = meet(this.typed());
  }
}
