/**
 * The workbook as the task pane sees it: one method per user action, each ONE `Excel.run` with a
 * fixed number of syncs (inspect → prepare → write; ≤ 4), plus one extra sync per ~4 MB of data
 * to stay under Excel on the web's 5 MB request limit. Errors become Dutch `ExcelActionError`s.
 */
import { applicationTables, applicationsFromTables } from '../workbook/applications';
import { type AuditEntry, type AuditRow, auditRow, problemAuditRows } from '../workbook/audit';
import { rowsOf, specsOf, type ColumnDef } from '../workbook/columns';
import { CONSENSUS_COLUMNS, consensusRefusal, consensusRow, consensusRows, parseConsensus, sameTarget } from '../workbook/consensus';
import { RANKING_CHART, SHEETS, TABLES, scoreSheetName, scoreTableName } from '../workbook/names';
import { BI_COLUMNS, KEY_VALUE_COLUMNS, SETTING_COLUMNS, biSummary } from '../workbook/results';
import { MODULE_CHART, CHECKLIST_SHEETS, SUMMARY_CHART_COLUMN, moduleTableSpecs, outcomeLine } from '../workbook/module-checklist';
import { SCREENING_COLUMNS, SCREENING_KEY_HEADERS, type ExplicitOverride, type OverridesRead, judgementTable, overrideAuditEntry, overridesFrom, screeningRows, screeningKey, typedJudgements } from '../workbook/screening';
import { SCORE_ID_HEADER, scoreColumns, scoreRows } from '../workbook/scores';
import { CHART_SOURCE_COLUMN, selectionColumns } from '../workbook/selection';
import { settingRowsFromTable } from '../workbook/settings';
import { TEAM_DECISION_TABLE, parseTeamDecisions, teamDecisionSpec, teamDecisionAudit, teamDecisionRefusal, teamDecisionRows, withTeamDecision } from '../workbook/decisions';
import type { TableSpec, WriteReport } from '../workbook/types';
import { auditAppender } from './audit';
import { RequestBudget } from './budget';
import { type ColumnReader, columnReader } from './columnReader';
import { actionRefused, toExcelActionError } from './errors';
import { inspectWorkbook, type WorkbookInspection } from './inspect';
import { queueTableRead } from './readTable';
import { queueAppendRows, queueSheetReset, queueTable } from './writeTable';
import type { ExcelRunner, ExcelService, ExcelServiceOptions, ScoresRead, ConsensusRead } from './contract';
import type { XlChartCollection, XlContext } from './office-api';
import { queueConsensusRead, queueScoreReads, queueValues, scoresFrom } from './tableReads';

export type { ExcelRunner, ExcelService, ExcelServiceOptions, ScoresRead, ConsensusRead };

export type { ExplicitOverride, OverridesRead };

function defaultRunner(): ExcelRunner {
  return (batch) => {
    if (typeof Excel === 'undefined') throw actionRefused('Excel openen', 'Excel is niet beschikbaar; open dit taakvenster in Excel.');
    return Excel.run(batch);
  };
}

function specOf<T>(sheet: string, table: string, defs: readonly ColumnDef<T>[], items: readonly T[], origin?: TableSpec['origin']): TableSpec {
  return { sheet, table, columns: specsOf(defs), rows: rowsOf(defs, items), origin };
}

export function createExcelService(options: ExcelServiceOptions = {}): ExcelService {
  const run = options.run ?? defaultRunner();
  const now = options.now ?? (() => new Date().toISOString());
  const user = options.user ?? (() => '');

  async function action<T>(actie: string, batch: (context: XlContext) => Promise<T>): Promise<T> {
    try {
      return await run(batch);
    } catch (error) {
      throw toExcelActionError(actie, error);
    }
  }

  function newBudget(context: XlContext): RequestBudget {
    return new RequestBudget(context, undefined, () => context.application.suspendApiCalculationUntilNextSync());
  }

  function auditRows(entries: readonly AuditEntry[]): AuditRow[] {
    const at = now();
    return entries.map((e) => auditRow(e, at, user()));
  }

  /**
   * The common shape of a write action: inspect (sync 1); queue loads it needs and the audit's
   * row count (sync 2, skipped when nothing to load); loads that depend on those (sync 3, only
   * when needed); write everything (last sync, plus one per ~4 MB of data).
   */
  async function writeAction(
    actie: string,
    steps: {
      /** Queue loads after the inspection; true when they need a sync. */
      prepare?: (context: XlContext, inspection: WorkbookInspection) => boolean;
      /** Queue loads that depend on the first ones (e.g. columns found by header); true when a sync is needed. */
      prepareMore?: () => boolean;
      write: (context: XlContext, inspection: WorkbookInspection, budget: RequestBudget) => Promise<{ rows: Record<string, number>; audit: AuditEntry[]; meldingen?: string[] }>;
    },
  ): Promise<WriteReport> {
    return action(actie, async (context) => {
      const inspection = await inspectWorkbook(context);
      const audit = auditAppender();
      const needsPrepared = [steps.prepare?.(context, inspection) ?? false, audit.prepare(context, inspection)].some(Boolean);
      if (needsPrepared) await context.sync();
      if (steps.prepareMore?.()) await context.sync();
      const budget = newBudget(context);
      const written = await steps.write(context, inspection, budget);
      await audit.write(context, inspection, budget, auditRows(written.audit));
      await budget.sync();
      return { rijen: written.rows, meldingen: written.meldingen ?? [] };
    });
  }

  async function replaceSheet(context: XlContext, inspection: WorkbookInspection, budget: RequestBudget, specs: readonly TableSpec[]): Promise<string[]> {
    const meldingen: string[] = [];
    for (const sheet of new Set(specs.map((s) => s.sheet))) {
      await budget.reserve(1_000);
      queueSheetReset(context, inspection, sheet, specs.filter((s) => s.sheet === sheet).map((s) => s.table));
    }
    for (const spec of specs) {
      const result = await queueTable(context, inspection, spec, budget);
      if (result.truncatedCells > 0) {
        meldingen.push(`${result.truncatedCells} cel(len) in ${spec.sheet} ingekort tot 32.767 tekens (de grens van Excel); de volledige tekst staat in het bronbestand.`);
      }
    }
    return meldingen;
  }

  return {
    writeApplications(applications, problems, toetsing = []) {
      return writeAction('Aanvragen schrijven', {
        async write(context, inspection, budget) {
          const tables = applicationTables(applications, toetsing);
          const meldingen = await replaceSheet(context, inspection, budget, tables);
          const [, participants, lines] = tables;
          const at = now();
          const audit: AuditEntry[] = [
            { actie: 'import', onderwerp: SHEETS.aanvragen, melding: `${applications.length} aanvragen, ${participants.rows.length} deelnemers en ${lines.rows.length} begrotingsregels geschreven; ${problems.length} problemen.` },
            ...problemAuditRows(problems, at),
          ];
          return { rows: { [TABLES.aanvragen]: applications.length, [TABLES.deelnemers]: participants.rows.length, [TABLES.begroting]: lines.rows.length }, audit, meldingen };
        },
      });
    },

    readApplications() {
      return action('Aanvragen lezen', async (context) => {
        const inspection = await inspectWorkbook(context);
        if (!inspection.hasTable(TABLES.aanvragen)) return null;
        const read = [TABLES.aanvragen, TABLES.deelnemers, TABLES.begroting].map((name) => (inspection.hasTable(name) ? queueValues(context, name) : null));
        await context.sync();
        const [aanvragen, deelnemers, begroting] = read.map((r) => r?.values ?? undefined);
        return applicationsFromTables(SHEETS.aanvragen, { aanvragen: aanvragen ?? [], deelnemers, begroting });
      });
    },

    writeScreening(resultsOrScreen, applications = [], screeningOptions = {}) {
      const explicit = screeningOptions.overrides ?? [];
      let reader: ColumnReader | null = null;
      return writeAction('Toetsing schrijven', {
        prepare(context, inspection) {
          if (!inspection.hasTable(TABLES.toetsing)) return false;
          reader = columnReader(context, TABLES.toetsing, SCREENING_KEY_HEADERS);
          return true;
        },
        prepareMore() {
          reader?.loadColumns();
          return reader !== null;
        },
        async write(context, inspection, budget) {
          let columns: Record<string, string[] | null> = {};
          if (reader) {
            const read = reader.read();
            if (read.missing.length > 0) {
              // Rewriting now would lose what assessors typed in the renamed column.
              throw actionRefused('Toetsing schrijven', `de kolom(men) ${read.missing.map((m) => `"${m}"`).join(', ')} ontbreken in het blad Toetsing. Zet de kolomnaam terug; anders gaan oordelen van beoordelaars verloren.`);
            }
            columns = read.columns;
          }
          const { records, typed, replaced } = typedJudgements(columns, explicit);
          const results = typeof resultsOrScreen === 'function' ? resultsOrScreen(overridesFrom(judgementTable(records), now())) : resultsOrScreen;
          const overrideAudit = explicit.map(({ aanvraag, override }) => overrideAuditEntry(aanvraag, override, results, replaced.get(screeningKey(aanvraag, override.checkId))));
          const rows = screeningRows(results, new Map(applications.map((a) => [a.id, a.naamInitiatief ?? ''])), typed);
          const meldingen = await replaceSheet(context, inspection, budget, [specOf(SHEETS.toetsing, TABLES.toetsing, SCREENING_COLUMNS, rows)]);
          const keptTyped = typed.size - explicit.length;
          if (keptTyped > 0) meldingen.push(`${keptTyped} oordeel/oordelen van beoordelaars behouden.`);
          const audit: AuditEntry[] = [
            {
              actie: 'toetsing',
              onderwerp: SHEETS.toetsing,
              melding: `${results.length} aanvragen getoetst (${results.filter((r) => r.status === 'geschikt').length} geschikt, ${results.filter((r) => r.status === 'niet geschikt').length} niet geschikt, ${results.filter((r) => r.status === 'onvolledig').length} onvolledig); ${keptTyped} oordelen behouden${explicit.length > 0 ? `, ${explicit.length} afwijking(en) uit het taakvenster vastgelegd` : ''}.`,
            },
            ...overrideAudit,
          ];
          return { rows: { [TABLES.toetsing]: rows.length }, audit, meldingen };
        },
      });
    },

    readOverrides() {
      return action('Oordelen lezen', async (context) => {
        const inspection = await inspectWorkbook(context);
        if (!inspection.hasTable(TABLES.toetsing)) return { overrides: {}, problems: [] };
        const reader = queueTableRead(context, TABLES.toetsing);
        await context.sync();
        return overridesFrom(reader.read(), now());
      });
    },

    ensureScoreSheets(roles, applications, rubric) {
      const existing = new Map<string, { reader: ColumnReader; rows: { readonly count: number } }>();
      return writeAction('Scorebladen maken', {
        prepare(context, inspection) {
          for (const role of roles) {
            const name = scoreTableName(role);
            if (!inspection.hasTable(name)) continue;
            const rows = context.workbook.tables.getItem(name).rows;
            rows.load('count');
            existing.set(role, { reader: columnReader(context, name, [SCORE_ID_HEADER]), rows });
          }
          return existing.size > 0;
        },
        prepareMore() {
          for (const { reader } of existing.values()) reader.loadColumns();
          return existing.size > 0;
        },
        async write(context, inspection, budget) {
          const rows: Record<string, number> = {};
          const meldingen: string[] = [];
          const audit: AuditEntry[] = [];
          const columns = scoreColumns(rubric);
          for (const role of roles) {
            const sheet = scoreSheetName(role);
            const table = scoreTableName(role);
            const known = existing.get(role);
            if (!known && inspection.hasSheet(sheet)) {
              meldingen.push(`Blad "${sheet}" bestaat al zonder scoretabel; het is niet aangeraakt. Hernoem het blad en maak de scorebladen opnieuw.`);
              continue;
            }
            if (!known) {
              await queueTable(context, inspection, { sheet, table, columns, rows: scoreRows(rubric, applications) }, budget);
              rows[table] = applications.length;
              audit.push({ actie: 'scoreblad', onderwerp: sheet, melding: `Scoreblad gemaakt met ${applications.length} aanvragen.` });
              continue;
            }
            // Existing sheet: never rewrite what the assessor typed; only add missing applications.
            const ids = known.reader.read().columns[SCORE_ID_HEADER]?.map((id) => id.trim()) ?? null;
            if (!ids) {
              meldingen.push(`Blad "${sheet}" heeft geen kolom "${SCORE_ID_HEADER}" meer; er zijn geen aanvragen toegevoegd. Zet de kolomnaam terug.`);
              continue;
            }
            const present = new Set(ids.filter(Boolean));
            const missing = applications.filter((a) => !present.has(a.id));
            // A new Excel table has one empty data row; append after it only when it holds something.
            const dataRows = ids.length === 1 && ids[0] === '' ? 0 : known.rows.count;
            if (missing.length > 0) {
              await queueAppendRows(context, inspection, { sheet, table, columns, rows: scoreRows(rubric, missing) }, dataRows, budget);
              audit.push({ actie: 'scoreblad', onderwerp: sheet, melding: `${missing.length} aanvragen toegevoegd; bestaande scores ongewijzigd.` });
            }
            rows[table] = missing.length;
          }
          return { rows, audit, meldingen };
        },
      });
    },

    readScores(rubric) {
      return action('Scores lezen', async (context) => {
        const inspection = await inspectWorkbook(context);
        const readers = queueScoreReads(context, inspection);
        const consensus = queueConsensusRead(context, inspection);
        if (readers.length === 0 && !consensus) return { scores: [], problems: [], consensus: [] };
        await context.sync();
        return scoresFrom(readers, rubric, consensus);
      });
    },

    saveConsensus(entry, rubric) {
      const actie = 'Consensusscore opslaan';
      const refusal = consensusRefusal(entry, rubric);
      if (refusal) return Promise.reject(actionRefused(actie, refusal));
      let existing: ReturnType<typeof queueTableRead> | null = null;
      return writeAction(actie, {
        prepare(context, inspection) {
          existing = queueConsensusRead(context, inspection);
          return existing !== null;
        },
        async write(context, inspection, budget) {
          const rows = existing ? consensusRows(existing.read()) : [];
          const at = rows.findIndex((r) => sameTarget(r, entry));
          const saved = consensusRow({ ...entry, motivatie: entry.motivatie.trim(), tijdstip: entry.tijdstip ?? now() });
          const before = at >= 0 ? rows[at] : null;
          if (at >= 0) rows[at] = saved;
          else rows.push(saved);
          const meldingen = await replaceSheet(context, inspection, budget, [specOf(SHEETS.consensus, TABLES.consensus, CONSENSUS_COLUMNS, rows)]);
          const audit: AuditEntry[] = [
            {
              actie: 'consensusscore',
              onderwerp: `${entry.aanvraag} · ${entry.item}`,
              melding: `Consensusscore ${entry.score} voor ${entry.item} bij ${entry.aanvraag}${before ? ` (vervangt ${before.Score} van ${before.Wie || 'onbekend'})` : ''}. Motivatie: ${saved.Motivatie}`,
              tijdstip: String(saved.Tijdstip),
              wie: entry.wie,
              rol: entry.rol,
            },
          ];
          return { rows: { [TABLES.consensus]: rows.length }, audit, meldingen };
        },
      });
    },

    readConsensus(rubric) {
      return action('Consensusscores lezen', async (context) => {
        const inspection = await inspectWorkbook(context);
        const reader = queueConsensusRead(context, inspection);
        if (!reader) return { consensus: [], problems: [] };
        await context.sync();
        return parseConsensus(reader.read(), rubric);
      });
    },

    saveTeamDecision(besluit, datum) {
      const refusal = teamDecisionRefusal(besluit, datum);
      if (refusal) return Promise.reject(actionRefused('Besluit opslaan', refusal));
      let existing: ReturnType<typeof queueTableRead> | null = null;
      return writeAction('Besluit opslaan', {
        prepare(context, inspection) {
          existing = inspection.hasTable(TEAM_DECISION_TABLE) ? queueTableRead(context, TEAM_DECISION_TABLE) : null;
          return existing !== null;
        },
        async write(context, inspection, budget) {
          const { rows, before } = withTeamDecision(existing ? teamDecisionRows(existing.read()) : [], besluit);
          const meldingen = await replaceSheet(context, inspection, budget, [teamDecisionSpec(rows)]);
          return { rows: { [TEAM_DECISION_TABLE]: rows.length }, audit: [teamDecisionAudit(besluit, before)], meldingen };
        },
      });
    },

    readTeamDecisions(readOptions = {}) {
      return action('Besluiten lezen', async (context) => {
        const inspection = await inspectWorkbook(context);
        if (!inspection.hasTable(TEAM_DECISION_TABLE)) return { besluiten: [], problems: [] };
        const reader = queueTableRead(context, TEAM_DECISION_TABLE);
        await context.sync();
        return parseTeamDecisions(reader.read(), { datum: readOptions.datum, tijdstip: now() });
      });
    },

    writeSelection(modelOrRank, writeOptions = {}) {
      let charts: XlChartCollection | null = null;
      let scoreReaders: ReturnType<typeof queueScoreReads> = [];
      let consensusReader: ReturnType<typeof queueTableRead> | null = null;
      return writeAction(writeOptions.final ? 'Selectie schrijven' : 'Rangschikking schrijven', {
        prepare(context, inspection) {
          // Ranking from the score sheets: read them in the same request, rank, then write.
          if (typeof modelOrRank === 'function') {
            scoreReaders = queueScoreReads(context, inspection);
            consensusReader = queueConsensusRead(context, inspection);
          }
          if (!inspection.hasSheet(SHEETS.selectie)) return scoreReaders.length > 0 || consensusReader !== null;
          charts = context.workbook.worksheets.getItem(SHEETS.selectie).charts;
          charts.load('items/name');
          return true;
        },
        async write(context, inspection, budget) {
          const model = typeof modelOrRank === 'function' ? modelOrRank(scoresFrom(scoreReaders, writeOptions.rubric, consensusReader)) : modelOrRank;
          for (const chart of charts?.items ?? []) if (chart.name === RANKING_CHART) chart.delete();
          const spec = specOf(SHEETS.selectie, TABLES.selectie, selectionColumns(model.items, model.n), model.rows);
          const meldingen = await replaceSheet(context, inspection, budget, [spec]);
          // The chart shows the ranked rows, which come first.
          const ranked = model.rows.filter((r) => r.positie !== null).length;
          if (ranked > 0) {
            const sheet = context.workbook.worksheets.getItem(SHEETS.selectie);
            const source = sheet.getRangeByIndexes(0, CHART_SOURCE_COLUMN, 1 + ranked, 2);
            const chart = sheet.charts.add('BarClustered' as Excel.ChartType, source, 'Columns' as Excel.ChartSeriesBy);
            chart.name = RANKING_CHART;
            chart.title.text = 'Rangschikking (totaalscore)';
            chart.legend.visible = false;
            chart.setPosition('N2', 'V24');
          }
          const selected = model.rows.filter((r) => r.geselecteerd).map((r) => r.id);
          const audit: AuditEntry[] = [
            {
              actie: writeOptions.final ? 'selectie' : 'rangschikking',
              onderwerp: SHEETS.selectie,
              melding: `${model.rows.length} aanvragen gerangschikt; geselecteerd: ${selected.join(', ') || 'geen'}${model.seed !== undefined ? `; lotingszaad ${model.seed}` : ''}.`,
            },
            ...(model.tiebreaks ?? []).map((t) => ({ actie: 'tie-break', onderwerp: SHEETS.selectie, melding: t })),
            ...(model.nietGerangschikt ?? []).map((n) => ({ actie: 'niet gerangschikt', onderwerp: n.id, melding: n.reden })),
            ...(writeOptions.audit ?? []),
          ];
          return { rows: { [TABLES.selectie]: model.rows.length }, audit, meldingen };
        },
      });
    },

    writeBehandelIndex(model) {
      return writeAction('BehandelIndex schrijven', {
        async write(context, inspection, budget) {
          const summary = biSummary(model);
          const meldingen = await replaceSheet(context, inspection, budget, [
            specOf(SHEETS.behandelIndex, TABLES.behandelIndex, BI_COLUMNS, model.praktijken),
            specOf(SHEETS.behandelIndex, TABLES.biDrempel, KEY_VALUE_COLUMNS, summary, { row: 0, col: BI_COLUMNS.length + 1 }),
          ]);
          const audit: AuditEntry[] = [
            { actie: 'behandelindex', onderwerp: SHEETS.behandelIndex, melding: `${model.praktijken.length} praktijken; drempel ${model.drempel ?? 'onbekend'} (${model.deciel}e deciel, ${model.methode}, referentiejaar ${model.referentiejaar}).` },
          ];
          return { rows: { [TABLES.behandelIndex]: model.praktijken.length }, audit, meldingen };
        },
      });
    },

    writeModuleChecklists(lists) {
      const charts = new Map<string, XlChartCollection>();
      return writeAction('Modulevoorwaarden schrijven', {
        prepare(context, inspection) {
          for (const list of lists) {
            const sheet = CHECKLIST_SHEETS[list.module].samenvatting;
            if (!inspection.hasSheet(sheet)) continue;
            const found = context.workbook.worksheets.getItem(sheet).charts;
            found.load('items/name');
            charts.set(list.module, found);
          }
          return charts.size > 0;
        },
        async write(context, inspection, budget) {
          for (const list of lists) for (const chart of charts.get(list.module)?.items ?? []) if (chart.name === MODULE_CHART(list.module)) chart.delete();
          const specs = lists.map(moduleTableSpecs);
          const meldingen = await replaceSheet(context, inspection, budget, specs.flatMap((s) => [s.checklist, s.details, s.samenvatting]));
          const rows: Record<string, number> = {};
          const audit: AuditEntry[] = [];
          lists.forEach((list, i) => {
            const { checklist, details, samenvatting } = specs[i];
            rows[checklist.table] = checklist.rows.length;
            rows[details.table] = details.rows.length;
            rows[samenvatting.table] = samenvatting.rows.length;
            if (samenvatting.rows.length > 0) {
              // Omschrijving and Voldoet niet: the conditions that block most practices, at the top.
              const sheet = context.workbook.worksheets.getItem(samenvatting.sheet);
              const source = sheet.getRangeByIndexes(0, SUMMARY_CHART_COLUMN, 1 + samenvatting.rows.length, 2);
              const chart = sheet.charts.add('BarClustered' as Excel.ChartType, source, 'Columns' as Excel.ChartSeriesBy);
              chart.name = MODULE_CHART(list.module);
              chart.title.text = `${list.naam}: praktijken die niet voldoen, per voorwaarde`;
              chart.legend.visible = false;
              chart.setPosition(`A${samenvatting.rows.length + 3}`, `F${samenvatting.rows.length + 22}`);
            }
            audit.push({
              actie: 'modulevoorwaarden',
              onderwerp: checklist.sheet,
              melding: `${list.praktijken.length} praktijken getoetst aan ${list.voorwaarden.length} voorwaarden van ${list.naam} (${outcomeLine(list)}); beleid ${list.beleid.id} ${list.beleid.versie}.`,
            });
          });
          return { rows, audit, meldingen };
        },
      });
    },

    writeSettings(rows) {
      return writeAction('Instellingen schrijven', {
        async write(context, inspection, budget) {
          const meldingen = await replaceSheet(context, inspection, budget, [specOf(SHEETS.instellingen, TABLES.instellingen, SETTING_COLUMNS, rows)]);
          // =ZK functions read these settings from the shared runtime; Excel does not know they
          // changed, so recalculate in the same request.
          context.application.calculate('Full');
          return { rows: { [TABLES.instellingen]: rows.length }, audit: [{ actie: 'instellingen', onderwerp: SHEETS.instellingen, melding: `${rows.length} instellingen opgeslagen.` }], meldingen };
        },
      });
    },

    readSettings() {
      return action('Instellingen lezen', async (context) => {
        const inspection = await inspectWorkbook(context);
        if (!inspection.hasTable(TABLES.instellingen)) return [];
        const reader = queueTableRead(context, TABLES.instellingen);
        await context.sync();
        return settingRowsFromTable(reader.read());
      });
    },

    appendAudit(entries) {
      return writeAction('Audit bijwerken', {
        async write() {
          return { rows: { [TABLES.audit]: entries.length }, audit: [...entries] };
        },
      });
    },

    readTableNames() {
      return action('Tabellen lezen', async (context) => {
        const tables = context.workbook.tables;
        tables.load('items/name');
        await context.sync();
        const loaded = tables.items.map((t) => {
          const worksheet = t.worksheet;
          worksheet.load('name');
          const header = t.getHeaderRowRange();
          header.load('values');
          return { name: t.name, worksheet, header };
        });
        await context.sync();
        return loaded.map((t) => ({ name: t.name, sheet: t.worksheet.name, headers: (t.header.values[0] ?? []).map((h) => String(h)) }));
      });
    },

    readTables(names) {
      return action('Tabellen lezen', async (context) => {
        const inspection = await inspectWorkbook(context);
        const readers = names.map((name) => [name, inspection.hasTable(name) ? queueTableRead(context, name) : null] as const);
        if (readers.some(([, r]) => r !== null)) await context.sync();
        return Object.fromEntries(readers.map(([name, r]) => [name, r ? r.read() : null]));
      });
    },

    readTable(name) {
      return action(`Tabel ${name} lezen`, async (context) => {
        const inspection = await inspectWorkbook(context);
        if (!inspection.hasTable(name)) throw actionRefused(`Tabel ${name} lezen`, `de tabel "${name}" bestaat niet in deze werkmap.`);
        const reader = queueTableRead(context, name);
        await context.sync();
        return reader.read();
      });
    },
  };
}

export { overridesFrom };
