import fc from 'fast-check';
import { applicationSchema, type Application } from '../../src/rules/application';
import { CHECK_IDS, OverrideRefusedError, evaluateEligibility, incompleteSummary, reasonLines, reportedChecks } from '../../src/rules/eligibility';
import type { Override } from '../../src/rules/outcome';
import { samenwerken2021 as policy } from '../../src/rules/policies/samenwerken-2021';
import { eligibleApplication } from './fixtures';

function check(app: Application, id: string, overrides?: Override[]) {
  const result = evaluateEligibility(app, policy, overrides ? { overrides } : undefined);
  const found = reportedChecks(result).find((c) => c.id === id);
  if (!found) throw new Error(`geen toets ${id}`);
  return { ...found, overall: result.status };
}

function withChange(change: (app: Application) => void): Application {
  const app = eligibleApplication();
  change(app);
  return app;
}

describe('eligibility: the fixture meets everything', () => {
  it('is geschikt in Utrecht, every reported check voldoet', () => {
    const result = evaluateEligibility(eligibleApplication(), policy);
    expect(result.status).toBe('geschikt');
    expect(result.regio).toBe('Utrecht');
    expect(result.beleid).toEqual({ id: 'samenwerken-2021', versie: '1.1' });
    expect(reportedChecks(result).filter((c) => c.status !== 'voldoet')).toEqual([]);
  });

  it('reports the check ids in order, K10 included', () => {
    expect(CHECK_IDS).toEqual(['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8', 'K9', 'K10', 'K11', 'regio', 'looptijd', 'uitsluitingen', 'elementen', 'businesscase', 'dekking', 'indiening']);
    expect(reportedChecks(evaluateEligibility(eligibleApplication(), policy)).map((c) => c.id)).toEqual(CHECK_IDS);
  });

  it("labels quote the seed: the module period reads as in section 1, item 5", () => {
    const looptijd = evaluateEligibility(eligibleApplication(), policy).checks.find((c) => c.id === 'looptijd')!;
    expect(looptijd.label).toBe('Duur van het initiatief: De module loopt van 1 april 2021 en eindigt uiterlijk op 31-12-2022.');
  });

  it('every check has a Dutch reason, the fields it used and a label', () => {
    for (const c of evaluateEligibility(eligibleApplication(), policy).checks) {
      expect(c.reden.length).toBeGreaterThan(5);
      expect(c.velden.length).toBeGreaterThan(0);
      expect(c.label.length).toBeGreaterThan(5);
    }
  });
});

describe('K1/K10: juridisch geformaliseerde entiteit (K10 repeats K1)', () => {
  it('K10 is evaluated once, as part of K1, and both ids are reported saying so', () => {
    const result = evaluateEligibility(eligibleApplication(), policy);
    expect(result.checks.filter((c) => c.id === 'K10')).toEqual([]);
    const k1 = result.checks.find((c) => c.id === 'K1')!;
    expect(k1.alsoIds).toEqual(['K10']);
    expect(k1.reden).toContain('K10 herhaalt K1 en is één keer getoetst');
    const k10 = reportedChecks(result).find((c) => c.id === 'K10')!;
    expect(k10.status).toBe(k1.status);
    expect(k10.reden).toMatch(/^herhaalt K1: /);
  });

  it('a Stichting with a KvK number voldoet', () => {
    expect(check(withChange((a) => (a.samenwerkingsvorm = 'Stichting')), 'K1').status).toBe('voldoet');
  });

  it('no legal form or no KvK number is onbekend, never a silent pass', () => {
    expect(check(withChange((a) => delete a.samenwerkingsvorm), 'K1').status).toBe('onbekend');
    expect(check(withChange((a) => delete a.kvkNummer), 'K10').status).toBe('onbekend');
    expect(check(withChange((a) => (a.kvkNummer = '1234567')), 'K1').reden).toContain("'1234567' heeft 7 cijfers, verwacht 8");
  });

  it('"Anders, namelijk B.V." voldoet; "Anders, namelijk netwerk" needs an assessor', () => {
    expect(check(withChange((a) => ((a.samenwerkingsvorm = 'Anders'), (a.samenwerkingsvormAnders = 'B.V.'))), 'K1').status).toBe('voldoet');
    const informal = check(withChange((a) => ((a.samenwerkingsvorm = 'Anders'), (a.samenwerkingsvormAnders = 'informeel netwerk'))), 'K1');
    expect(informal.status).toBe('onbekend');
    expect(informal.beoordelaarNodig).toBe(true);
  });

  it('declaring not to act in accordance with the law fails', () => {
    expect(check(withChange((a) => (a.handeltConformWetgeving = false)), 'K1').status).toBe('voldoet niet');
  });
});

describe('K2 klantgroepen and K3 JZOJP', () => {
  it('K2: at least one of kwetsbare ouderen, COPD, kanker', () => {
    expect(check(withChange((a) => (a.klantgroepen = ['COPD', 'kanker'])), 'K2').status).toBe('voldoet');
    expect(check(withChange((a) => (a.klantgroepen = [])), 'K2').status).toBe('voldoet niet');
    expect(check(withChange((a) => delete a.klantgroepen), 'K2').status).toBe('onbekend');
  });
  it('K3: at least one JZOJP aim (voorkomen, verplaatsen, vervangen)', () => {
    expect(check(withChange((a) => (a.jzojpDoelen = ['vervangen'])), 'K3').status).toBe('voldoet');
    expect(check(withChange((a) => (a.jzojpDoelen = [])), 'K3').status).toBe('voldoet niet');
    expect(check(withChange((a) => delete a.jzojpDoelen), 'K3').status).toBe('onbekend');
  });
});

describe('K4: tenminste 3 eerstelijns disciplines', () => {
  it('2 disciplines is not enough', () => {
    const r = check(withChange((a) => a.deelnemers!.pop()), 'K4');
    expect(r.status).toBe('voldoet niet');
    expect(r.reden).toBe('2 eerstelijns disciplines: fysiotherapie, huisartsenzorg; minimaal 3 nodig');
  });
  it('3 disciplines is enough', () => {
    expect(check(eligibleApplication(), 'K4').reden).toBe('3 eerstelijns disciplines: fysiotherapie, huisartsenzorg, diëtetiek (minimaal 3)');
  });
  it('two physiotherapy practices are one discipline', () => {
    const app = withChange((a) => (a.deelnemers![2] = { ...a.deelnemers![0], praktijknaam: 'Fysio Twee' }));
    expect(check(app, 'K4').status).toBe('voldoet niet');
  });
  // Bijlage 1, 4 counts "eerstelijns disciplines" and does not say whether a praktijkondersteuner
  // huisarts is one of its own: a POH counts as huisartsenzorg, and where that reading decides a
  // fail, the assessor decides (participant 2 of the fixture is the diëtist, replaced here).
  const poh = (discipline: string) => (a: Application) => (a.deelnemers![2] = { praktijknaam: 'POH Zuid', plaats: 'Utrecht', discipline });
  it('a POH next to a huisarts is one discipline; where that decides, the assessor does', () => {
    const r = check(withChange(poh('POH-GGZ')), 'K4');
    expect(r.status).toBe('onbekend');
    expect(r.reden).toBe(
      "2 eerstelijns disciplines: fysiotherapie, huisartsenzorg; minimaal 3 nodig; POH Zuid is als praktijkondersteuner ('POH-GGZ') geteld bij huisartsenzorg; als eigen discipline zou het samenwerkingsverband het minimum van 3 eerstelijns disciplines kunnen halen: de beoordelaar beslist",
    );
    expect(r.bevindingen.find((b) => b.code === 'K4.poh')).toMatchObject({ veld: 'deelnemers[2].discipline', herkomst: { soort: 'hulp' } });
  });
  it('a POH without a huisarts is huisartsenzorg, with nothing to decide', () => {
    const r = check(withChange((a) => { a.deelnemers![1].discipline = 'Praktijkondersteuning'; }), 'K4');
    expect(r.status).toBe('voldoet');
    expect(r.bevindingen.map((b) => b.code)).toEqual(['K4.telling']);
  });
  it('a POH next to a huisarts changes nothing when the minimum is met or out of reach either way', () => {
    const met = withChange((a) => a.deelnemers!.push({ praktijknaam: 'POH Zuid', plaats: 'Utrecht', discipline: 'POH' }));
    expect(check(met, 'K4').bevindingen.map((b) => b.code)).toEqual(['K4.telling']);
    const outOfReach = withChange((a) => { a.deelnemers = [a.deelnemers![1], { praktijknaam: 'POH Zuid', plaats: 'Utrecht', discipline: 'POH' }]; });
    expect(check(outOfReach, 'K4').status).toBe('voldoet niet');
  });
  it('the AGB kind stands in for a missing discipline (24 = diëtisten)', () => {
    expect(check(withChange((a) => delete a.deelnemers![2].discipline), 'K4').status).toBe('voldoet');
  });
  it('a hospital (medisch specialist) is not first line', () => {
    const r = check(withChange((a) => (a.deelnemers![2] = { praktijknaam: 'Ziekenhuis', discipline: 'medisch specialist' })), 'K4');
    expect(r.status).toBe('voldoet niet');
    expect(r.reden).toContain("Ziekenhuis is niet eerstelijns (discipline 'medisch specialist'");
  });
  it('a discipline we do not recognise could be the third: onbekend, for an assessor', () => {
    const r = check(withChange((a) => (a.deelnemers![2] = { praktijknaam: 'Beweegpraktijk', discipline: 'beweegagogiek' })), 'K4');
    expect(r.status).toBe('onbekend');
    expect(r.reden).toContain("Beweegpraktijk: discipline 'beweegagogiek', geen geldige AGB-code; discipline niet herkend");
  });
  it('an unknown discipline that could make the third is onbekend', () => {
    expect(check(withChange((a) => (a.deelnemers![2] = { praktijknaam: 'Praktijk X' })), 'K4').status).toBe('onbekend');
  });
});

describe('K5, K6, K7: judged by an assessor, with evidence', () => {
  it.each([
    ['K5', (a: Application): void => void (a.samenwerkingsprotocol = false)],
    ['K6', (a: Application): void => void (a.intervisie = false)],
  ] as const)('%s: an explicit "no" fails without an assessor', (id, change) => {
    expect(check(withChange(change), id).status).toBe('voldoet niet');
  });
  it.each([
    ['K5', (a: Application): void => void delete a.samenwerkingsprotocol],
    ['K6', (a: Application): void => void delete a.intervisie],
    ['K7', (a: Application): void => void delete a.probleemOnderbouwing],
  ] as const)('%s: missing evidence is onbekend', (id, change) => {
    const r = check(withChange(change), id);
    expect(r.status).toBe('onbekend');
    expect(r.overall).toBe('onvolledig');
  });
  it('with evidence they pass provisionally and are marked for an assessor', () => {
    for (const id of ['K5', 'K6', 'K7']) {
      const r = check(eligibleApplication(), id);
      expect(r.status).toBe('voldoet');
      expect(r.beoordelaarNodig).toBe(true);
      expect(r.reden).toContain('een beoordelaar bevestigt');
    }
  });
});

describe('K8: tenminste één keer per kwartaal MDO', () => {
  it('3 MDOs a year is not once a quarter', () => {
    expect(check(withChange((a) => (a.mdoPerJaar = 3)), 'K8')).toMatchObject({ status: 'voldoet niet', overall: 'niet geschikt' });
  });
  it('4 MDOs a year is once a quarter', () => {
    expect(check(withChange((a) => (a.mdoPerJaar = 4)), 'K8').status).toBe('voldoet');
  });
  it('unknown number of MDOs is onbekend', () => {
    expect(check(withChange((a) => delete a.mdoPerJaar), 'K8').status).toBe('onbekend');
  });
});

describe('K9: tenminste 750 klanten van Zilveren Kruis', () => {
  it('749 clients is not enough', () => {
    const r = check(withChange((a) => (a.aantalZkKlanten = 749)), 'K9');
    expect(r).toMatchObject({ status: 'voldoet niet', overall: 'niet geschikt' });
    expect(r.reden).toBe('749 klanten van Zilveren Kruis, minder dan 750');
  });
  it('750 clients is enough', () => {
    expect(check(withChange((a) => (a.aantalZkKlanten = 750)), 'K9').status).toBe('voldoet');
  });
});

describe('K11: every physiotherapy practice has a ZK contract for 2021 and 2022', () => {
  it('a physiotherapy practice without a 2022 contract fails, named', () => {
    const r = check(withChange((a) => (a.deelnemers![0].zkContract2022 = false)), 'K11');
    expect(r.status).toBe('voldoet niet');
    expect(r.reden).toBe("fysiotherapiepraktijk Fysio Test heeft geen overeenkomst met Zilveren Kruis voor 2022 (discipline 'fysiotherapie', AGB-code 04…)");
  });
  it('an unknown contract is onbekend', () => {
    expect(check(withChange((a) => delete a.deelnemers![0].zkContract2021), 'K11').status).toBe('onbekend');
  });
  it('non-physiotherapy practices need no physiotherapy contract', () => {
    expect(check(withChange((a) => (a.deelnemers![1].zkContract2022 = false)), 'K11').status).toBe('voldoet');
  });
});

describe('regio: the core region where most participants are', () => {
  it('participants spread over two regions: the larger one, saying so', () => {
    const app = withChange((a) => a.deelnemers!.push({ praktijknaam: 'Fysio Hilversum', gemeente: 'Hilversum' }));
    const r = check(app, 'regio');
    expect(r.status).toBe('voldoet');
    expect(r.reden).toContain('3 van 4 deelnemers in kernregio Utrecht');
    expect(r.reden).toContain('Fysio Hilversum: Hilversum in kernregio ’t Gooi');
  });
  it('a tie between regions picks the first in Bijlage 2 and says so', () => {
    const app = withChange((a) => (a.deelnemers = [{ gemeente: 'Hilversum' }, { gemeente: 'Zeist' }]));
    const result = evaluateEligibility(app, policy);
    expect(result.regio).toBe('Utrecht');
    expect(reportedChecks(result).find((c) => c.id === 'regio')!.reden).toContain('gelijk aantal in ’t Gooi, Utrecht staat eerst in Bijlage 2');
  });
  it('participants outside are named', () => {
    const app = withChange((a) => a.deelnemers!.push({ praktijknaam: 'Fysio Eindhoven', plaats: 'Eindhoven' }));
    const r = check(app, 'regio');
    expect(r.status).toBe('voldoet');
    expect(r.reden).toContain("Fysio Eindhoven: Eindhoven ligt buiten de kernregio's");
  });
  it('all participants outside the core regions fails', () => {
    const app = withChange((a) => a.deelnemers!.forEach((d) => ((d.gemeente = 'Eindhoven'), (d.plaats = 'Eindhoven'))));
    expect(check(app, 'regio')).toMatchObject({ status: 'voldoet niet', overall: 'niet geschikt' });
    expect(evaluateEligibility(app, policy).regio).toBeNull();
  });
  it('most participants outside fails even with one inside', () => {
    const app = withChange((a) => (a.deelnemers = [{ gemeente: 'Houten' }, { gemeente: 'Eindhoven' }, { gemeente: 'Tilburg' }]));
    expect(check(app, 'regio').status).toBe('voldoet niet');
  });
  it('unknown municipalities that could tip the balance make it onbekend', () => {
    const app = withChange((a) => (a.deelnemers = [{ gemeente: 'Houten' }, { gemeente: 'Eindhoven' }, { gemeente: 'Utreht' }]));
    const r = check(app, 'regio');
    expect(r.status).toBe('onbekend');
    expect(r.reden).toContain('bedoelde u Utrecht?');
  });
  it('the place is tried when the municipality is unknown', () => {
    const app = withChange((a) => (a.deelnemers = [{ gemeente: 'Gem. onbekend', plaats: 'Zeist' }]));
    expect(evaluateEligibility(app, policy).regio).toBe('Utrecht');
  });
  it('the place is used when the municipality is missing', () => {
    const app = withChange((a) => (a.deelnemers = [{ plaats: 'Bussum' }, { plaats: 'Hilversum' }]));
    expect(evaluateEligibility(app, policy).regio).toBe('’t Gooi');
  });
});

describe('looptijd: de module loopt van 1 april 2021 en eindigt uiterlijk op 31-12-2022', () => {
  it('einddatum 2022-12-31 is inside the window', () => {
    expect(check(withChange((a) => (a.einddatum = '2022-12-31')), 'looptijd').status).toBe('voldoet');
  });
  it('einddatum 2023-01-01 is after the window', () => {
    const r = check(withChange((a) => (a.einddatum = '2023-01-01')), 'looptijd');
    expect(r).toMatchObject({ status: 'voldoet niet', overall: 'niet geschikt' });
    expect(r.reden).toContain('einddatum 1-1-2023 ligt na 31-12-2022');
  });
  it('a start before 1 April 2021: a running initiative passes by default ("uw (lopende) initiatief"), fails under startVoorModule niet-toegestaan', () => {
    expect(check(withChange((a) => (a.startdatum = '2021-03-31')), 'looptijd').status).toBe('voldoet');
    const strict = { ...policy, teamkeuzes: { ...policy.teamkeuzes, startVoorModule: 'niet-toegestaan' as const } };
    const looptijd = evaluateEligibility(withChange((a) => (a.startdatum = '2021-03-31')), strict).checks.find((c) => c.id === 'looptijd')!;
    expect(looptijd.status).toBe('voldoet niet');
  });
  it('a missing end date is onbekend', () => {
    expect(check(withChange((a) => delete a.einddatum), 'looptijd').status).toBe('onbekend');
  });
  it('the end date follows from a duration: 1-4-2021 + 21 maanden = 31-12-2022, + 22 maanden = 31-1-2023', () => {
    expect(check(withChange((a) => (delete a.einddatum, (a.looptijd = '21 maanden'))), 'looptijd').status).toBe('voldoet');
    expect(check(withChange((a) => (delete a.einddatum, (a.looptijd = '22 maanden'))), 'looptijd').reden).toContain("einddatum 31-1-2023 (afgeleid uit looptijd '22 maanden') ligt na 31-12-2022");
  });
});

describe('uitsluitingen', () => {
  it('a cost line categorised as an exclusion rejects, quoting the line', () => {
    const app = withChange((a) => a.begroting!.kosten!.push({ omschrijving: 'Huur praktijkruimte', bedrag: 1234.5, categorie: 'overhead' }));
    const r = check(app, 'uitsluitingen');
    expect(r.status).toBe('voldoet niet');
    expect(r.reden).toBe("kostenregel 3 'Huur praktijkruimte' (€ 1.234,50) valt onder 'Overheadkosten'");
  });
  it('a description that only looks like one is flagged for an assessor', () => {
    const app = withChange((a) => (a.begroting!.kosten![1] = { omschrijving: 'Nieuw meubilair oefenruimte', bedrag: 10000, categorie: 'materiaal' }));
    const r = check(app, 'uitsluitingen');
    expect(r).toMatchObject({ status: 'onbekend', beoordelaarNodig: true });
    expect(r.reden).toContain("kostenregel 2 'Nieuw meubilair oefenruimte' (€ 10.000,00) lijkt op 'Een inrichting- of bouwproject'");
  });
  it('signal words match at the start of a word only: "opbouw" is not "bouw"', () => {
    const app = withChange((a) => (a.begroting!.kosten![1].omschrijving = 'Opbouw netwerk'));
    expect(check(app, 'uitsluitingen').status).toBe('voldoet');
  });
  it('no cost lines is onbekend', () => {
    expect(check(withChange((a) => (a.begroting!.kosten = [])), 'uitsluitingen').status).toBe('onbekend');
  });
});

describe('elementen: the five required plan elements', () => {
  it('an empty SMART goal is onbekend, naming the element', () => {
    const r = check(withChange((a) => (a.smartDoelen = '  ')), 'elementen');
    expect(r.status).toBe('onbekend');
    expect(r.reden).toBe("niet ingevuld: 'SMART geformuleerde doelstelling van het projectplan' (smartDoelen)");
  });
  it('no protocol (explicitly) is voldoet niet', () => {
    expect(check(withChange((a) => (a.samenwerkingsprotocol = false)), 'elementen').status).toBe('voldoet niet');
  });
  it('a duration instead of an end date is enough for "Duur van het initiatief"', () => {
    expect(check(withChange((a) => (delete a.einddatum, (a.looptijd = '21 maanden'))), 'elementen').status).toBe('voldoet');
  });
});

describe('overrides: an assessor may override a check with a written reason', () => {
  const base: Omit<Override, 'checkId' | 'status' | 'reden'> = { beoordelaar: 'A. Analist', rol: 'analist', tijdstip: '2020-11-20T10:00:00Z' };

  it('an override replaces the status, records the computed one and changes the overall result', () => {
    const app = withChange((a) => (a.aantalZkKlanten = 749));
    const override: Override = { ...base, checkId: 'K9', status: 'voldoet', reden: 'Nagekomen opgave: 812 klanten' };
    const result = evaluateEligibility(app, policy, { overrides: [override] });
    const k9 = result.checks.find((c) => c.id === 'K9')!;
    expect(k9).toMatchObject({ status: 'voldoet', berekend: 'voldoet niet', override });
    expect(k9.reden).toContain('overschreven door A. Analist: Nagekomen opgave: 812 klanten');
    expect(result.status).toBe('geschikt');
  });

  it('an assessor can reject on a judgement criterion', () => {
    const override: Override = { ...base, checkId: 'K7', status: 'voldoet niet', reden: 'Probleem niet afgebakend' };
    expect(evaluateEligibility(eligibleApplication(), policy, { overrides: [override] }).status).toBe('niet geschikt');
  });

  it('an override of K10 lands on K1, which answers for it', () => {
    const override: Override = { ...base, checkId: 'K10', status: 'voldoet niet', reden: 'Statuten ontbreken' };
    const result = evaluateEligibility(eligibleApplication(), policy, { overrides: [override] });
    expect(result.checks.find((c) => c.id === 'K1')!.status).toBe('voldoet niet');
  });

  it('is refused without a written reason', () => {
    const override: Override = { ...base, checkId: 'K9', status: 'voldoet', reden: '   ' };
    expect(() => evaluateEligibility(eligibleApplication(), policy, { overrides: [override] })).toThrow(OverrideRefusedError);
    expect(() => evaluateEligibility(eligibleApplication(), policy, { overrides: [override] })).toThrow('overschrijving van K9 geweigerd: een schriftelijke motivering is verplicht');
  });

  it('is refused for an unknown check', () => {
    const override: Override = { ...base, checkId: 'K12', status: 'voldoet', reden: 'x' };
    expect(() => evaluateEligibility(eligibleApplication(), policy, { overrides: [override] })).toThrow("onbekende toets 'K12'");
  });
});

describe('three-valued outcome and reason lines', () => {
  it('onbekend and voldoet niet together: niet geschikt', () => {
    const app = withChange((a) => (delete a.mdoPerJaar, (a.aantalZkKlanten = 10)));
    expect(evaluateEligibility(app, policy).status).toBe('niet geschikt');
  });
  it('only onbekend: onvolledig', () => {
    expect(evaluateEligibility(withChange((a) => delete a.mdoPerJaar), policy).status).toBe('onvolledig');
  });
  it('an empty application is onvolledig, not rejected', () => {
    const result = evaluateEligibility({ id: 'leeg' }, policy);
    expect(result.status).toBe('onvolledig');
    expect(result.checks.every((c) => c.status === 'onbekend')).toBe(true);
  });
  it('incompleteSummary names the unknown checks and their fields', () => {
    const app = withChange((a) => (delete a.mdoPerJaar, delete a.kvkNummer));
    expect(incompleteSummary(evaluateEligibility(app, policy))).toBe(
      'onvolledig: K1/K10 (samenwerkingsvorm, samenwerkingsvormAnders, kvkNummer, handeltConformWetgeving); K8 (mdoPerJaar)',
    );
  });
  it('reasonLines gives one Dutch line per reported check', () => {
    const lines = reasonLines(evaluateEligibility(withChange((a) => (a.aantalZkKlanten = 749)), policy));
    expect(lines).toHaveLength(18);
    expect(lines[8]).toBe('K9 voldoet niet: 749 klanten van Zilveren Kruis, minder dan 750');
    expect(lines[9]).toMatch(/^K10 voldoet: herhaalt K1: /);
  });
});

describe('evaluateEligibility never throws on partial applications', () => {
  const text = fc.option(fc.string({ maxLength: 12 }), { nil: undefined });
  const participant = fc.record(
    {
      praktijknaam: text,
      plaats: fc.option(fc.constantFrom('Houten', 'Eindhoven', 'Utreht', '', 'Bussum'), { nil: undefined }),
      gemeente: text,
      agb: fc.option(fc.constantFrom('04000001', '0100', 'x', '24000003'), { nil: undefined }),
      discipline: fc.option(fc.constantFrom('fysiotherapie', 'huisarts', 'ziekenhuis', ''), { nil: undefined }),
      zkContract2021: fc.option(fc.boolean(), { nil: undefined }),
      zkContract2022: fc.option(fc.boolean(), { nil: undefined }),
    },
    { requiredKeys: [] },
  );
  const amount = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }), { nil: undefined });
  const date = fc.option(fc.constantFrom('2021-04-01', '2022-12-31', '2023-01-01', '2020-01-01'), { nil: undefined });
  const application = fc.record(
    {
      id: fc.string({ minLength: 1, maxLength: 8 }),
      samenwerkingsvorm: fc.option(fc.constantFrom('Coöperatie', 'Stichting', 'Anders') as fc.Arbitrary<'Coöperatie' | 'Stichting' | 'Anders'>, { nil: undefined }),
      samenwerkingsvormAnders: text,
      kvkNummer: text,
      deelnemers: fc.option(fc.array(participant, { maxLength: 5 }), { nil: undefined }),
      startdatum: date,
      einddatum: date,
      looptijd: fc.option(fc.constantFrom('21 maanden', '2 jaar', 'lang', ''), { nil: undefined }),
      klantgroepen: fc.option(fc.subarray(['kwetsbare ouderen', 'COPD', 'kanker'] as const), { nil: undefined }),
      jzojpDoelen: fc.option(fc.subarray(['voorkomen', 'verplaatsen', 'vervangen'] as const), { nil: undefined }),
      aantalZkKlanten: fc.option(fc.nat(2000), { nil: undefined }),
      mdoPerJaar: fc.option(fc.nat(12), { nil: undefined }),
      intervisie: fc.option(fc.boolean(), { nil: undefined }),
      samenwerkingsprotocol: fc.option(fc.boolean(), { nil: undefined }),
      smartDoelen: text,
      begroting: fc.option(
        fc.record(
          {
            kosten: fc.array(fc.record({ omschrijving: text, bedrag: amount, categorie: fc.option(fc.constantFrom('overhead', 'personeel', 'onderzoek') as fc.Arbitrary<'overhead' | 'personeel' | 'onderzoek'>, { nil: undefined }) }, { requiredKeys: [] }), { maxLength: 4 }),
            gevraagdBedrag: amount,
            andereBronnen: fc.array(fc.record({ omschrijving: text, bedrag: amount }, { requiredKeys: [] }), { maxLength: 3 }),
            totaalKosten: amount,
            totaalInkomsten: amount,
          },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
      businesscase: fc.option(fc.record({ opbrengsten: amount, kosten: amount, zorgUitTweedeLijn: fc.option(fc.boolean(), { nil: undefined }), besparingTweedeLijn: amount }, { requiredKeys: [] }), { nil: undefined }),
    },
    { requiredKeys: ['id'] },
  );

  it('returns a status and 17 reported checks for any partial application', () => {
    fc.assert(
      fc.property(application, (app) => {
        expect(applicationSchema.safeParse(app).success).toBe(true);
        const result = evaluateEligibility(app as Application, policy);
        expect(['geschikt', 'niet geschikt', 'onvolledig']).toContain(result.status);
        expect(reportedChecks(result).map((c) => c.id)).toEqual(CHECK_IDS);
      }),
      { numRuns: 300 },
    );
  });

  it('overrides decide: all knock-outs overridden to voldoet is geschikt, one voldoet niet is niet geschikt', () => {
    const by = { beoordelaar: 'B', tijdstip: '2020-11-20T10:00:00Z', reden: 'besproken in het team' };
    fc.assert(
      // indiening is a warning, not a knock-out, and so is dekking by default (teamkeuzes.begrotingsdekking):
      // overriding them to voldoet niet rejects nothing.
      fc.property(application, fc.constantFrom(...CHECK_IDS.filter((id) => id !== 'indiening' && id !== 'dekking')), (app, failing) => {
        const all: Override[] = CHECK_IDS.map((checkId) => ({ ...by, checkId, status: 'voldoet' }));
        expect(evaluateEligibility(app as Application, policy, { overrides: all }).status).toBe('geschikt');
        const one: Override[] = [...all, { ...by, checkId: failing, status: 'voldoet niet' }];
        expect(evaluateEligibility(app as Application, policy, { overrides: one }).status).toBe('niet geschikt');
      }),
      { numRuns: 100 },
    );
  });

  it('does not throw on values of the wrong shape either', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('id', 'deelnemers', 'begroting', 'businesscase', 'klantgroepen', 'startdatum', 'aantalZkKlanten'), fc.anything()), (junk) => {
        const result = evaluateEligibility(junk as unknown as Application, policy);
        expect(['geschikt', 'niet geschikt', 'onvolledig']).toContain(result.status);
      }),
      { numRuns: 300 },
    );
  });
});

describe('indiening: "Uiterlijk 5 november 2020 dient u als samenwerkingsverband uw initiatief in bij Zilveren Kruis"', () => {
  it('received on 5 november 2020 is on time', () => {
    const c = check(withChange((a) => (a.ontvangen = '2020-11-05')), 'indiening');
    expect(c.status).toBe('voldoet');
    expect(c.reden).toContain('ontvangen op 5 november 2020, op tijd');
  });

  it('received on 6 november 2020 is late: shown as voldoet niet, but only a warning, the application stays geschikt', () => {
    const c = check(withChange((a) => (a.ontvangen = '2020-11-06')), 'indiening');
    expect(c.status).toBe('voldoet niet');
    expect(c.knockout).toBe(false);
    expect(c.reden).toContain('na de uiterste indiendatum (uiterlijk 5 november 2020)');
    expect(c.overall).toBe('geschikt');
  });

  it('no received date is onbekend and never makes the application onvolledig', () => {
    const c = check(withChange((a) => delete a.ontvangen), 'indiening');
    expect(c.status).toBe('onbekend');
    expect(c.overall).toBe('geschikt');
    expect(c.velden).toEqual(['ontvangen']);
  });

  it('quotes the seed in its label and comes last, after the existing check ids', () => {
    const c = check(eligibleApplication(), 'indiening');
    expect(c.label).toBe('Uiterlijk 5 november 2020 dient u als samenwerkingsverband uw initiatief in bij Zilveren Kruis');
    expect(CHECK_IDS[CHECK_IDS.length - 1]).toBe('indiening');
  });
});
