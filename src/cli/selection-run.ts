import type { Problem } from '../rules/outcome';
import type { Policy } from '../rules/policy';
import { type ProcedureResult, type ProcedureSettings, runProcedure } from '../rules/ranking/procedure';
import { RankingError } from '../rules/ranking/tiebreaks';
import { rubricFor } from '../rules/scoring/rubric-2021';
import type { ConsensusInput, Score } from '../rules/scoring/score';
import { TEAM_SETTING_TEXTS, type TeamSettings } from '../rules/team-settings';
import { changedTeamSettings, teamSettingValue, withTeamSettings } from '../rules/team-settings-display';
import type { Application } from '../rules/application';
import type { EligibilityResult } from '../rules/outcome';
import { CliError } from './command';
import { loadApplications } from './load-applications';
import { policyFromOption } from './policy-option';
import { readOverrides, screen } from './read-overrides';
import { readTeamDecisions } from './read-team-decisions';
import { keptSummary, readConsensus, readScores } from './read-scores';
import { readWorkbookInput } from './read-workbook';
import { keepKnownScores } from '../import/scores';
import { keepKnownConsensus } from '../import/consensus';
import { type Belangverklaring, conflictedScoreProblems } from '../rules/scoring/conflicts';
import { readDeclarations } from './read-declarations';

export interface SelectionRunOptions {
  aanvragen: string[];
  scores: string;
  beleid?: string;
  /** JSON list of overrides {aanvraag, checkId, status, reden, beoordelaar, rol, tijdstip}. */
  overrides?: string;
  /** CSV or .xlsx of consensus scores {aanvraag, item, score, motivatie, wie, rol}. */
  consensus?: string;
  /** The team's decisions on incomplete applications: .json, .csv or .xlsx (aanvraag, besluit, motivering, antwoordVoor, wie, rol, tijdstip). */
  besluiten?: string;
  /** Declarations of interest: .csv, .json or .xlsx (aanvraag, beoordelaar, rol, belang, reden, tijdstip); else the workbook's Belangen sheet. */
  belangen?: string;
  instellingen: ProcedureSettings;
  wie: string;
  rol: string;
  tijdstip: string;
}

export interface SelectionRun {
  policy: Policy;
  aanvragen: Application[];
  toetsing: EligibilityResult[];
  scores: Score[];
  /** The consensus scores read (the procedure refuses those without a motivation). */
  consensus: ConsensusInput[];
  result: ProcedureResult;
  /** The declarations of interest read (a conflicted assessor's scores never count). */
  belangen?: Belangverklaring[];
  problemen: Problem[];
  /**
   * One line per input of which rows were left out ("40 van 44 rijen ingelezen"); empty when every
   * row counts. A non-empty list makes the command exit with 1.
   */
  samenvatting?: string[];
}

/**
 * Every import format → applications. A file that cannot be read at all stops the run (a ranking
 * without some applications would mislead); wrong values inside a file are problems, not stops.
 */
export async function readApplicationsOrFail(paths: readonly string[], cwd: string): Promise<{ applications: Application[]; problems: Problem[] }> {
  const read = await loadApplications(paths, cwd);
  if (read.unreadable.length) {
    const why = read.problems.filter((p) => read.unreadable.includes(p.bestand)).map((p) => `kan '${p.bestand}' niet lezen: ${p.melding}`);
    throw new CliError(why.join('\n') || `kan ${read.unreadable.map((f) => `'${f}'`).join(', ')} niet lezen`);
  }
  return { applications: read.applications, problems: read.problems };
}

/** Reads, screens, scores and ranks: what `zk rangschik` and `zk selectie` share. */
export async function runSelection(options: SelectionRunOptions, cwd: string): Promise<SelectionRun> {
  const basePolicy = policyFromOption(options.beleid, cwd);
  const read = await readApplicationsOrFail(options.aanvragen, cwd);
  const aanvragen = uniqueById(read.applications, read.problems);
  const rubric = rubricFor(basePolicy);
  const overrideLines = options.overrides ? readOverrides(options.overrides, cwd) : { overrides: [], problems: [] };
  read.problems.push(...overrideLines.problems);
  // A workbook saved from the add-in (or written by zk selectie) brings its typed judgements,
  // score sheets and consensus scores along with its applications.
  const byFile = new Map<string, NonNullable<Awaited<ReturnType<typeof readWorkbookInput>>>>();
  for (const file of new Set([...options.aanvragen, options.scores])) {
    // Named as the argument it was given for, so a refusal reads like the scores reader's own.
    const input = await readWorkbookInput(file, cwd, rubric, options.tijdstip, file === options.scores ? 'scorebestand' : 'werkmap');
    if (input) byFile.set(file, input);
  }
  const workbooks = [...byFile.values()];
  for (const w of workbooks) read.problems.push(...w.problems);
  // The team settings of a workbook's Instellingen apply as in the add-in, laid over the policy's;
  // each one that differs is named, so the run says which choices it was made with.
  const teamkeuzes = Object.assign({}, ...workbooks.map((w) => w.teamkeuzes)) as Partial<TeamSettings>;
  for (const id of changedTeamSettings(basePolicy.teamkeuzes, teamkeuzes)) {
    read.problems.push({ bestand: 'Instellingen', plaats: `teamkeuze ${id}`, veld: 'Waarde', melding: `uit de werkmap: ${TEAM_SETTING_TEXTS[id].label.toLowerCase()} = ${teamSettingValue(id, teamkeuzes[id]!)} (beleid: ${teamSettingValue(id, basePolicy.teamkeuzes[id])})`, ernst: 'waarschuwing' });
  }
  const policy = withTeamSettings(basePolicy, teamkeuzes);
  const typed = workbooks.flatMap((w) => Object.entries(w.overrides).flatMap(([aanvraag, list]) => list.map((o) => ({ aanvraag, ...o }))));
  const toetsing = screen(aanvragen, policy, [...typed, ...overrideLines.overrides], read.problems, options.overrides);
  const ids = new Set(aanvragen.map((a) => a.id));
  const scoreBook = byFile.get(options.scores);
  const fromWorkbook = scoreBook?.has.scores ? scoreBook : undefined;
  const scoresRead = fromWorkbook ? undefined : await readScores(options.scores, cwd, rubric, policy.rollen);
  const declared = options.belangen ? await readDeclarations(options.belangen, cwd, options.tijdstip) : undefined;
  const belangen = declared ? declared.belangen : workbooks.flatMap((w) => w.belangen);
  const momenten = [...(declared?.momenten ?? []), ...workbooks.flatMap((w) => w.momenten)];
  if (declared) read.problems.push(...declared.problems);
  const scoreImport = scoresRead ? withoutConflictedRows(keepKnownScores(scoresRead, scoresRead.bestand, ids), scoresRead.bestand, belangen) : { scores: fromWorkbook?.scores ?? [], problemen: [] as Problem[] };
  const consensusRead = options.consensus ? await readConsensus(options.consensus, cwd, rubric) : undefined;
  const consensus = consensusRead ? keepKnownConsensus(consensusRead, consensusRead.bestand, ids) : { consensus: workbooks.flatMap((w) => w.consensus), problemen: [] as Problem[] };
  scoreImport.problemen.push(...consensus.problemen);
  const team = options.besluiten ? await readTeamDecisions(options.besluiten, cwd, { datum: policy.besluitDatum ?? options.tijdstip, tijdstip: options.tijdstip }) : { besluiten: [], problems: [] };
  scoreImport.problemen.push(...team.problems);
  // How much of each scores-like file counts: a dropped row makes the run "read with errors" (exit 1).
  const kept = [
    scoresRead && keptSummary('scorebestand', scoresRead, scoreImport.scores.length),
    consensusRead && keptSummary('consensusbestand', consensusRead, consensus.consensus.length),
    declared && keptSummary('belangenbestand', declared, declared.belangen.length),
  ];
  const refusedOverrides = options.overrides ? new Set(read.problems.filter((p) => p.bestand === options.overrides && p.ernst !== 'waarschuwing').map((p) => p.plaats)).size : 0;
  const overridesDropped = refusedOverrides ? `overschrijvingen '${options.overrides}': ${refusedOverrides} ${refusedOverrides === 1 ? 'overschrijving telt' : 'overschrijvingen tellen'} niet mee (zie de meldingen hierboven)` : undefined;
  const samenvatting = [...kept, overridesDropped].filter((line): line is string => !!line);
  try {
    const result = runProcedure({
      policy,
      aanvragen,
      toetsing,
      scores: scoreImport.scores,
      consensus: consensus.consensus,
      teamBesluiten: team.besluiten,
      belangen,
      scoreMomenten: momenten,
      instellingen: options.instellingen,
      tijdstip: options.tijdstip,
      wie: options.wie,
      rol: options.rol,
    });
    return { policy, aanvragen, toetsing, scores: scoreImport.scores, consensus: consensus.consensus, belangen, result, problemen: [...read.problems, ...scoreImport.problemen], samenvatting };
  } catch (error) {
    if (error instanceof RankingError) throw new CliError(error.message);
    throw error;
  }
}

/** A score file's rows of conflicted assessors: refused by row and field, and left out. */
function withoutConflictedRows<T extends { scores: Score[]; plaatsen: string[]; problemen: Problem[] }>(imported: T, bestand: string, belangen: readonly Belangverklaring[]): T {
  if (!belangen.length) return imported;
  const refused = conflictedScoreProblems(
    imported.scores.map((score, i) => ({ score, plaats: { bestand, plaats: imported.plaatsen[i] ?? '', veld: 'score' } })),
    belangen,
  );
  if (!refused.length) return imported;
  const out = refused.map((p) => p.plaats);
  const keep = imported.scores.map((_, i) => !out.includes(imported.plaatsen[i] ?? ''));
  return { ...imported, scores: imported.scores.filter((_, i) => keep[i]), plaatsen: imported.plaatsen.filter((_, i) => keep[i]), problemen: [...imported.problemen, ...refused] };
}

export function formatProblem(p: Problem): string {
  return `${p.ernst === 'waarschuwing' ? 'waarschuwing' : 'fout'}: ${[p.bestand, p.plaats].filter(Boolean).join(', ')}${p.veld ? ` (${p.veld})` : ''}: ${p.melding}`;
}

/** A second application with an id already seen is reported and left out (ids key scores and letters). */
export function uniqueById(aanvragen: readonly Application[], problems: Problem[]): Application[] {
  const seen = new Set<string>();
  return aanvragen.filter((a) => {
    if (!seen.has(a.id)) return seen.add(a.id);
    problems.push({ bestand: '', plaats: `aanvraag ${a.id}`, veld: 'id', melding: `aanvraag ${a.id} komt meer dan één keer voor; alleen de eerste telt`, ernst: 'fout' });
    return false;
  });
}
