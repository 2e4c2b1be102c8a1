/**
 * The workbook as the task pane sees it: one method per user action, each ONE `Excel.run` with a
 * fixed number of syncs (inspect → prepare → write; ≤ 4), plus one extra sync per ~4 MB of data
 * to stay under Excel on the web's 5 MB request limit. Errors become Dutch `ExcelActionError`s.
 */
import { applicationTables, applicationsFromTables } from '../workbook/applications';
import { type AuditEntry, problemAuditRows } from '../workbook/audit';
import { CONSENSUS_COLUMNS, consensusRefusal, consensusRow, consensusRows, parseConsensus, sameTarget } from '../workbook/consensus';
import { RANKING_CHART, SHEETS, TABLES, scoreSheetName, scoreTableName } from '../workbook/names';
import { BI_COLUMNS, KEY_VALUE_COLUMNS, SETTING_COLUMNS, biSummary } from '../workbook/results';
import { MODULE_CHART, CHECKLIST_SHEETS, SUMMARY_CHART_COLUMN, moduleTableSpecs, outcomeLine } from '../workbook/module-checklist';
import { SCREENING_COLUMNS, SCREENING_KEY_HEADERS, type ExplicitOverride, type OverridesRead, judgementTable, overrideAuditEntry, overridesFrom, screeningRows, screeningKey, typedJudgements } from '../workbook/screening';
import { SCORE_ID_HEADER, scoreColumns, scoreRows } from '../workbook/scores';
import { CHART_SOURCE_COLUMN, selectionColumns } from '../workbook/selection';
import { settingRowsFromTable } from '../workbook/settings';
import { TEAM_DECISION_TABLE, parseTeamDecisions, teamDecisionSpec, teamDecisionAudit, teamDecisionRefusal, teamDecisionRows, withTeamDecision } from '../workbook/decisions';
import { createActionRunner, specOf } from './actions';
import { createScoringActions } from './scoringActions';
import { closedRows, queueScoreGuards, queueScoreTablePositions, type ScoreTablePosition } from './scoreGuards';
import { applicationsToScore } from '../rules/scoring/conflicts';
import type { ApplicationRef } from '../workbook/types';
import { type ColumnReader, columnReader } from './columnReader';
import { actionRefused } from './errors';
import { inspectWorkbook } from './inspect';
import { queueTableRead } from './readTable';
import { queueAppendRows, queueTable } from './writeTable';
import type { ExcelRunner, ExcelService, ExcelServiceOptions, ScoresRead, ConsensusRead } from './contract';
import type { XlChartCollection } from './office-api';
import { belangenFrom, queueBelangenRead, queueConsensusRead, queueScoreReads, queueValues, scoresFrom } from './tableReads';

export type { ExcelRunner, ExcelService, ExcelServiceOptions, ScoresRead, ConsensusRead };

export type { ExplicitOverride, OverridesRead };

export function createExcelService(options: ExcelServiceOptions = {}): ExcelService {
  const runner = createActionRunner(options);
  const { action, writeAction, replaceSheet, now } = runner;

  return {
    ...createScoringActions(runner),
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
      let belangenReader: ReturnType<typeof queueTableRead> | null = null;
      let positions: ScoreTablePosition[] = [];
      return writeAction('Scorebladen maken', {
        prepare(context, inspection) {
          for (const role of roles) {
            const name = scoreTableName(role);
            if (!inspection.hasTable(name)) continue;
            const rows = context.workbook.tables.getItem(name).rows;
            rows.load('count');
            existing.set(role, { reader: columnReader(context, name, [SCORE_ID_HEADER]), rows });
          }
          belangenReader = queueBelangenRead(context, inspection);
          if (belangenReader) positions = queueScoreTablePositions(context, inspection, roles);
          return existing.size > 0 || belangenReader !== null;
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
          const { belangen } = belangenFrom(belangenReader, now());
          // A conflicted assessor gets no row for that application (src/rules/scoring/conflicts.ts).
          const toScore = (role: string, apps: readonly ApplicationRef[]) => applicationsToScore(apps, { beoordelaar: role, rol: role }, belangen);
          for (const role of roles) {
            const sheet = scoreSheetName(role);
            const table = scoreTableName(role);
            const known = existing.get(role);
            if (!known && inspection.hasSheet(sheet)) {
              meldingen.push(`Blad "${sheet}" bestaat al zonder scoretabel; het is niet aangeraakt. Hernoem het blad en maak de scorebladen opnieuw.`);
              continue;
            }
            if (!known) {
              const own = toScore(role, applications);
              await queueTable(context, inspection, { sheet, table, columns, rows: scoreRows(rubric, own) }, budget);
              rows[table] = own.length;
              const left = applications.length - own.length;
              audit.push({ actie: 'scoreblad', onderwerp: sheet, melding: `Scoreblad gemaakt met ${own.length} aanvragen${left > 0 ? `; ${left} niet opgenomen wegens een gemeld belang` : ''}.` });
              continue;
            }
            // Existing sheet: never rewrite what the assessor typed; only add missing applications.
            const ids = known.reader.read().columns[SCORE_ID_HEADER]?.map((id) => id.trim()) ?? null;
            if (!ids) {
              meldingen.push(`Blad "${sheet}" heeft geen kolom "${SCORE_ID_HEADER}" meer; er zijn geen aanvragen toegevoegd. Zet de kolomnaam terug.`);
              continue;
            }
            const present = new Set(ids.filter(Boolean));
            const missing = toScore(role, applications.filter((a) => !present.has(a.id)));
            // A new Excel table has one empty data row; append after it only when it holds something.
            const dataRows = ids.length === 1 && ids[0] === '' ? 0 : known.rows.count;
            if (missing.length > 0) {
              await queueAppendRows(context, inspection, { sheet, table, columns, rows: scoreRows(rubric, missing) }, dataRows, budget);
              audit.push({ actie: 'scoreblad', onderwerp: sheet, melding: `${missing.length} aanvragen toegevoegd; bestaande scores ongewijzigd.` });
            }
            rows[table] = missing.length;
          }
          // Rows that were there before a declaration: closed for typing and greyed.
          if (positions.length > 0) await queueScoreGuards(context, positions, closedRows(belangen, roles), rubric, budget);
          return { rows, audit, meldingen };
        },
      });
    },

    readScores(rubric) {
      return action('Scores lezen', async (context) => {
        const inspection = await inspectWorkbook(context);
        const readers = queueScoreReads(context, inspection);
        const consensus = queueConsensusRead(context, inspection);
        const belangen = queueBelangenRead(context, inspection);
        if (readers.length === 0 && !consensus && !belangen) return { scores: [], problems: [], consensus: [] };
        await context.sync();
        return scoresFrom(readers, rubric, consensus, belangenFrom(belangen, now()));
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
      let belangenReader: ReturnType<typeof queueTableRead> | null = null;
      return writeAction(writeOptions.final ? 'Selectie schrijven' : 'Rangschikking schrijven', {
        prepare(context, inspection) {
          // Ranking from the score sheets: read them in the same request, rank, then write.
          if (typeof modelOrRank === 'function') {
            scoreReaders = queueScoreReads(context, inspection);
            consensusReader = queueConsensusRead(context, inspection);
            belangenReader = queueBelangenRead(context, inspection);
          }
          if (!inspection.hasSheet(SHEETS.selectie)) return scoreReaders.length > 0 || consensusReader !== null || belangenReader !== null;
          charts = context.workbook.worksheets.getItem(SHEETS.selectie).charts;
          charts.load('items/name');
          return true;
        },
        async write(context, inspection, budget) {
          const model = typeof modelOrRank === 'function' ? modelOrRank(scoresFrom(scoreReaders, writeOptions.rubric, consensusReader, belangenFrom(belangenReader, now()))) : modelOrRank;
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
