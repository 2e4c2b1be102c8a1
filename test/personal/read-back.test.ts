import { applicationCheckValues } from '../../src/import/application-hash';
import { readPersonalFile } from '../../src/import/personal-file';
import { combinePersonalFiles, describeChange, type ReadBackContext } from '../../src/import/personal-scores';
import { conflictRefusal } from '../../src/rules/scoring/conflicts';
import { checkCompleteness } from '../../src/rules/scoring/completeness';
import { fillPersonalFile } from '../../src/report/personal-fill';
import { buildImportWorkbook } from '../../src/report/import-workbook';
import { rubricFor } from '../../src/rules/scoring/rubric-2021';
import { application, conflict, editScoresSheet, fillAndRead, handOutTo, PANEL, SMALL_POLICY } from './fixture';

const [anna, bas, ilse, zeno] = PANEL;
const rubric = rubricFor(SMALL_POLICY);
const apps = [application('A1'), application('A2')];
const ITEMS = ['protocol', 'bereik', 'businesscase'];
const all = (aanvraag: string, score: number, toelichting = '') => ITEMS.map((item) => ({ aanvraag, item, score, toelichting }));

async function context(extra: Partial<ReadBackContext> = {}): Promise<ReadBackContext> {
  return { rubric, panel: PANEL, controlegetallen: await applicationCheckValues(apps), ...extra };
}

describe('reading personal files back: matched by application, assessor and item', () => {
  it('turns the typed cells into Score records of the file\'s assessor, so ranking reads them unchanged', async () => {
    const [file] = await handOutTo(apps, [anna], [], SMALL_POLICY);
    const read = await fillAndRead(file, [...all('A1', 4, 'Goed onderbouwd'), ...all('A2', 2)]);
    const result = combinePersonalFiles([read], await context({ panel: [anna] }));
    expect(result.problemen).toEqual([]);
    expect(result.scores).toEqual([
      ...ITEMS.map((item) => ({ aanvraag: 'A1', beoordelaar: 'Anna Analist', rol: 'analist', item, score: 4, toelichting: 'Goed onderbouwd' })),
      ...ITEMS.map((item) => ({ aanvraag: 'A2', beoordelaar: 'Anna Analist', rol: 'analist', item, score: 2, toelichting: '' })),
    ]);
    expect(result.bestanden).toEqual([{ bestand: 'beoordeling-analist.xlsx', beoordelaar: anna, status: 'gebruikt', scores: 6, ontbrekend: 0 }]);
    expect(result.momenten).toEqual([
      { aanvraag: 'A1', beoordelaar: 'Anna Analist', rol: 'analist', tijdstip: '2020-12-05T12:00:00.000Z', bron: 'beoordeling ingelezen: beoordeling-analist.xlsx' },
      { aanvraag: 'A2', beoordelaar: 'Anna Analist', rol: 'analist', tijdstip: '2020-12-05T12:00:00.000Z', bron: 'beoordeling ingelezen: beoordeling-analist.xlsx' },
    ]);
  });

  it('refuses out-of-scale, fractional and non-numeric scores by file, row and field, and counts the rest', async () => {
    const [file] = await handOutTo(apps, [anna], [], SMALL_POLICY);
    // Rows: 2–4 are A1 protocol, bereik, businesscase; 5–7 the same for A2.
    const read = await fillAndRead(file, [
      { aanvraag: 'A1', item: 'protocol', score: 7 },
      { aanvraag: 'A1', item: 'bereik', score: 3.5 },
      { aanvraag: 'A1', item: 'businesscase', score: 'vier' },
      ...all('A2', 3),
    ]);
    const result = combinePersonalFiles([read], await context({ panel: [anna] }));
    expect(result.scores.map((s) => `${s.aanvraag} ${s.item} ${s.score}`)).toEqual(['A2 protocol 3', 'A2 bereik 3', 'A2 businesscase 3']);
    const fouten = result.problemen.filter((p) => p.ernst === 'fout').map((p) => `${p.plaats} ${p.veld}: ${p.melding}`);
    expect(fouten).toEqual([
      'Scores!rij 2 Score: Score 7 ligt buiten de schaal 1–5. (aanvraag A1, protocol; telt niet mee)',
      'Scores!rij 3 Score: 3,5 is geen geheel getal; de schaal loopt van 1 tot en met 5 in hele punten. (aanvraag A1, bereik; telt niet mee)',
      "Scores!rij 4 Score: 'vier' is geen score; verwacht een geheel getal van 1 tot en met 5. (aanvraag A1, businesscase; telt niet mee)",
    ]);
    expect(result.problemen.every((p) => p.bestand === 'beoordeling-analist.xlsx')).toBe(true);
    // Completeness: A1 has no valid score at all.
    expect(result.ontbrekend).toEqual([{ beoordelaar: anna, aanvraag: 'A1', items: ITEMS }]);
  });

  it('lists missing items per application, and the ranking\'s completeness sees the same gap', async () => {
    const [file] = await handOutTo(apps, [anna], [], SMALL_POLICY);
    const read = await fillAndRead(file, [...all('A1', 4), { aanvraag: 'A2', item: 'protocol', score: 4 }]);
    const result = combinePersonalFiles([read], await context({ panel: [anna] }));
    expect(result.ontbrekend).toEqual([{ beoordelaar: anna, aanvraag: 'A2', items: ['bereik', 'businesscase'] }]);
    expect(result.problemen).toEqual([{ bestand: 'beoordeling-analist.xlsx', plaats: 'Scores!rijen 6–7', veld: 'Score', melding: 'Aanvraag A2: geen geldige score voor bereik, businesscase.', ernst: 'waarschuwing' }]);
    const gaps = checkCompleteness(['A1', 'A2'], result.scores, { ...rubric, minBeoordelaars: 1 });
    expect(gaps.map((g) => g.compleet)).toEqual([true, false]);
  });

  it('refuses a duplicate row (the second one) and a row for an application that was not handed out', async () => {
    const [file] = await handOutTo(apps, [anna], [], SMALL_POLICY);
    const typed = await fillPersonalFile(file.bytes, [...all('A1', 4), ...all('A2', 3)]);
    const edited = await editScoresSheet(typed.bytes, (ws, col) => {
      // Row 5 (A2 protocol) now claims to be A1 protocol again; a new row 8 for an application never handed out.
      ws.getCell(5, col('Aanvraag')).value = 'A1';
      ws.getCell(8, col('Aanvraag')).value = 'A9';
      ws.getCell(8, col('Item')).value = 'protocol';
      ws.getCell(8, col('Score')).value = 5;
    });
    const result = combinePersonalFiles([await readPersonalFile(edited, 'analist.xlsx')], await context({ panel: [anna] }));
    expect(result.problemen.filter((p) => p.ernst === 'fout').map((p) => `${p.plaats} ${p.veld}: ${p.melding}`)).toEqual([
      'Scores!rij 5 Item: Onderdeel protocol van aanvraag A1 staat al op rij 2; deze tweede rij telt niet mee.',
      'Scores!rij 8 Aanvraag: aanvraag A9 is niet aan Anna Analist (analist) uitgedeeld (ze staat niet op het blad Controle); deze scores tellen niet mee.',
    ]);
    expect(result.scores.filter((s) => s.aanvraag === 'A1' && s.item === 'protocol')).toHaveLength(1);
    expect(result.scores).toHaveLength(5);
  });

  it('refuses the scores on an application whose text changed since the hand-out, and one that is no longer read', async () => {
    const [file] = await handOutTo(apps, [anna], [], SMALL_POLICY);
    const read = await fillAndRead(file, [...all('A1', 4), ...all('A2', 3)]);
    const changed = await applicationCheckValues([{ ...apps[0], doel: 'Een ander doel' }]);
    const result = combinePersonalFiles([read], { rubric, panel: [anna], controlegetallen: changed });
    expect(result.scores).toEqual([]);
    expect(result.problemen.map((p) => `${p.plaats} ${p.veld}: ${p.melding}`)).toEqual([
      'Scores!rijen 2–4 Aanvraag: aanvraag A1 is gewijzigd sinds het uitdelen (het controlegetal verschilt); de scores gaan over de oude tekst en tellen niet mee. Deel het bestand opnieuw uit.',
      'Scores!rijen 5–7 Aanvraag: aanvraag A2 is niet ingelezen; deze scores tellen niet mee.',
    ]);
    // Without the current applications there is nothing to compare with: the scores count.
    expect(combinePersonalFiles([read], { rubric, panel: [anna] }).scores).toHaveLength(6);
  });

  it('refuses a file of the wrong assessor, and one claiming an assessor not on the panel', async () => {
    const [annaFile, basFile] = await handOutTo(apps, [anna, bas], [], SMALL_POLICY);
    const basRead = await readPersonalFile((await fillPersonalFile(basFile.bytes, all('A1', 3))).bytes, 'beoordeling-analist.xlsx', { verwacht: anna });
    const wrong = combinePersonalFiles([basRead], await context());
    expect(wrong.scores).toEqual([]);
    expect(wrong.problemen).toEqual([{ bestand: 'beoordeling-analist.xlsx', plaats: 'Bestand', veld: 'beoordelaar', melding: 'Verwacht het bestand van Anna Analist (analist), maar dit bestand is van Bas Beleid (beleidsontwikkelaar); er is niets uit ingelezen.', ernst: 'fout' }]);
    const annaRead = await fillAndRead(annaFile, all('A1', 3));
    const outsider = combinePersonalFiles([annaRead], await context({ panel: [bas, ilse, zeno] }));
    expect(outsider.scores).toEqual([]);
    expect(outsider.bestanden[0].status).toBe('geweigerd');
    expect(outsider.problemen[0].melding).toBe('Dit bestand is van Anna Analist (analist), die niet in het beoordelingsteam zit (Bas Beleid (beleidsontwikkelaar), Ilse Inkoper (inkoper), Zeno Zorg (zorginhoudelijk adviseur)); er is niets uit ingelezen.');
  });

  it('refuses the rows of an assessor who declared a conflict after the hand-out, with the conflicts rule\'s message', async () => {
    const [file] = await handOutTo(apps, [anna], [], SMALL_POLICY);
    const read = await fillAndRead(file, [...all('A1', 5), ...all('A2', 3)]);
    const belang = conflict('A1', anna, 'adviseert de penvoerder', '2020-12-06T08:00:00.000Z');
    const result = combinePersonalFiles([read], await context({ panel: [anna], belangen: [belang] }));
    expect(result.scores.every((s) => s.aanvraag === 'A2')).toBe(true);
    expect(result.problemen).toEqual([{ bestand: 'beoordeling-analist.xlsx', plaats: 'Scores!rijen 2–4', veld: 'Aanvraag', melding: conflictRefusal(belang), ernst: 'fout' }]);
    // Not "missing" either: a conflicted assessor does not score that application.
    expect(result.ontbrekend).toEqual([]);
  });

  it('a later version of the same assessor\'s file replaces the earlier one, in either order, and lists what changed', async () => {
    const [file] = await handOutTo(apps, [anna], [], SMALL_POLICY);
    const v1 = await fillAndRead(file, [...all('A1', 3, 'eerste indruk'), ...all('A2', 2)], '2020-12-04T10:00:00.000Z', 'analist-v1.xlsx');
    const v2 = await fillAndRead(file, [...all('A1', 3, 'eerste indruk'), { aanvraag: 'A1', item: 'bereik', score: 5, toelichting: 'na het lezen van de bijlage' }, ...all('A2', 2), { aanvraag: 'A2', item: 'protocol', score: null }], '2020-12-05T16:00:00.000Z', 'analist-v2.xlsx');
    const ctx = await context({ panel: [anna] });
    const forward = combinePersonalFiles([v1, v2], ctx);
    const backward = combinePersonalFiles([v2, v1], ctx);
    expect(backward).toEqual(forward);
    expect(forward.bestanden.map((b) => `${b.bestand} ${b.status}`)).toEqual(['analist-v1.xlsx vervangen', 'analist-v2.xlsx gebruikt']);
    expect(forward.vervangingen).toEqual([
      {
        beoordelaar: anna,
        vervangen: 'analist-v1.xlsx',
        door: 'analist-v2.xlsx',
        wijzigingen: [
          { aanvraag: 'A1', item: 'bereik', oud: 3, nieuw: 5, oudeToelichting: 'eerste indruk', nieuweToelichting: 'na het lezen van de bijlage' },
          { aanvraag: 'A2', item: 'protocol', oud: 2, nieuw: null, oudeToelichting: '', nieuweToelichting: '' },
        ],
      },
    ]);
    expect(forward.vervangingen[0].wijzigingen.map((c) => describeChange(c, rubric))).toEqual(['A1 bereik: 3 → 5 (toelichting gewijzigd)', 'A2 protocol: 2 → leeg']);
    expect(forward.scores.find((s) => s.aanvraag === 'A1' && s.item === 'bereik')?.score).toBe(5);
    expect(forward.scores).toHaveLength(5);
  });

  it('with the same hand-out and saved time (a program that keeps the time), the file with more scores typed is the newer one', async () => {
    const [file] = await handOutTo(apps, [anna], [], SMALL_POLICY);
    // The first row alone would put them the other way round (its content sorts after the other's).
    const fewer = await fillAndRead(file, [{ aanvraag: 'A1', item: 'protocol', score: 5 }], '2020-12-01T09:00:00.000Z', 'eerder.xlsx');
    const more = await fillAndRead(file, [{ aanvraag: 'A1', item: 'bereik', score: 3 }, { aanvraag: 'A2', item: 'protocol', score: 3 }], '2020-12-01T09:00:00.000Z', 'later.xlsx');
    const result = combinePersonalFiles([more, fewer], await context({ panel: [anna] }));
    expect(result.bestanden.map((b) => `${b.bestand} ${b.status}`)).toEqual(['eerder.xlsx vervangen', 'later.xlsx gebruikt']);
    expect(result.scores.map((s) => `${s.aanvraag} ${s.item} ${s.score}`)).toEqual(['A1 bereik 3', 'A2 protocol 3']);
  });

  it('warns when a file was handed out under another policy version than it is read with', async () => {
    const [file] = await handOutTo(apps, [anna], [], SMALL_POLICY);
    const read = await fillAndRead(file, [...all('A1', 4), ...all('A2', 4)]);
    const result = combinePersonalFiles([read], await context({ panel: [anna], beleid: { id: 'samenwerken-2021', versie: '2.0' } }));
    expect(result.scores).toHaveLength(6);
    expect(result.problemen).toEqual([{ bestand: 'beoordeling-analist.xlsx', plaats: 'Bestand', veld: 'beleid', melding: 'Uitgedeeld onder beleid samenwerken-2021 versie test, ingelezen met samenwerken-2021 versie 2.0; de scores zijn gelezen met de rubric van het laatste.', ernst: 'waarschuwing' }]);
    expect(combinePersonalFiles([read], await context({ panel: [anna], beleid: { id: 'samenwerken-2021', versie: 'test' } })).problemen).toEqual([]);
  });

  it('a file that is no personal scoring file is unreadable, with the reason', async () => {
    const other = new Uint8Array(await buildImportWorkbook(apps).xlsx.writeBuffer());
    const read = await readPersonalFile(other, 'aanvragen.xlsx');
    expect(read.leesbaar).toBe(false);
    expect(read.problemen[0].melding).toBe("dit is geen persoonlijk scorebestand: de bladen Scores, Controle, Bestand ontbreken (zo'n bestand maakt zk beoordeling uitdelen)");
    expect((await readPersonalFile(new TextEncoder().encode('aanvraag,score\n'), 'x.xlsx')).leesbaar).toBe(false);
  });
});
