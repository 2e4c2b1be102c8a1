import { readFileSync } from 'node:fs';
import { loadPolicy } from '../../src/rules/policies/load';
import { samenwerken2021 as policy } from '../../src/rules/policies/samenwerken-2021';
import { policySchema } from '../../src/rules/policy';

const clone = () => JSON.parse(JSON.stringify(policy));

describe('policy samenwerken-2021 (module Samenwerken in de Regio 2021)', () => {
  it('is valid against policySchema', () => {
    expect(policySchema.safeParse(policy).success).toBe(true);
  });

  it('has the 11 Bijlage 1 criteria; K10 repeats K1 word for word', () => {
    expect(policy.criteria.map((c) => c.id)).toEqual(['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8', 'K9', 'K10', 'K11']);
    const k1 = policy.criteria[0];
    const k10 = policy.criteria[9];
    expect(k10.herhaaltVan).toBe('K1');
    expect(k10.tekst).toBe(k1.tekst);
    expect(k1.tekst).toBe('Het samenwerkingsverband is een juridisch geformaliseerde entiteit en handelt in overeenstemming met de geldende wet- en regelgeving.');
  });

  it("quotes the seed's thresholds: 3 disciplines, once a quarter (4 a year), 750 clients", () => {
    const byId = Object.fromEntries(policy.criteria.map((c) => [c.id, c]));
    expect(byId.K4.tekst).toBe('In het samenwerkingsverband zijn tenminste 3 eerstelijns disciplines verenigd.');
    expect(byId.K4.minimum).toBe(3);
    expect(byId.K8.tekst).toBe('Binnen het samenwerkingsverband vindt tenminste één keer per kwartaal multidisciplinair overleg (MDO) plaats.');
    expect(byId.K8.minimum).toBe(4);
    expect(byId.K9.tekst).toBe('Het samenwerkingsverband levert zorg aan tenminste 750 klanten van Zilveren Kruis.');
    expect(byId.K9.minimum).toBe(750);
  });

  it('K5, K6 and K7 are judged by an assessor; the rest is automatic', () => {
    expect(policy.criteria.filter((c) => c.wijze === 'beoordelaar').map((c) => c.id)).toEqual(['K5', 'K6', 'K7']);
  });

  it('has the module window, deadline, decision date, maximum six and the four roles', () => {
    expect(policy.looptijd).toEqual({ van: '2021-04-01', tot: '2022-12-31' });
    expect(policy.indienDeadline).toBe('2020-11-05');
    expect(policy.besluitDatum).toBe('2020-12-31');
    expect(policy.maxSelecties).toBe(6);
    expect(policy.rollen).toEqual(['analist', 'beleidsontwikkelaar', 'inkoper', 'zorginhoudelijk adviseur']);
  });

  it('has the five required plan elements and the five exclusions of section 1', () => {
    expect(policy.elementen.map((e) => e.tekst)).toEqual([
      'Het samenwerkingsprotocol',
      'Omschrijving van hoe het project bijdraagt aan de Juiste Zorg op de Juiste plek voor kwetsbare ouderen, mensen met kanker en/of mensen met COPD.',
      'SMART geformuleerde doelstelling van het projectplan',
      'Een positieve business case',
      'Duur van het initiatief',
    ]);
    expect(policy.uitsluitingen.map((u) => u.categorie)).toEqual(['al vergoed door Zilveren Kruis', 'onderzoek', 'productontwikkeling', 'inrichting of bouw', 'overhead']);
  });

  it("keeps the seed's printed lines for the quirky regions", () => {
    const byName = Object.fromEntries(policy.regios.map((r) => [r.naam, r]));
    expect(byName['Utrecht'].bronTekst).toContain('Vijfheerenlanden Oudewater');
    expect(byName['’t Gooi'].bronTekst).toContain('Gooise Meren Hilversum');
    expect(byName['Rotterdam'].bronTekst).toBe('Capelle a/d IJssel, Krimpen a/d IJssel, Rotterdam');
    expect(byName['Amsterdam'].gemeenten).toEqual(['Amsterdam', 'Diemen']);
  });
});

describe('loadPolicy: a team loads its own policy JSON', () => {
  it('accepts the built-in policy as JSON', () => {
    const { policy: loaded, problems } = loadPolicy(clone(), 'beleid.json');
    expect(problems).toEqual([]);
    expect(loaded?.id).toBe('samenwerken-2021');
  });

  it('names the JSON path of every problem, in Dutch', () => {
    const bad = clone();
    bad.regios[2].gemeenten = [];
    bad.criteria[3].wijze = 'handmatig';
    bad.looptijd.van = '1-4-2021';
    const { policy: loaded, problems } = loadPolicy(bad, 'eigen.json');
    expect(loaded).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({ bestand: 'eigen.json', veld: 'criteria[3].wijze', melding: expect.stringMatching(/^criteria\[3\]\.wijze: Ongeldige optie: verwacht één van "automatisch"\|"beoordelaar"/) }),
      { bestand: 'eigen.json', plaats: 'regios[2].gemeenten', veld: 'regios[2].gemeenten', melding: 'regios[2].gemeenten: mag niet leeg zijn', ernst: 'fout' },
      expect.objectContaining({ veld: 'looptijd.van', melding: 'looptijd.van: verwacht een datum als JJJJ-MM-DD' }),
    ]);
  });

  it('reports a municipality listed in two regions, a dangling herhaaltVan and a reversed window', () => {
    const bad = clone();
    bad.regios[0].gemeenten.push('Zwolle');
    bad.criteria[9].herhaaltVan = 'K99';
    bad.looptijd = { van: '2023-01-01', tot: '2022-12-31' };
    const messages = loadPolicy(bad, 'b.json').problems.map((p) => p.melding);
    expect(messages).toEqual([
      "criteria[9].herhaaltVan: verwijst naar onbekend criterium 'K99'",
      "regios[5].gemeenten[14]: 'Zwolle' staat ook al bij regio Utrecht",
      'looptijd: begint (2023-01-01) na het einde (2022-12-31)',
    ]);
  });

  it('does not throw on something that is not a policy at all', () => {
    for (const value of [null, 42, 'tekst', [], { id: '' }]) {
      const result = loadPolicy(value, 'x.json');
      expect(result.policy).toBeUndefined();
      expect(result.problems.length).toBeGreaterThan(0);
    }
  });
});

describe('samples/beleid/samenwerken-2021.json: the template a team copies for its own policy', () => {
  it('loads without problems and equals the built-in policy', () => {
    const json = JSON.parse(readFileSync(`${__dirname}/../../samples/beleid/samenwerken-2021.json`, 'utf8'));
    const { policy: loaded, problems } = loadPolicy(json, 'samenwerken-2021.json');
    expect(problems).toEqual([]);
    expect(loaded).toEqual(policy);
  });
});
