import { hasMessage } from '../../../src/rules/findings';
import { checkVoortdurendVerbeteren } from '../../../src/rules/modules/voortdurend-verbeteren';
import type { Praktijk, Therapeut } from '../../../src/rules/modules/records';
import type { PraktijkUitkomst, VoorwaardeUitkomst } from '../../../src/rules/modules/results';
import { VOORTDUREND_VERBETEREN_MODULE_2024 } from '../../../src/rules/policies/voortdurend-verbeteren-2024';
import { AGB_BI_70, AGB_BI_80, biRun, POLICY, praktijk, RUN, therapeut, TWAALF_MAANDEN } from './fixtures';

/*
 * Module Voortdurend Verbeteren, "Voorwaarden Module Voortdurend Verbeteren" of the KNGF analysis,
 * checked on 1 March 2025 (contract year 2025, BI year 2023: "voor 2025 is dat 2023").
 */

function run(p: Partial<Praktijk> = {}, mensen?: (agb: string) => Therapeut[], options = RUN): PraktijkUitkomst {
  const prak = praktijk(AGB_BI_70, p);
  const people = mensen ? mensen(prak.agb) : [therapeut(prak.agb, 'Anna de Vries'), therapeut(prak.agb, 'Bram Jansen')];
  return checkVoortdurendVerbeteren([prak], people, biRun(), POLICY, options).praktijken[0]!;
}

function cond(u: PraktijkUitkomst, id: string): VoorwaardeUitkomst {
  const found = u.voorwaarden.find((v) => v.id === id);
  if (!found) throw new Error(`geen voorwaarde ${id}`);
  return found;
}

describe('a practice that meets every condition', () => {
  it('voldoet on every condition and overall', () => {
    const u = run();
    expect(u.voorwaarden.map((v) => [v.id, v.status]).filter(([, s]) => s !== 'voldoet')).toEqual([]);
    expect(u.status).toBe('voldoet');
  });

  it('lists the Overeenkomst conditions first, then the module in the source order', () => {
    expect(run().voorwaarden.map((v) => v.id)).toEqual([
      'OV-REGISTRATIE', 'OV-PREM', 'OV-KNGF-EISEN', 'OV-VEKTIS', 'OV-WTZA',
      'VV-REGISTER', 'VV-INSCHRIJVING', 'VV-VISITATIE-OORDEEL', 'VV-VISITATIE-2JAAR', 'VV-PEER-REVIEW', 'VV-PDCA',
      'VV-DATA', 'VV-ELEARNING', 'VV-MDS', 'VV-BI', 'VV-PREM', 'VV-MEETBUREAU', 'VV-TOESTEMMING',
    ]);
  });

  it('renders every finding from a registered message', () => {
    const all = [run(), run({ kwaliteitsregister: null, database: 'geen', aanleverMaanden: [] }, (a) => [therapeut(a, 'X', { functie: null, mdsCopd: false })])];
    for (const u of all) for (const v of u.voorwaarden) for (const b of v.bevindingen) expect(hasMessage(b.code)).toBe(true);
  });
});

describe('12 maanden ingeschreven: "tenminste 12 maanden ingeschreven"', () => {
  it('registered on 1 March 2024 is exactly 12 months on 1 March 2025: voldoet', () => {
    const c = cond(run({ ingeschrevenSinds: '2024-03-01' }), 'VV-INSCHRIJVING');
    expect(c.status).toBe('voldoet');
    expect(c.bevindingen[1]).toMatchObject({ code: 'VV-INSCHRIJVING.duur_genoeg', extra: { maanden: 12 } });
  });
  it('registered on 1 April 2024 is 11 months: voldoet niet', () => {
    const c = cond(run({ ingeschrevenSinds: '2024-04-01' }), 'VV-INSCHRIJVING');
    expect(c.status).toBe('voldoet niet');
    expect(c.reden).toContain('11 hele maanden');
  });
  it('registered on 2 March 2024 is a day short of 12 months: voldoet niet', () => {
    expect(cond(run({ ingeschrevenSinds: '2024-03-02' }), 'VV-INSCHRIJVING').status).toBe('voldoet niet');
  });
  it('no full annual cycle: voldoet niet; unknown cycle: onbekend', () => {
    expect(cond(run({ volledigeJaarcyclus: false }), 'VV-INSCHRIJVING').status).toBe('voldoet niet');
    expect(cond(run({ volledigeJaarcyclus: null }), 'VV-INSCHRIJVING').status).toBe('onbekend');
  });
  it('status geen is not "aspirant deelnemer of deelnemer"; aspirant is', () => {
    expect(cond(run({ registerStatus: 'geen' }), 'VV-INSCHRIJVING').status).toBe('voldoet niet');
    expect(cond(run({ registerStatus: 'aspirant' }), 'VV-INSCHRIJVING').status).toBe('voldoet');
  });
  it('no registration date: onbekend, not voldoet niet', () => {
    expect(cond(run({ ingeschrevenSinds: null }), 'VV-INSCHRIJVING').status).toBe('onbekend');
  });
});

describe('visitatie: "Tenminste 1 keer per 2 jaar"', () => {
  it('a visitation 24 months before the check date voldoet', () => {
    expect(cond(run({ laatsteVisitatie: '2023-03-01' }), 'VV-VISITATIE-2JAAR').status).toBe('voldoet');
  });
  it('a visitation 25 months before voldoet niet', () => {
    const c = cond(run({ laatsteVisitatie: '2023-02-01' }), 'VV-VISITATIE-2JAAR');
    expect(c.status).toBe('voldoet niet');
    expect(c.reden).toBe('laatste visitatie 1-2-2023, langer dan 2 jaar vóór de peildatum 1-3-2025; visitatiemodel SKF Visitatiemodel');
  });
  it('another visitation model voldoet niet, with the team list as origin', () => {
    const c = cond(run({ visitatiemodel: 'Eigen model' }), 'VV-VISITATIE-2JAAR');
    expect(c.status).toBe('voldoet niet');
    expect(c.bevindingen[1]!.herkomst).toMatchObject({ soort: 'keuze', instelling: 'visitatiemodellen' });
  });
  it('a visitation judged otherwise than "Voldaan aan alle kwaliteitscriteria en – indicatoren" voldoet niet', () => {
    expect(cond(run({ visitatieVoldaan: false }), 'VV-VISITATIE-OORDEEL').status).toBe('voldoet niet');
    expect(cond(run({ visitatieVoldaan: null }), 'VV-VISITATIE-OORDEEL').status).toBe('onbekend');
  });
  it('a visitation date after the check date is onbekend', () => {
    expect(cond(run({ laatsteVisitatie: '2025-04-01' }), 'VV-VISITATIE-2JAAR').status).toBe('onbekend');
  });
});

describe('peer review: "tenminste 4 keer per jaar ... in elke bijeenkomst het onderdeel ‘inzicht in data verzamelen’"', () => {
  it('4 meetings with data voldoet, 3 voldoet niet and names the person', () => {
    expect(cond(run(), 'VV-PEER-REVIEW').status).toBe('voldoet');
    const c = cond(run({}, (a) => [therapeut(a, 'Anna'), therapeut(a, 'Bram', { peerReviews: 3, peerReviewsMetData: 3 })]), 'VV-PEER-REVIEW');
    expect(c.status).toBe('voldoet niet');
    expect(c.reden).toBe("Bram: 3 peer reviews met 'inzicht in data verzamelen', minder dan 4");
    expect(c.therapeuten!.map((t) => [t.naam, t.status])).toEqual([['Anna', 'voldoet'], ['Bram', 'voldoet niet']]);
  });
  it('5 meetings of which 3 with data voldoet niet: only meetings with the data part count', () => {
    const c = cond(run({}, (a) => [therapeut(a, 'Anna', { peerReviews: 5, peerReviewsMetData: 3 })]), 'VV-PEER-REVIEW');
    expect(c.status).toBe('voldoet niet');
    expect(c.reden).toContain('(van 5 bijeenkomsten)');
  });
  it('applies to every employee, also one who is not a physiotherapist', () => {
    const c = cond(run({}, (a) => [therapeut(a, 'Anna'), therapeut(a, 'Carla', { functie: 'overig', peerReviewsMetData: 2 })]), 'VV-PEER-REVIEW');
    expect(c.status).toBe('voldoet niet');
  });
  it('an empty count is onbekend', () => {
    expect(cond(run({}, (a) => [therapeut(a, 'Anna', { peerReviewsMetData: null })]), 'VV-PEER-REVIEW').status).toBe('onbekend');
  });
});

describe('data: "Data dient maandelijks te worden aangeleverd"', () => {
  it('all 12 months before the check date voldoet', () => {
    expect(cond(run(), 'VV-DATA').status).toBe('voldoet');
  });
  it('one month missing voldoet niet and names that month', () => {
    const c = cond(run({ aanleverMaanden: TWAALF_MAANDEN.filter((m) => m !== '2024-11') }), 'VV-DATA');
    expect(c.status).toBe('voldoet niet');
    expect(c.bevindingen[1]).toMatchObject({ code: 'VV-DATA.maanden_ontbreken', lijst: ['2024-11'] });
    expect(c.reden).toContain('geen data aangeleverd in november 2024');
  });
  it('the month of the check date itself is not required', () => {
    expect(cond(run({ aanleverMaanden: TWAALF_MAANDEN }), 'VV-DATA').bevindingen[1]).toMatchObject({ extra: { van: '2024-03', tot: '2025-02' } });
  });
  it('no database voldoet niet; unknown months onbekend', () => {
    expect(cond(run({ database: 'geen' }), 'VV-DATA').status).toBe('voldoet niet');
    expect(cond(run({ aanleverMaanden: null }), 'VV-DATA').status).toBe('onbekend');
  });
  it('the counting period is the team setting telperiodeMaanden', () => {
    const policy = { ...POLICY, keuzes: { ...POLICY.keuzes, telperiodeMaanden: 3 } };
    const prak = praktijk(AGB_BI_70, { aanleverMaanden: ['2024-12', '2025-01', '2025-02'] });
    const u = checkVoortdurendVerbeteren([prak], [therapeut(prak.agb, 'A')], biRun(), policy, RUN).praktijken[0]!;
    expect(cond(u, 'VV-DATA').status).toBe('voldoet');
  });
});

describe('e-learning: "tijdens de looptijd van de overeenkomst tenminste 1 e-learning"', () => {
  const zonder = (a: string) => [therapeut(a, 'Anna'), therapeut(a, 'Bram', { eLearning: false })];
  it('a therapist without it, while the agreement runs, is onbekend by default (team setting)', () => {
    const c = cond(run({}, zonder), 'VV-ELEARNING');
    expect(c.status).toBe('onbekend');
    expect(c.bevindingen[0]).toMatchObject({ code: 'VV-ELEARNING.nog_niet', herkomst: { soort: 'keuze', instelling: 'eLearningNogNiet', standaard: 'onbekend' } });
    expect(c.reden).toContain('Bram: e-learning nog niet gevolgd; de overeenkomst loopt tot en met 31-12-2025');
  });
  it('with the setting "voldoet niet" it fails', () => {
    const policy = { ...POLICY, keuzes: { ...POLICY.keuzes, eLearningNogNiet: 'voldoet niet' as const } };
    const prak = praktijk(AGB_BI_70);
    const u = checkVoortdurendVerbeteren([prak], zonder(prak.agb), biRun(), policy, RUN).praktijken[0]!;
    expect(cond(u, 'VV-ELEARNING').status).toBe('voldoet niet');
  });
  it('does not apply to an employee who is not a physiotherapist', () => {
    const c = cond(run({}, (a) => [therapeut(a, 'Anna'), therapeut(a, 'Carla', { functie: 'overig', eLearning: false })]), 'VV-ELEARNING');
    expect(c.status).toBe('voldoet');
    expect(c.therapeuten!.map((t) => t.naam)).toEqual(['Anna']);
  });
});

describe('MDS, PREM and the physiotherapist conditions', () => {
  it('MDS only for low back pain, not COPD: voldoet niet', () => {
    expect(cond(run({}, (a) => [therapeut(a, 'Anna', { mdsCopd: false })]), 'VV-MDS').status).toBe('voldoet niet');
  });
  it('a person of unknown role who fails a physiotherapist condition is onbekend, not voldoet niet', () => {
    const c = cond(run({}, (a) => [therapeut(a, 'Anna', { functie: null, prem: false })]), 'VV-PREM');
    expect(c.status).toBe('onbekend');
    expect(c.reden).toContain('Anna: functie onbekend');
  });
  it('a practice with no people in the file is onbekend on every per-person condition', () => {
    const u = run({}, () => []);
    expect(u.voorwaarden.filter((v) => v.niveau === 'therapeut').map((v) => v.status)).toEqual(Array(6).fill('onbekend'));
    expect(u.status).toBe('onbekend');
  });
  it('BIG without KRF NL or SKF fails the Overeenkomst condition', () => {
    expect(cond(run({}, (a) => [therapeut(a, 'Anna', { kwaliteitsregister: 'geen' })]), 'OV-REGISTRATIE').status).toBe('voldoet niet');
  });
});

describe('BehandelIndex: "kleiner dan of gelijk aan de waarde van het 6e deciel", BI of contract year − 2', () => {
  it('BI equal to the threshold (70) voldoet', () => {
    const c = cond(run(), 'VV-BI');
    expect(c.status).toBe('voldoet');
    expect(c.bevindingen[0]).toMatchObject({ gevonden: 70, drempel: 70, extra: { referentiejaar: 2023 } });
  });
  it('BI just above (80) voldoet niet', () => {
    const prak = praktijk(AGB_BI_80);
    const u = checkVoortdurendVerbeteren([prak], [therapeut(prak.agb, 'A')], biRun(), POLICY, RUN).praktijken[0]!;
    expect(cond(u, 'VV-BI').status).toBe('voldoet niet');
    expect(u.status).toBe('voldoet niet');
  });
  it('a practice with no BI row is onbekend', () => {
    const prak = praktijk('09999999');
    const u = checkVoortdurendVerbeteren([prak], [therapeut(prak.agb, 'A')], biRun(), POLICY, RUN).praktijken[0]!;
    expect(cond(u, 'VV-BI')).toMatchObject({ status: 'onbekend', reden: 'AGB 09999999 staat niet in het BI-bestand voor 2023' });
  });
  it('no BI run at all is onbekend', () => {
    const prak = praktijk(AGB_BI_70);
    const u = checkVoortdurendVerbeteren([prak], [therapeut(prak.agb, 'A')], null, POLICY, RUN).praktijken[0]!;
    expect(cond(u, 'VV-BI').status).toBe('onbekend');
  });
  it('a BI run of another reference year is onbekend: for 2024 the BI of 2022 is needed', () => {
    const prak = praktijk(AGB_BI_70);
    const u = checkVoortdurendVerbeteren([prak], [therapeut(prak.agb, 'A')], biRun(), POLICY, { contractjaar: 2024, peildatum: '2024-03-01' }).praktijken[0]!;
    expect(cond(u, 'VV-BI')).toMatchObject({ status: 'onbekend', reden: 'de BehandelIndex is berekend voor 2023; voor contractjaar 2024 is dat 2022' });
  });
  it("shows KNGF's remarks as context, never as policy, and the minimum patients as the team's choice", () => {
    const c = cond(run(), 'VV-BI');
    expect(c.herkomst).toMatchObject({ soort: 'bron', citaat: 'De Behandelindex is kleiner dan of gelijk aan de waarde van het 6e deciel.' });
    expect(c.hulp.map((h) => h.tekst)).toEqual([
      'Door het KNGF is al eerder aangegeven dat de huidige Behandelindex geen indicator voor kwaliteit kan zijn.',
      'Nog niet duidelijk is aan welke waarde van de BehandelIndex voldaan moet worden om in aanmerking te komen voor een overeenkomst.',
    ]);
    expect(c.keuzes).toEqual([expect.objectContaining({ soort: 'keuze', instelling: 'behandelIndex.minPatienten' })]);
  });
});

describe('register, PDCA, meetbureau, consent', () => {
  it('a register not in the team list voldoet niet; "geen" voldoet niet; empty onbekend', () => {
    expect(cond(run({ kwaliteitsregister: 'Ander register' }), 'VV-REGISTER').status).toBe('voldoet niet');
    expect(cond(run({ kwaliteitsregister: 'geen' }), 'VV-REGISTER').status).toBe('voldoet niet');
    expect(cond(run({ kwaliteitsregister: null }), 'VV-REGISTER').status).toBe('onbekend');
    expect(cond(run({ kwaliteitsregister: ' skf ' }), 'VV-REGISTER').status).toBe('voldoet');
  });
  it('PDCA evidence outside the team list is for the assessor (onbekend); the condition always asks for confirmation', () => {
    const c = cond(run({ pdcaBewijs: 'mondeling' }), 'VV-PDCA');
    expect(c.status).toBe('onbekend');
    expect(c.beoordelaarNodig).toBe(true);
    expect(cond(run({ pdcaBewijs: 'geen' }), 'VV-PDCA').status).toBe('voldoet niet');
  });
  it('with the default policy (no recognised bureaus listed) a named bureau is onbekend', () => {
    const prak = praktijk(AGB_BI_70);
    const u = checkVoortdurendVerbeteren([prak], [therapeut(prak.agb, 'A')], biRun(), VOORTDUREND_VERBETEREN_MODULE_2024, RUN).praktijken[0]!;
    expect(cond(u, 'VV-MEETBUREAU')).toMatchObject({ status: 'onbekend', reden: "meetbureau 'Meetbureau Noord': het team heeft nog geen erkende meetbureaus ingesteld" });
  });
  it('no consent for Significant voldoet niet', () => {
    expect(cond(run({ toestemmingSignificant: false }), 'VV-TOESTEMMING').status).toBe('voldoet niet');
  });
});

describe('the run', () => {
  it('counts per condition and overall, and reports people whose practice is missing', () => {
    const a = praktijk(AGB_BI_70);
    const b = praktijk(AGB_BI_80, { vektis: false });
    const c = praktijk('01000002', { vektis: null });
    const mensen = [a, b, c].map((p) => therapeut(p.agb, `T ${p.agb}`));
    const r = checkVoortdurendVerbeteren([a, b, c], [...mensen, therapeut('07777777', 'Zwerver')], biRun(), POLICY, RUN);
    expect(r.samenvatting.find((s) => s.id === 'OV-VEKTIS')).toMatchObject({ voldoet: 1, voldoetNiet: 1, onbekend: 1 });
    expect(r.samenvatting.find((s) => s.id === 'VV-BI')).toMatchObject({ voldoet: 2, voldoetNiet: 1, onbekend: 0 });
    expect(r.totaal).toEqual({ voldoet: 1, voldoetNiet: 1, onbekend: 1 });
    expect(r.referentiejaar).toBe(2023);
    expect(r.problemen).toEqual([expect.objectContaining({ veld: 'praktijkAgb', melding: expect.stringContaining('07777777') })]);
  });
  it('overall reason names the conditions not met and unknown', () => {
    expect(run({ vektis: false, wtza: null }).reden).toBe('voldoet niet aan: Vektis; onbekend: Wtza');
  });
});
