import { applicationFromJson } from '../../src/cli/load-applications';

describe('applicationFromJson: wrong values are reported and left out, the record is kept', () => {
  it('keeps the record, drops the wrong values, names each field path', () => {
    const { application, problems } = applicationFromJson(
      { id: 'A1', aantalZkKlanten: -1, klantgroepen: ['astma', 'COPD', 'reuma'], deelnemers: [{ plaats: 'Zeist', zkContract2021: 'ja' }], startdatum: '1-4-2021' },
      'a.json',
      'aanvraag',
      'a',
    );
    expect(application).toEqual({ id: 'A1', klantgroepen: ['COPD'], deelnemers: [{ plaats: 'Zeist' }] });
    expect(problems.map((p) => p.veld).sort()).toEqual(['aantalZkKlanten', 'deelnemers[0].zkContract2021', 'klantgroepen[0]', 'klantgroepen[2]', 'startdatum']);
    expect(problems.find((p) => p.veld === 'aantalZkKlanten')!.melding).toMatch(/^aantalZkKlanten: Te klein/);
    expect(problems.every((p) => p.bestand === 'a.json' && p.melding.endsWith('waarde genegeerd'))).toBe(true);
    expect(problems.find((p) => p.veld === 'startdatum')!.melding).toBe('startdatum: verwacht een datum als JJJJ-MM-DD; waarde genegeerd');
  });

  it('an application without id gets the file name, with a warning', () => {
    const { application, problems } = applicationFromJson({ naamInitiatief: 'X' }, 'map/b.json', 'aanvraag', 'b');
    expect(application?.id).toBe('b');
    expect(problems).toEqual([{ bestand: 'map/b.json', plaats: 'aanvraag', veld: 'id', melding: "aanvraag zonder id; 'b' gebruikt", ernst: 'waarschuwing' }]);
  });

  it('something that is not an object is a problem, not a crash', () => {
    for (const value of [null, 3, 'tekst', [1]]) {
      const { application, problems } = applicationFromJson(value, 'c.json', 'aanvraag 2', 'c#2');
      expect(application).toBeUndefined();
      expect(problems[0]).toMatchObject({ bestand: 'c.json', plaats: 'aanvraag 2', melding: 'verwacht een aanvraag als JSON-object' });
    }
  });

  it('formula-like text stays text', () => {
    const { application } = applicationFromJson({ id: '=1+1', naamInitiatief: '=HYPERLINK("http://x","klik")', opmerkingen: '@SUM(A1)' }, 'd.json', 'aanvraag', 'd');
    expect(application).toEqual({ id: '=1+1', naamInitiatief: '=HYPERLINK("http://x","klik")', opmerkingen: '@SUM(A1)' });
  });
});
