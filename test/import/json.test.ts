import { importJsonText } from '../../src/import/json';

describe('JSON, the canonical form', () => {
  it('one object or an array', () => {
    expect(importJsonText('a.json', '{"id":"A-1","naamInitiatief":"Samen"}').applications).toEqual([{ id: 'A-1', naamInitiatief: 'Samen' }]);
    expect(importJsonText('a.json', '[{"id":"A-1"},{"id":"A-2"}]').applications.map((a) => a.id)).toEqual(['A-1', 'A-2']);
  });

  it('not JSON at all: one message, nothing imported', () => {
    const result = importJsonText('kapot.json', '{"id": "A-1",');
    expect(result.applications).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].melding).toMatch(/^geen geldige JSON \(.+\); er is niets ingelezen$/);
  });

  it('a wrong field is named by its path; the rest of the record is kept and marked incomplete', () => {
    const result = importJsonText('a.json', JSON.stringify({ id: 'A-1', naamInitiatief: 'Samen', deelnemers: [{ praktijknaam: 'P', zkContract2021: 'misschien' }], mdoPerJaar: -4 }));
    expect(result.applications).toEqual([{ id: 'A-1', naamInitiatief: 'Samen', deelnemers: [{ praktijknaam: 'P' }] }]);
    expect(result.problems.map((p) => `${p.veld}: ${p.melding}`).sort()).toEqual([
      "deelnemers[0].zkContract2021: 'misschien' is geen ja of nee",
      "mdoPerJaar: '-4' is negatief, verwacht 0 of meer",
    ]);
    expect(result.records[0]).toMatchObject({ onvolledig: true, raw: { mdoPerJaar: -4 } });
  });

  it('values written the Dutch way are still read: "ja", "1-4-2021", "€ 1.250,00"', () => {
    const result = importJsonText('a.json', JSON.stringify({ id: 'A-1', intervisie: 'ja', startdatum: '1-4-2021', begroting: { gevraagdBedrag: '€ 1.250,00' } }));
    expect(result.applications[0]).toEqual({ id: 'A-1', intervisie: true, startdatum: '2021-04-01', begroting: { gevraagdBedrag: 1250 } });
    expect(result.problems).toEqual([]);
  });

  it('unknown keys, also inside participants and the budget, go to extra and are reported once', () => {
    const result = importJsonText('a.json', JSON.stringify([
      { id: 'A-1', prioriteit: 'hoog', deelnemers: [{ praktijknaam: 'P' }, { praktijknaam: 'Q', opmerking: 'nieuw' }], begroting: { gevraagdBedrag: 5, toelichting: 'zie bijlage' } },
      { id: 'A-2', prioriteit: 'laag' },
    ]));
    expect(result.applications[0]).toEqual({
      id: 'A-1',
      deelnemers: [{ praktijknaam: 'P' }, { praktijknaam: 'Q' }],
      begroting: { gevraagdBedrag: 5 },
      extra: { prioriteit: 'hoog', deelnemer2_opmerking: 'nieuw', begroting_toelichting: 'zie bijlage' },
    });
    expect(result.problems.map((p) => p.veld).sort()).toEqual(['begroting_toelichting', 'deelnemer2_opmerking', 'prioriteit']);
  });

  it('something that is not an object is reported and kept as an empty application with an id', () => {
    const result = importJsonText('lijst.json', '[42]');
    expect(result.applications).toEqual([{ id: 'lijst-1' }]);
    expect(result.problems.map((p) => p.melding)).toContain('verwacht een object met de velden van een aanvraag, gevonden 42');
  });
});
