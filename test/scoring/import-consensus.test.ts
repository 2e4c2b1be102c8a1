import ExcelJS from 'exceljs';
import { parseConsensusCsv, parseConsensusXlsx } from '../../src/import/consensus';
import { runProcedure } from '../../src/rules/ranking/procedure';
import { DEFAULT_RUBRIC_2021 } from '../../src/rules/scoring/rubric-2021';
import { TEST_POLICY, application, byGroup, eligible, scoresFor } from '../ranking/fixtures';

describe('consensus file', () => {
  const csv = [
    'aanvraag,item,score,motivatie,wie,rol',
    'A-1,smart,4,"Nulmeting alsnog aangeleverd.",Anna Analist,analist',
    'A-1,bereik,5,,Bas Beleid,beleidsontwikkelaar',
    'A-1,onzin,3,x,Anna Analist,analist',
  ].join('\n');

  it('reads lines, reports an unknown item with its row', () => {
    const { consensus, problemen } = parseConsensusCsv(csv, 'consensus.csv', DEFAULT_RUBRIC_2021);
    expect(consensus.map((c) => [c.item, c.score])).toEqual([['smart', 4], ['bereik', 5]]);
    expect(problemen).toEqual([{ bestand: 'consensus.csv', plaats: 'rij 4', veld: 'item', melding: expect.stringMatching(/^Onbekend item 'onzin'; de rubric kent protocol, /), ernst: 'fout' }]);
  });

  it('the line without motivation is refused by the procedure, the other replaces the mean (3 → 4: total 27 → 28)', () => {
    const { consensus } = parseConsensusCsv(csv, 'consensus.csv', DEFAULT_RUBRIC_2021);
    const r = runProcedure({
      policy: TEST_POLICY,
      aanvragen: [application('A-1')],
      toetsing: [eligible('A-1')],
      scores: scoresFor('A-1', byGroup([3, 3, 3, 3], [3, 3, 3], 3, 3)),
      consensus,
      instellingen: { seed: 1, resamples: 0 },
      tijdstip: '2020-12-08T10:00:00Z',
      wie: 'Ilse Inkoper',
      rol: 'inkoper',
    });
    expect(r.ranglijst[0].totaal).toBe(28);
    expect(r.meldingen).toEqual(['consensusscore A-1 / Bereik ZK-klanten geweigerd: een consensusscore vervangt de berekende score alleen met een schriftelijke motivatie.']);
    expect(r.audit.filter((a) => a.wat.startsWith('consensusscore'))).toEqual([
      { tijdstip: '2020-12-08T10:00:00Z', wie: 'Anna Analist', rol: 'analist', soort: 'consensusscore', wat: 'consensusscore A-1 / SMART-doelen en nulmeting: 3 → 4', waarom: 'Nulmeting alsnog aangeleverd.' },
    ]);
  });
});

describe('consensus from an .xlsx file (the same reader path as scores)', () => {
  async function workbook(sheet: string, rows: (string | number)[][]): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Toelichting').addRow(['Dit blad is geen consensus']);
    const ws = wb.addWorksheet(sheet);
    rows.forEach((r) => ws.addRow(r));
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('reads sheet Consensus (not the first sheet), a numeric score cell, and names the sheet and row of a bad line', async () => {
    const data = await workbook('Consensus', [
      ['Aanvraag', 'Item', 'Score', 'Motivatie', 'Wie', 'Rol'],
      ['A-1', 'smart', 4, 'Nulmeting alsnog aangeleverd.', 'Anna Analist', 'analist'],
      ['A-1', 'onzin', 3, 'x', 'Anna Analist', 'analist'],
    ]);
    const { consensus, problemen } = await parseConsensusXlsx(data, 'consensus.xlsx', DEFAULT_RUBRIC_2021);
    expect(consensus).toEqual([{ aanvraag: 'A-1', item: 'smart', score: 4, motivatie: 'Nulmeting alsnog aangeleverd.', wie: 'Anna Analist', rol: 'analist' }]);
    expect(problemen).toEqual([{ bestand: 'consensus.xlsx', plaats: 'Consensus!rij 3', veld: 'item', melding: expect.stringMatching(/^Onbekend item 'onzin'; de rubric kent protocol, /), ernst: 'fout' }]);
  });

  it('a file that is not a workbook is one Dutch problem, not a crash', async () => {
    const { consensus, problemen } = await parseConsensusXlsx(new TextEncoder().encode('aanvraag,item'), 'kapot.xlsx', DEFAULT_RUBRIC_2021);
    expect(consensus).toEqual([]);
    expect(problemen[0].melding).toMatch(/^geen geldig zip-archief/);
  });
});
