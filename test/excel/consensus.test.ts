import { SHEETS } from '../../src/excel';
import type { ConsensusEntry } from '../../src/excel';
import { NOW, applications, setup, syncsOf, typeInto } from './fixtures';

const RUBRIC = { schaal: { min: 1, max: 5 }, items: [{ id: 'smart', tekst: 'SMART' }, { id: 'borging', tekst: 'Borging' }] };
const SMART_A1: ConsensusEntry = {
  aanvraag: 'A00001',
  item: 'smart',
  score: 4,
  motivatie: 'Na overleg: de doelen zijn meetbaar, de nulmeting staat in bijlage 2.',
  wie: 'Bea Beleid',
  rol: 'beleidsontwikkelaar',
  tijdstip: '2020-12-10T14:00:00.000Z',
};

describe('the Consensus sheet', () => {
  it('stores a consensus score as a row (text as text) in one Excel.run, and reads it back', async () => {
    const { host, service } = setup();
    const syncs = await syncsOf(host, () => service.saveConsensus(SMART_A1, RUBRIC));
    expect(syncs).toBeLessThanOrEqual(4);
    expect(host.model.tableRecords('tblConsensus')).toEqual([
      { Aanvraag: 'A00001', Item: 'smart', Score: 4, Motivatie: SMART_A1.motivatie, Wie: 'Bea Beleid', Rol: 'beleidsontwikkelaar', Tijdstip: '2020-12-10T14:00:00.000Z', Aanwezig: '' },
    ]);
    expect(host.model.cellAt(SHEETS.consensus, 'D2').numberFormat).toBe('@');
    const read = await service.readConsensus(RUBRIC);
    expect(read).toEqual({ consensus: [SMART_A1], problems: [] });
  });

  it('a motivation that looks like a formula stays text', async () => {
    const { host, service } = setup();
    await service.saveConsensus({ ...SMART_A1, motivatie: '=HYPERLINK("http://x","klik")', wie: '+31 Bea' }, RUBRIC);
    const cell = host.model.cellAt(SHEETS.consensus, 'D2');
    expect(cell.value).toBe('=HYPERLINK("http://x","klik")');
    expect(cell.formula).toBeUndefined();
    expect(host.model.cellAt(SHEETS.consensus, 'E2').value).toBe('+31 Bea');
  });

  it('is refused without a written motivation, with a Dutch message, and nothing is written', async () => {
    const { host, service } = setup();
    await expect(service.saveConsensus({ ...SMART_A1, motivatie: '   ' }, RUBRIC)).rejects.toThrow(
      'Consensusscore opslaan is mislukt: een consensusscore vervangt de berekende score alleen met een schriftelijke motivatie.',
    );
    await expect(service.saveConsensus({ ...SMART_A1, score: 6 }, RUBRIC)).rejects.toThrow('6 ligt buiten de schaal 1 tot en met 5.');
    await expect(service.saveConsensus({ ...SMART_A1, item: 'kleur' }, RUBRIC)).rejects.toThrow('"kleur" is geen beoordelingsonderdeel');
    expect(host.model.sheets.map((s) => s.name)).not.toContain(SHEETS.consensus);
    expect(host.stats.runs).toBe(0);
  });

  it('a newer score for the same application and item replaces that row only; one audit row per consensus score', async () => {
    const { host, service } = setup();
    await service.saveConsensus(SMART_A1, RUBRIC);
    await service.saveConsensus({ ...SMART_A1, item: 'borging', score: 3, motivatie: 'Borging pas na 2022 geregeld.' }, RUBRIC);
    // Someone typed over a score in the sheet: the row is kept as typed when the pane writes again.
    typeInto(host, SHEETS.consensus, 'C3', 'vier');
    await service.saveConsensus({ ...SMART_A1, score: 5, motivatie: 'Herzien na de tweede ronde.', wie: 'Ilse Inkoper', rol: 'inkoper', tijdstip: undefined }, RUBRIC);
    const rows = host.model.tableRecords('tblConsensus');
    expect(rows.map((r) => [r.Aanvraag, r.Item, r.Score, r.Wie, r.Tijdstip])).toEqual([
      ['A00001', 'smart', 5, 'Ilse Inkoper', NOW],
      ['A00001', 'borging', 'vier', 'Bea Beleid', '2020-12-10T14:00:00.000Z'],
    ]);
    const audit = host.model.tableRecords('tblAudit').filter((r) => r.Actie === 'consensusscore');
    expect(audit.map((r) => r.Melding)).toEqual([
      `Consensusscore 4 voor smart bij A00001. Motivatie: ${SMART_A1.motivatie}`,
      'Consensusscore 3 voor borging bij A00001. Motivatie: Borging pas na 2022 geregeld.',
      'Consensusscore 5 voor smart bij A00001 (vervangt 4 van Bea Beleid). Motivatie: Herzien na de tweede ronde.',
    ]);
    expect([audit[2].Wie, audit[2].Rol]).toEqual(['Ilse Inkoper', 'inkoper']);
    // The typed "vier" is no score: a problem naming the row, the rest is used.
    const read = await service.readConsensus(RUBRIC);
    expect(read.consensus.map((c) => [c.aanvraag, c.item, c.score])).toEqual([['A00001', 'smart', 5]]);
    expect(read.problems).toEqual([{ bestand: 'Consensus', plaats: 'Consensus!rij 3', veld: 'Score', melding: '"vier" bij A00001 borging is geen score; deze consensusscore telt niet.' }]);
  });

  it('ranking from the sheets reads the consensus scores in the same Excel.run', async () => {
    const { host, service } = setup();
    await service.ensureScoreSheets(['analist'], applications(1), RUBRIC);
    await service.saveConsensus(SMART_A1, RUBRIC);
    let seen: ConsensusEntry[] = [];
    const syncs = await syncsOf(host, () =>
      service.writeSelection(
        (read) => {
          seen = read.consensus;
          return { rows: [] };
        },
        { rubric: RUBRIC },
      ),
    );
    expect(syncs).toBeLessThanOrEqual(4);
    expect(seen).toEqual([SMART_A1]);
    expect((await service.readScores(RUBRIC)).consensus).toEqual([SMART_A1]);
  });
});
