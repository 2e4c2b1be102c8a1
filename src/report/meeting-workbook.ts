/**
 * The consensus meeting in a workbook (`zk overleg -o`, and the Overleg sheet of `zk selectie`):
 * the disputed items side by side (Overleg), a Consensus sheet with a row per disputed item for
 * the meeting's decisions (score, motivation, who, who was present) that `zk selectie --consensus`
 * and the add-in read back, and the declarations of interest (Belangen).
 */
import type { Application } from '../rules/application';
import type { ProcedureResult } from '../rules/ranking/procedure';
import type { Belangverklaring } from '../rules/scoring/conflicts';
import { meetingFromProcedure, meetingPanel } from '../rules/scoring/meeting';
import { formatDateLong } from '../rules/format';
import { rowsOf, specsOf } from '../workbook/columns';
import { CONSENSUS_COLUMNS, type ConsensusRow } from '../workbook/consensus';
import { belangenRow, belangenSpec } from '../workbook/conflicts';
import { type MeetingRow, meetingSpec } from '../workbook/meeting';
import { SHEETS, TABLES } from '../workbook/names';
import { type SheetModel, type WorkbookModel, sheetFromSpec } from './workbook-model';

/** The Overleg sheet of a ranking run. */
export function meetingSheet(result: ProcedureResult, aanvragen: readonly Application[], belangen: readonly Belangverklaring[]): SheetModel {
  const names = new Map(aanvragen.map((a) => [a.id, a.naamInitiatief?.trim() || a.naamSamenwerkingsverband?.trim() || a.id]));
  const scores = result.scores ?? [];
  const rows: MeetingRow[] = meetingFromProcedure(result, scores, belangen).map((m) => ({ ...m, naam: names.get(m.aanvraag) ?? m.aanvraag }));
  const panel = meetingPanel(scores, belangen);
  const n = result.instellingen.n;
  return sheetFromSpec(meetingSpec(rows, panel, n), {
    leegTekst: '(geen onenigheid: op geen onderdeel is de spreiding ' + `${result.rubric.spreidingsDrempel} of meer)`,
    notities: [
      `Onenigheid: het verschil tussen de hoogste en de laagste score op een onderdeel is ${result.rubric.spreidingsDrempel} of meer. Grootste spreiding eerst.`,
      `“Gevolg van een consensusscore”: wie bij elke score van ${result.rubric.schaal.min} tot en met ${result.rubric.schaal.max} de top ${n} in- of uitgaat, met de overige scores zoals ze nu zijn.`,
      'Een consensusscore telt alleen met een schriftelijke motivatie; leg hem vast op het blad Consensus, met wie aanwezig waren.',
    ],
  });
}

/** A Consensus sheet with one open row per disputed item: the meeting fills in score, motivation, who and who was present. */
function consensusTemplate(rows: readonly MeetingRow[]): SheetModel {
  const open: ConsensusRow[] = rows.map((r) => ({ Aanvraag: r.aanvraag, Item: r.item, Score: '', Motivatie: '', Wie: '', Rol: '', Tijdstip: '', Aanwezig: '' }));
  return sheetFromSpec(
    { sheet: SHEETS.consensus, table: TABLES.consensus, columns: specsOf(CONSENSUS_COLUMNS), rows: rowsOf(CONSENSUS_COLUMNS, open) },
    { leegTekst: '', notities: ['Een rij zonder score en motivatie is nog geen besluit en telt niet. Aanwezig: Naam (rol); Naam (rol).'] },
  );
}

export interface MeetingWorkbookInput {
  result: ProcedureResult;
  aanvragen: readonly Application[];
  belangen: readonly Belangverklaring[];
  /** ISO time of the run, passed in. */
  tijdstip: string;
}

/** The meeting workbook: Overleg, Consensus (open rows), Belangen. */
export function buildMeetingWorkbook({ result, aanvragen, belangen, tijdstip }: MeetingWorkbookInput): WorkbookModel {
  const names = new Map(aanvragen.map((a) => [a.id, a.naamInitiatief?.trim() || a.id]));
  const rows: MeetingRow[] = meetingFromProcedure(result, result.scores ?? [], belangen).map((m) => ({ ...m, naam: names.get(m.aanvraag) ?? m.aanvraag }));
  return {
    titel: `Consensusoverleg ${result.beleid.naam}`,
    maker: 'ZK Beoordeling',
    gemaakt: tijdstip,
    afdruk: { links: `Zilveren Kruis · ${result.beleid.naam} (versie ${result.beleid.versie})`, rechts: `Overleg · gemaakt ${formatDateLong(tijdstip.slice(0, 10))}` },
    bladen: [
      meetingSheet(result, aanvragen, belangen),
      consensusTemplate(rows),
      sheetFromSpec(belangenSpec(belangen.map((b) => belangenRow(b, names.get(b.aanvraag.trim()) ?? ''))), { leegTekst: '(geen belangen gemeld)' }),
    ],
  };
}
