import fc from 'fast-check';
import type { Application } from '../../src/rules/application';
import { mergeApplications, rekey } from '../../src/import/merge';

/** What assessors keep outside the Application, keyed by application id. */
interface AssessorData {
  scores: Record<string, { beoordelaar: string; item: string; score: number }[]>;
  opmerkingen: Record<string, string>;
  overrides: Record<string, { checkId: string; reden: string }[]>;
}

const first: Application[] = [
  { id: 'SR-01', naamInitiatief: 'Samen Sterk in Zeist', kvkNummer: '70123456', aantalZkKlanten: 1200, mdoPerJaar: 4 },
  { id: 'SR-02', naamInitiatief: 'AdemRuimte Zwolle', kvkNummer: '65432109', aantalZkKlanten: 749 },
];

const assessed: AssessorData = {
  scores: { 'SR-01': [{ beoordelaar: 'analist', item: 'impact', score: 4 }], 'SR-02': [{ beoordelaar: 'inkoper', item: 'kwaliteit', score: 3 }] },
  opmerkingen: { 'SR-02': 'Klantenaantal nagevraagd' },
  overrides: { 'SR-02': [{ checkId: 'K9', reden: 'Na correctie 820 klanten (brief 10-12-2020)' }] },
};

describe('re-import', () => {
  it('same id: the newer version updates the fields it fills and reports each change in Dutch', () => {
    const result = mergeApplications(first, [{ id: 'SR-01', naamInitiatief: 'Samen Sterk in Zeist', aantalZkKlanten: 1350 }]);
    expect(result.applications[0]).toEqual({ ...first[0], aantalZkKlanten: 1350 });
    expect(result.changes.map((c) => c.melding)).toEqual(["aanvraag SR-01: aantalZkKlanten gewijzigd van '1200' naar '1350'"]);
    expect(result.updated).toEqual(['SR-01']);
    expect(result.added).toEqual([]);
  });

  it('same KvK number and initiative name under another id (another file) is the same application; its id is kept', () => {
    const newer: Application = { id: 'bijlage3-zwolle', naamInitiatief: 'Ademruimte  Zwolle', kvkNummer: '6543 2109', aantalZkKlanten: 820 };
    const result = mergeApplications(first, [newer]);
    expect(result.idMap).toEqual({ 'bijlage3-zwolle': 'SR-02' });
    expect(result.applications).toHaveLength(2);
    expect(result.applications[1]).toMatchObject({ id: 'SR-02', aantalZkKlanten: 820, naamInitiatief: 'Ademruimte  Zwolle' });
    expect(result.changes.map((c) => c.veld).sort()).toEqual(['aantalZkKlanten', 'kvkNummer', 'naamInitiatief']);
  });

  it('keeps every assessor score, comment and override that belongs to the application', () => {
    const newer: Application[] = [
      { id: 'import-7', naamInitiatief: 'AdemRuimte Zwolle', kvkNummer: '65432109', aantalZkKlanten: 820 },
      { id: 'SR-03', naamInitiatief: 'Nieuw initiatief' },
    ];
    const result = mergeApplications(first, newer);
    const ids = result.applications.map((a) => a.id);
    // Everything assessors recorded is still attached to an application that exists after the merge.
    for (const table of [assessed.scores, assessed.opmerkingen, assessed.overrides]) {
      for (const id of Object.keys(rekey<unknown>(table, result.idMap))) expect(ids).toContain(id);
    }
    expect(assessed.overrides[result.idMap['import-7']]).toEqual([{ checkId: 'K9', reden: 'Na correctie 820 klanten (brief 10-12-2020)' }]);
    expect(result.added).toEqual(['SR-03']);
  });

  it('a field the newer version leaves empty keeps its old value (nothing is lost)', () => {
    const result = mergeApplications(first, [{ id: 'SR-01' }]);
    expect(result.applications[0]).toEqual(first[0]);
    expect(result.changes).toEqual([]);
  });

  it('the id decides first: same id with another KvK number is still the same application, and the KvK change is reported', () => {
    const result = mergeApplications(first, [{ id: 'SR-01', kvkNummer: '70123457' }]);
    expect(result.applications).toHaveLength(2);
    expect(result.changes.map((c) => c.melding)).toEqual(["aanvraag SR-01: kvkNummer gewijzigd van '70123456' naar '70123457'"]);
  });

  it('property: merging never loses an application id that assessor data refers to', () => {
    const app = fc.record({
      id: fc.constantFrom('A', 'B', 'C', 'D', 'E'),
      naamInitiatief: fc.constantFrom('Plan 1', 'Plan 2', 'Plan 3'),
      kvkNummer: fc.constantFrom('11111111', '22222222', '33333333'),
      aantalZkKlanten: fc.nat(2000),
    });
    const uniqueApps = fc.uniqueArray(app, { selector: (a) => a.id, maxLength: 5 });
    fc.assert(
      fc.property(uniqueApps, fc.array(app, { maxLength: 6 }), (existing, incoming) => {
        const scores = Object.fromEntries(existing.map((a) => [a.id, 1]));
        const result = mergeApplications(existing, incoming);
        const ids = new Set(result.applications.map((a) => a.id));
        for (const id of Object.keys(scores)) expect(ids.has(id)).toBe(true);
        for (const kept of Object.values(result.idMap)) expect(ids.has(kept)).toBe(true);
        expect(ids.size).toBe(result.applications.length);
      }),
      { numRuns: 300 },
    );
  });
});
