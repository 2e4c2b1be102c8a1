import type { Belangverklaring } from '../../src/rules/scoring/conflicts';
import { CONSENSUS_COLUMNS, consensusRow, parseConsensus } from '../../src/workbook/consensus';
import {
  BELANGEN_COLUMNS,
  belangenRow,
  belangenSpec,
  conflictSummary,
  declarationAudit,
  parseDeclarations,
  scoreMomentAudit,
  scoreMomentsFromAudit,
  withDeclaration,
} from '../../src/workbook/conflicts';
import { AUDIT_COLUMNS, auditRow } from '../../src/workbook/audit';
import { rowsOf, specsOf } from '../../src/workbook/columns';
import { meetingAuditEntries, meetingColumns, noteHeader, scoreHeader } from '../../src/workbook/meeting';
import { parseScores, scoreColumns } from '../../src/workbook/scores';
import { toTableData } from '../../src/workbook/tableData';
import { toCell } from '../../src/workbook/cells';

const RUUD = { beoordelaar: 'Ruud Hoekstra', rol: 'zorginhoudelijk adviseur' };
const conflict: Belangverklaring = { aanvraag: 'A-2021-102', ...RUUD, belang: 'conflict', reden: 'behandelt in een deelnemende praktijk', tijdstip: '2020-11-23T11:40:00Z' };

/** Cells as a host gives them back: the written value per column kind, read back through the kind. */
function asRead(spec: ReturnType<typeof belangenSpec>) {
  const header = spec.columns.map((c) => c.header);
  const body = spec.rows.map((r) => r.map((v, i) => toCell(spec.columns[i].kind, v).value));
  return toTableData([header, ...body]);
}

describe('the Belangen sheet', () => {
  it('writes and reads back the same declarations', () => {
    const geen: Belangverklaring = { aanvraag: 'A-2021-101', ...RUUD, belang: 'geen', reden: '', tijdstip: '2020-11-23T11:40:00Z' };
    const spec = belangenSpec([belangenRow(conflict, 'COPD Zorgpad Rotterdam-Noord'), belangenRow({ ...geen, scoresAlIngevuld: true })]);
    expect(spec.sheet).toBe('Belangen');
    expect(spec.columns.map((c) => c.header)).toEqual(['Aanvraag', 'Naam initiatief', 'Beoordelaar', 'Rol', 'Belang', 'Reden', 'Tijdstip', 'Scores al ingevuld']);
    const read = parseDeclarations(asRead(spec), { tijdstip: '2020-12-01T00:00:00Z' });
    expect(read.problems).toEqual([]);
    expect(read.belangen).toEqual([
      { ...conflict, scoresAlIngevuld: false },
      { ...geen, scoresAlIngevuld: true },
    ]);
  });

  it('a conflict without reason and an unknown kind are problems naming the row and the column; an empty row is skipped', () => {
    const data = toTableData([
      specsOf(BELANGEN_COLUMNS).map((c) => c.header),
      ['A-2021-102', '', 'Ruud Hoekstra', 'zorginhoudelijk adviseur', 'conflict', '', '2020-11-23T11:40:00Z', ''],
      ['', '', '', '', '', '', '', ''],
      ['A-2021-103', '', 'Ruud Hoekstra', 'zorginhoudelijk adviseur', 'misschien', '', '2020-11-23T11:40:00Z', ''],
    ]);
    const read = parseDeclarations(data, { tijdstip: 'x' });
    expect(read.belangen).toEqual([]);
    expect(read.problems.map((p) => [p.plaats, p.veld])).toEqual([
      ['Belangen!rij 2', 'Reden'],
      ['Belangen!rij 4', 'Belang'],
    ]);
  });

  it('a row without time gets the reading moment, with a warning', () => {
    const data = toTableData([
      ['Aanvraag', 'Beoordelaar', 'Rol', 'Belang', 'Reden'],
      ['A-2021-102', 'Ruud Hoekstra', 'zorginhoudelijk adviseur', 'conflict', 'eigen praktijk'],
    ]);
    const read = parseDeclarations(data, { tijdstip: '2020-12-01T08:00:00Z', bestand: 'b.csv', plaatsPrefix: '' });
    expect(read.belangen[0].tijdstip).toBe('2020-12-01T08:00:00Z');
    expect(read.problems).toEqual([expect.objectContaining({ bestand: 'b.csv', plaats: 'rij 2', veld: 'Tijdstip', ernst: 'waarschuwing' })]);
  });

  it('a new declaration for the same assessor and application replaces the row, and the audit names what it replaced', () => {
    const first = [belangenRow({ ...conflict, belang: 'geen', reden: '', tijdstip: '2020-11-20T09:00:00Z' }, 'COPD Zorgpad')];
    const { rows, before } = withDeclaration(first, conflict);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ Belang: 'conflict', 'Naam initiatief': 'COPD Zorgpad' });
    expect(declarationAudit(conflict, before)).toEqual({
      actie: 'belangverklaring',
      onderwerp: 'belang bij A-2021-102',
      melding: 'behandelt in een deelnemende praktijk; Ruud Hoekstra (zorginhoudelijk adviseur) scoort deze aanvraag niet. Vervangt ‘geen’ van 2020-11-20T09:00:00Z.',
      tijdstip: '2020-11-23T11:40:00Z',
      wie: 'Ruud Hoekstra',
      rol: 'zorginhoudelijk adviseur',
    });
    expect(withDeclaration(rows, { ...conflict, aanvraag: 'A-2021-104' }).rows).toHaveLength(2);
  });

  it('the Selectie sheet names who was conflicted, and marks a late declaration', () => {
    expect(conflictSummary([conflict], 'A-2021-102')).toEqual(['Ruud Hoekstra (zorginhoudelijk adviseur): behandelt in een deelnemende praktijk']);
    expect(conflictSummary([conflict], 'A-2021-102', [{ verklaring: conflict, bewijs: { soort: 'volgorde' } }])).toEqual([
      'Ruud Hoekstra (zorginhoudelijk adviseur): behandelt in een deelnemende praktijk — gemeld na de scores',
    ]);
    expect(conflictSummary([conflict], 'A-2021-101')).toEqual([]);
  });
});

describe('score moments in the audit', () => {
  it('one row per application read back, read again as data (no sentence parsed)', () => {
    const moment = { aanvraag: 'A-2021-102', beoordelaar: 'Sanne de Boer', rol: 'inkoper', tijdstip: '2020-12-02T10:00:00Z', bron: 'beoordeling ingelezen: sanne.xlsx' };
    const row = auditRow(scoreMomentAudit(moment), 'nu', 'iemand');
    const header = AUDIT_COLUMNS.map((c) => c.header);
    const data = toTableData([header, ...rowsOf(AUDIT_COLUMNS, [row, auditRow({ actie: 'overschrijving', onderwerp: 'A-2021-102', melding: 'x' }, 'nu', 'iemand')])]);
    expect(scoreMomentsFromAudit(data)).toEqual([moment]);
  });
});

describe('a score sheet refuses what a conflicted assessor typed', () => {
  const rubric = { schaal: { min: 1, max: 5 }, items: [{ id: 'protocol', tekst: 'Protocol' }, { id: 'jzojp', tekst: 'JZOJP' }] };
  const header = scoreColumns(rubric).map((c) => c.header);
  it('no entry for the conflicted row (not missing), and a problem per typed cell naming it', () => {
    const data = toTableData([header, ['A-2021-102', 'COPD', 4, '', 'mijn oordeel', ''], ['A-2021-103', 'Zwolle', 3, '', '', '']]);
    const { scores, problems } = parseScores(data, 'Scores zorginhoudelijk adviseur', 'zorginhoudelijk adviseur', rubric.schaal, [conflict]);
    expect(scores.map((s) => [s.aanvraag, s.item, s.score])).toEqual([
      ['A-2021-103', 'protocol', 3],
      ['A-2021-103', 'jzojp', null],
    ]);
    expect(problems).toEqual([
      {
        bestand: 'Scores zorginhoudelijk adviseur',
        plaats: "'Scores zorginhoudelijk adviseur'!C2",
        veld: 'protocol',
        melding: 'Ruud Hoekstra (zorginhoudelijk adviseur) heeft een belang bij aanvraag A-2021-102 (behandelt in een deelnemende praktijk) en scoort deze aanvraag niet; deze score is geweigerd en telt niet mee.',
        ernst: 'fout',
      },
    ]);
  });
});

describe('Consensus carries who was present', () => {
  it('writes and reads back the Aanwezig column', () => {
    const aanwezig = [
      { wie: 'Fatima El Idrissi', rol: 'analist' },
      { wie: 'Sanne de Boer', rol: 'inkoper' },
    ];
    const row = consensusRow({ aanvraag: 'A-2021-102', item: 'jzojp', score: 3, motivatie: 'besproken', wie: 'Sanne de Boer', rol: 'inkoper', tijdstip: '2020-12-08T14:00:00Z', aanwezig });
    expect(row.Aanwezig).toBe('Fatima El Idrissi (analist); Sanne de Boer (inkoper)');
    const data = toTableData([CONSENSUS_COLUMNS.map((c) => c.header), rowsOf(CONSENSUS_COLUMNS, [row])[0], ['A-2021-012', 'jzojp', '', '', '', '', '', '']]);
    const { consensus, problems } = parseConsensus(data);
    expect(problems).toEqual([]);
    expect(consensus).toEqual([{ aanvraag: 'A-2021-102', item: 'jzojp', score: 3, motivatie: 'besproken', wie: 'Sanne de Boer', rol: 'inkoper', tijdstip: '2020-12-08T14:00:00Z', aanwezig }]);
  });
});

describe('the Overleg sheet', () => {
  it('one score and one comment column per assessor, in the panel order, between the item and the aggregate', () => {
    const panel = [{ beoordelaar: 'Fatima El Idrissi', rol: 'analist' }, RUUD];
    expect(meetingColumns(panel, 6).map((c) => c.header)).toEqual([
      'Spreiding',
      'Aanvraag',
      'Naam initiatief',
      'Onderdeel',
      scoreHeader(panel[0]),
      noteHeader(panel[0]),
      'Score Ruud Hoekstra (zorginhoudelijk adviseur)',
      'Toelichting Ruud Hoekstra',
      'Gemiddelde',
      'Mediaan',
      'Telt nu',
      'Consensusscore',
      'Positie nu',
      'In top 6 nu',
      'Verandert de selectie bij',
      'Gevolg van een consensusscore',
    ]);
    expect(scoreHeader(panel[0])).toBe('Score Fatima El Idrissi (analist)');
  });
});

describe('the meeting in the Audit sheet', () => {
  it('one row with who was present, then one per decision with its score, motivation and who was present at it', () => {
    const aanwezig = [
      { wie: 'Fatima El Idrissi', rol: 'analist' },
      { wie: 'Sanne de Boer', rol: 'inkoper' },
    ];
    const rows = meetingAuditEntries(
      {
        tijdstip: '2020-12-08T14:00:00Z',
        aanwezig,
        besluiten: [{ aanvraag: 'A-2021-102', item: 'jzojp', score: 3, motivatie: 'Onderbouwing is dun.', wie: 'Sanne de Boer', rol: 'inkoper', aanwezig: [aanwezig[1]] }],
      },
      (i) => (i === 'jzojp' ? 'Juiste zorg op de juiste plek' : i),
    );
    expect(rows.map((r) => [r.actie, r.onderwerp, r.melding, r.wie])).toEqual([
      ['overleg', 'consensusoverleg: 1 besluit', 'Aanwezig: Fatima El Idrissi (analist); Sanne de Boer (inkoper).', 'Fatima El Idrissi'],
      ['overlegbesluit', 'consensusscore A-2021-102 / Juiste zorg op de juiste plek: 3', 'Onderbouwing is dun. Aanwezig: Sanne de Boer (inkoper).', 'Sanne de Boer'],
    ]);
  });
});
