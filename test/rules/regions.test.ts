import fc from 'fast-check';
import { samenwerken2021 as policy } from '../../src/rules/policies/samenwerken-2021';
import { policySchema } from '../../src/rules/policy';
import { MERGERS, MUNICIPALITIES } from '../../src/rules/data/municipalities';
import { resolveParticipantLocation } from '../../src/rules/participant-location';
import { resolveLocation, resolveMunicipality } from '../../src/rules/regions';

/**
 * Bijlage 2 as printed in the seed, typed by hand (not read from the policy), with the quirks
 * split the way docs/regels.md says: "Vijfheerenlanden Oudewater" and "Gooise Meren Hilversum" are two
 * municipalities each; "Capelle a/d IJssel", "Krimpen a/d IJssel", "Gemeente Amsterdam/Diemen" are
 * name variants.
 */
const BIJLAGE_2: Record<string, string[]> = {
  Utrecht: ['Amersfoort', 'Baarn', 'Bunnik', 'Bunschoten', 'De Bilt', 'De Ronde Venen', 'Houten', 'Leusden', 'IJsselstein', 'Lopik', 'Montfoort', 'Utrecht', 'Nieuwegein', 'Nijkerk', 'Soest', 'Stichtse Vecht', 'Utrechtse Heuvelrug', 'Vianen', 'Vijfheerenlanden', 'Oudewater', 'Wijk bij Duurstede', 'Woerden', 'Woudenberg', 'Zeist'],
  '’t Gooi': ['Almere', 'Blaricum', 'Eemnes', 'Gooise Meren', 'Hilversum', 'Huizen', 'Laren', 'Weesp', 'Wijdemeren'],
  'Apeldoorn/Zutphen': ['Apeldoorn', 'Brummen', 'Epe', 'Heerde', 'Lochem', 'Voorst', 'Zutphen'],
  Kennemerland: ['Beverwijk', 'Bloemendaal', 'Haarlem', 'Heemskerk', 'Heemstede', 'Velsen', 'Zandvoort'],
  'Zaanstreek-Waterland': ['Beemster', 'Edam-Volendam', 'Landsmeer', 'Oostzaan', 'Purmerend', 'Waterland', 'Wormerland', 'Zaanstad'],
  Zwolle: ['Dalfsen', 'Elburg', 'Ermelo', 'Hardenberg', 'Harderwijk', 'Hattem', 'Kampen', 'Nunspeet', 'Oldebroek', 'Ommen', 'Putten', 'Staphorst', 'Steenwijkerland', 'Zwartewaterland', 'Zwolle'],
  Flevoland: ['Dronten', 'Lelystad', 'Noordoostpolder', 'Urk', 'Zeewolde'],
  Drenthe: ['Aa en Hunze', 'Assen', 'Borger-Odoorn', 'Coevorden', 'De Wolden', 'Emmen', 'Hoogeveen', 'Meppel', 'Midden-Drenthe', 'Noordenveld', 'Tynaarlo', 'Westerveld'],
  Amsterdam: ['Gemeente Amsterdam', 'Gemeente Diemen'],
  Rotterdam: ['Capelle a/d IJssel', 'Krimpen a/d IJssel', 'Rotterdam'],
};

describe('regions: every Bijlage 2 municipality resolves to its core region', () => {
  it('region names are written exactly as in the seed (’t Gooi with U+2019)', () => {
    expect(policy.regios.map((r) => r.naam)).toEqual(['Utrecht', '\u2019t Gooi', 'Apeldoorn/Zutphen', 'Kennemerland', 'Zaanstreek-Waterland', 'Zwolle', 'Flevoland', 'Drenthe', 'Amsterdam', 'Rotterdam']);
    expect(Object.keys(BIJLAGE_2)).toEqual(policy.regios.map((r) => r.naam));
  });

  const handWritten = Object.entries(BIJLAGE_2).flatMap(([regio, names]) => names.map((name) => [name, regio] as const));
  it.each(handWritten)('seed: %s → %s', (name, regio) => {
    expect(resolveMunicipality(name, policy)).toMatchObject({ status: 'kernregio', regio });
  });

  it.each(handWritten)('seed via zk regio / =ZK.REGION and as a participant\'s gemeente: %s → %s', (name, regio) => {
    expect(resolveLocation(name, policy)).toMatchObject({ status: 'kernregio', regio, soort: 'gemeente' });
    expect(resolveParticipantLocation({ gemeente: name }, policy)).toMatchObject({ uitkomst: 'gevonden', regio });
  });

  const fromPolicy = policy.regios.flatMap((r) => r.gemeenten.map((g) => [g, r.naam] as const));
  it.each(fromPolicy)('policy: %s → %s', (name, regio) => {
    expect(resolveMunicipality(name, policy)).toMatchObject({ status: 'kernregio', regio, gemeente: name });
  });

  it('the policy lists 92 municipalities: the seed\'s 90 entries with the two doubles split', () => {
    // Seed entries per region: 23 + 8 + 7 + 7 + 8 + 15 + 5 + 12 + 2 + 3 = 90; +1 Utrecht, +1 ’t Gooi.
    expect(fromPolicy).toHaveLength(handWritten.length);
    expect(fromPolicy).toHaveLength(92);
  });

  it('every policy name is a current CBS municipality or a merged one (so none is a typo)', () => {
    const known = new Set([...MUNICIPALITIES.map((m) => m.plainName), ...MERGERS.map((m) => m.oldName)]);
    expect(fromPolicy.map(([name]) => name).filter((name) => !known.has(name))).toEqual([]);
  });

  it('the only listed names that no longer exist are Vianen, Weesp and Beemster', () => {
    const current = new Set(MUNICIPALITIES.map((m) => m.plainName));
    expect(fromPolicy.map(([name]) => name).filter((name) => !current.has(name))).toEqual(['Vianen', 'Weesp', 'Beemster']);
  });
});

describe('regions: spelling variants', () => {
  it.each([
    ['  utrecht  ', 'Utrecht', 'Utrecht'],
    ['UTRECHT', 'Utrecht', 'Utrecht'],
    ['Gemeente Zeist', 'Utrecht', 'Zeist'],
    ['gemeente  zeist', 'Utrecht', 'Zeist'],
    ['Gem. Zeist', 'Utrecht', 'Zeist'],
    ['Capelle aan den IJssel', 'Rotterdam', 'Capelle aan den IJssel'],
    ['Capelle a/d IJssel', 'Rotterdam', 'Capelle aan den IJssel'],
    ['krimpen aan de ijssel', 'Rotterdam', 'Krimpen aan den IJssel'],
    ['Capelle-aan-den-IJssel', 'Rotterdam', 'Capelle aan den IJssel'],
    ['Edam Volendam', 'Zaanstreek-Waterland', 'Edam-Volendam'],
    ['Borger Odoorn', 'Drenthe', 'Borger-Odoorn'],
    ['Midden Drenthe', 'Drenthe', 'Midden-Drenthe'],
    ['Laren (NH.)', '’t Gooi', 'Laren'],
    ['Gemeente Amsterdam/Diemen', 'Amsterdam', 'Amsterdam/Diemen'],
  ])('%s → %s (%s)', (input, regio, gemeente) => {
    expect(resolveMunicipality(input, policy)).toMatchObject({ invoer: input, status: 'kernregio', regio, gemeente });
  });

  it.each([
    ["'s-Gravenhage", "'s-Gravenhage"],
    ['’s-Gravenhage', "'s-Gravenhage"],
    ['`s Gravenhage', "'s-Gravenhage"],
    ['Den Haag', "'s-Gravenhage"],
    ['Gemeente Den Haag', "'s-Gravenhage"],
    ["'s-Hertogenbosch", "'s-Hertogenbosch"],
    ['Den Bosch', "'s-Hertogenbosch"],
    ['Bergen (NH.)', 'Bergen (NH.)'],
    ['Bergen NH', 'Bergen (NH.)'],
    ['Hengelo', 'Hengelo (O.)'],
    ['Súdwest-Fryslân', 'Súdwest-Fryslân'],
    ['Sudwest Fryslan', 'Súdwest-Fryslân'],
    ['Groningen', 'Groningen'],
    ['Eindhoven', 'Eindhoven'],
    ['Maastricht', 'Maastricht'],
  ])('%s is a known municipality outside the core regions (%s)', (input, gemeente) => {
    expect(resolveMunicipality(input, policy)).toMatchObject({ status: 'buiten', regio: null, gemeente });
  });

  it('"Bergen" alone is two municipalities, both outside: buiten, saying so', () => {
    const r = resolveMunicipality('Bergen', policy);
    expect(r).toMatchObject({ status: 'buiten', regio: null, gemeente: null });
    expect(r.toelichting).toContain('Bergen (NH.)');
    expect(r.toelichting).toContain('Bergen (L.)');
  });
});

describe('regions: a name listed in the policy wins, else merger history', () => {
  it.each([
    ['Weesp', '’t Gooi', 'Weesp'], // merged into Amsterdam 24-3-2022, listed under ’t Gooi
    ['Almere', '’t Gooi', 'Almere'], // in Flevoland province, listed under ’t Gooi
    ['Vianen', 'Utrecht', 'Vianen'], // merged into Vijfheerenlanden 2019, listed anyway
    ['Beemster', 'Zaanstreek-Waterland', 'Beemster'], // merged into Purmerend 2022, listed anyway
  ])('%s is listed: %s', (name, regio, gemeente) => {
    expect(resolveMunicipality(name, policy)).toMatchObject({ status: 'kernregio', regio, gemeente });
  });

  it('Weesp says it merged but the policy lists it', () => {
    expect(resolveMunicipality('Weesp', policy).toelichting).toBe('Weesp is op 24-3-2022 opgegaan in Amsterdam, maar het beleid noemt Weesp bij ’t Gooi');
  });

  it.each([
    ['Bussum', '’t Gooi', 'Gooise Meren'],
    ['Naarden', '’t Gooi', 'Gooise Meren'],
    ['Muiden', '’t Gooi', 'Gooise Meren'],
    ['Leerdam', 'Utrecht', 'Vijfheerenlanden'],
    ['Zederik', 'Utrecht', 'Vijfheerenlanden'],
  ])('%s merged: region of its successor (%s, %s)', (name, regio, gemeente) => {
    const r = resolveMunicipality(name, policy);
    expect(r).toMatchObject({ status: 'kernregio', regio, gemeente });
    expect(r.toelichting).toContain(`opgegaan in ${gemeente}`);
  });

  it('without the policy listing, merger history decides: Weesp → Amsterdam, Beemster → Purmerend', () => {
    const trimmed = policySchema.parse({
      ...policy,
      regios: policy.regios.map((r) => ({ ...r, gemeenten: r.gemeenten.filter((g) => g !== 'Weesp' && g !== 'Beemster' && g !== 'Vianen') })),
    });
    expect(resolveMunicipality('Weesp', trimmed)).toMatchObject({ status: 'kernregio', regio: 'Amsterdam', gemeente: 'Amsterdam' });
    expect(resolveMunicipality('Beemster', trimmed)).toMatchObject({ status: 'kernregio', regio: 'Zaanstreek-Waterland', gemeente: 'Purmerend' });
    expect(resolveMunicipality('Vianen', trimmed)).toMatchObject({ status: 'kernregio', regio: 'Utrecht', gemeente: 'Vijfheerenlanden' });
  });

  it('a merged municipality outside the core regions stays outside: Haarlemmerliede en Spaarnwoude → Haarlemmermeer', () => {
    expect(resolveMunicipality('Haarlemmerliede en Spaarnwoude', policy)).toMatchObject({ status: 'buiten', gemeente: 'Haarlemmermeer' });
  });

  it('Haaren was split over four municipalities, all outside: buiten, naming them', () => {
    const r = resolveMunicipality('Haaren', policy);
    expect(r).toMatchObject({ status: 'buiten', regio: null });
    expect(r.toelichting).toContain('verdeeld over Boxtel, Oisterwijk, Tilburg, Vught');
  });
});

describe('regions: unknown names', () => {
  it("'Utreht' is unknown, with suggestion Utrecht", () => {
    expect(resolveMunicipality('Utreht', policy)).toEqual({
      invoer: 'Utreht',
      status: 'onbekend',
      regio: null,
      gemeente: null,
      soort: null,
      kandidaten: [],
      suggestie: 'Utrecht',
      suggesties: ['Utrecht'],
      toelichting: "onbekende gemeente 'Utreht'; bedoelde u Utrecht?",
    });
  });

  it.each([
    ['Amsterdm', 'Amsterdam'],
    ['Zwole', 'Zwolle'],
    ['Hilversun', 'Hilversum'],
  ])('%s → bedoelde u %s?', (input, suggestie) => {
    expect(resolveMunicipality(input, policy)).toMatchObject({ status: 'onbekend', suggestie });
  });

  it('nonsense gets no suggestion, and an empty name says nothing was given', () => {
    expect(resolveMunicipality('Qwertyuiop Xyz', policy)).toMatchObject({ status: 'onbekend', toelichting: "onbekende gemeente 'Qwertyuiop Xyz'" });
    expect(resolveMunicipality('Qwertyuiop Xyz', policy).suggestie).toBeUndefined();
    expect(resolveMunicipality('   ', policy)).toMatchObject({ status: 'onbekend', toelichting: 'geen gemeente opgegeven' });
  });

  it('a place that is not a municipality is unknown, not outside (Bilthoven lies in De Bilt)', () => {
    expect(resolveMunicipality('Bilthoven', policy).status).toBe('onbekend');
  });

  it('spelling variants of any known name resolve like the name itself', () => {
    const names = [...MUNICIPALITIES.map((m) => m.name), ...MERGERS.map((m) => m.oldName), ...policy.regios.flatMap((r) => r.gemeenten)];
    const variant = fc.record({
      upper: fc.boolean(),
      prefix: fc.constantFrom('', 'Gemeente ', 'gemeente '),
      pad: fc.constantFrom('', ' ', '  \t'),
      dash: fc.boolean(),
      quote: fc.constantFrom("'", '’', '`'),
    });
    fc.assert(
      fc.property(fc.constantFrom(...names), variant, (name, v) => {
        let text = name.replace(/'/g, v.quote);
        if (v.dash) text = text.replace(/-/g, ' ');
        if (v.upper) text = text.toUpperCase();
        const expected = resolveMunicipality(name, policy);
        const got = resolveMunicipality(`${v.pad}${v.prefix}${text}${v.pad}`, policy);
        expect([got.status, got.regio, got.gemeente]).toEqual([expected.status, expected.regio, expected.gemeente]);
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws on arbitrary strings, and always answers one of the three statuses', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const r = resolveMunicipality(s, policy);
        expect(['kernregio', 'buiten', 'onbekend']).toContain(r.status);
        expect(r.invoer).toBe(s);
        expect(r.status === 'kernregio').toBe(r.regio !== null);
      }),
      { numRuns: 500 },
    );
  });
});
