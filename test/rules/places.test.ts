import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { DEFAULT_SOURCES, parsePlaces, parsePostcodes } from '../../scripts/build-places';
import { MUNICIPALITIES } from '../../src/rules/data/municipalities';
import { resolveParticipantLocation } from '../../src/rules/participant-location';
import { allPlaceNames } from '../../src/rules/places';
import { samenwerken2021 as policy } from '../../src/rules/policies/samenwerken-2021';
import { policySchema } from '../../src/rules/policy';
import { resolveLocation, resolvePlace, resolvePostcode } from '../../src/rules/regions';

/*
 * Places and postcodes as applicants give them (Bijlage 3: "Postcode", "Plaats"), resolved to the
 * municipalities of Bijlage 2. Expected municipalities are the reference data's (SOURCES.md spot
 * checks, e.g. "Zaandam, Krommenie→Zaanstad; Maarssen, Breukelen→Stichtse Vecht"); the regions are
 * Bijlage 2's.
 */

describe('places: the examples of issue 10 resolve to their municipality and core region', () => {
  it.each([
    ['Zaandam', 'Zaanstad', 'Zaanstreek-Waterland'],
    ['Krommenie', 'Zaanstad', 'Zaanstreek-Waterland'],
    ['Maarssen', 'Stichtse Vecht', 'Utrecht'],
    ['Breukelen', 'Stichtse Vecht', 'Utrecht'],
    ['Loosdrecht', 'Wijdemeren', '’t Gooi'],
    ['Edam', 'Edam-Volendam', 'Zaanstreek-Waterland'],
    ['Volendam', 'Edam-Volendam', 'Zaanstreek-Waterland'],
    ['Bilthoven', 'De Bilt', 'Utrecht'],
    ['Driebergen-Rijsenburg', 'Utrechtse Heuvelrug', 'Utrecht'],
    ['IJmuiden', 'Velsen', 'Kennemerland'],
    ['Driehuis NH', 'Velsen', 'Kennemerland'],
    ['Emmeloord', 'Noordoostpolder', 'Flevoland'],
    ['Zuidlaren', 'Tynaarlo', 'Drenthe'],
    ['Twello', 'Voorst', 'Apeldoorn/Zutphen'],
  ])('plaats %s → %s (%s)', (plaats, gemeente, regio) => {
    expect(resolvePlace(plaats, policy)).toMatchObject({ soort: 'plaats', status: 'kernregio', gemeente, regio });
    expect(resolveLocation(plaats, policy)).toMatchObject({ soort: 'plaats', status: 'kernregio', gemeente, regio });
  });

  it('Middenbeemster lies in Purmerend today; the policy names Purmerend and its predecessor Beemster, both Zaanstreek-Waterland', () => {
    const r = resolvePlace('Middenbeemster', policy);
    expect(r).toMatchObject({ status: 'kernregio', regio: 'Zaanstreek-Waterland', gemeente: 'Purmerend' });
    expect(r.toelichting).toBe('plaats Middenbeemster ligt in Purmerend; het beleid noemt ook Beemster, nu deel van Purmerend');
  });

  it('Weesp: a municipality the policy names still wins, as gemeente and as plaats (Bijlage 2 lists Weesp under ’t Gooi)', () => {
    expect(resolveLocation('Weesp', policy)).toMatchObject({ soort: 'gemeente', status: 'kernregio', regio: '’t Gooi', gemeente: 'Weesp' });
    expect(resolvePlace('Weesp', policy)).toMatchObject({ status: 'kernregio', regio: '’t Gooi', gemeente: 'Weesp' });
  });

  it('merger history maps today\'s municipality back: without Purmerend in the policy, Middenbeemster still counts for Beemster', () => {
    const onlyBeemster = policySchema.parse({ ...policy, regios: policy.regios.map((r) => ({ ...r, gemeenten: r.gemeenten.filter((g) => g !== 'Purmerend') })) });
    // Purmerend outside, Beemster inside: a place in today's Purmerend may be either, so the candidates are shown …
    expect(resolvePlace('Middenbeemster', onlyBeemster)).toMatchObject({ status: 'onbekend' });
    expect(resolvePlace('Middenbeemster', onlyBeemster).kandidaten.map((k) => k.gemeente)).toEqual(['Purmerend', 'Beemster']);
    // … while the town Purmerend itself is Purmerend.
    expect(resolvePlace('Purmerend', onlyBeemster)).toMatchObject({ status: 'buiten', gemeente: 'Purmerend' });
  });

  it.each([
    ['Vijfheerenlanden Oudewater', 'Utrecht', 'Vijfheerenlanden/Oudewater'],
    ['Gooise Meren Hilversum', '’t Gooi', 'Gooise Meren/Hilversum'],
  ])('Bijlage 2 pasted as is: %s', (text, regio, gemeente) => {
    expect(resolveLocation(text, policy)).toMatchObject({ soort: 'gemeente', status: 'kernregio', regio, gemeente });
    expect(resolveParticipantLocation({ gemeente: text }, policy)).toMatchObject({ uitkomst: 'gevonden', regio });
  });

  it('two names with a space are not split when Bijlage 2 does not print them so ("Laren Lochem" is Laren in Lochem)', () => {
    expect(resolveLocation('Laren Lochem', policy)).toMatchObject({ soort: 'plaats', regio: 'Apeldoorn/Zutphen', gemeente: 'Lochem' });
    expect(resolveLocation('Laren gem. Lochem', policy)).toMatchObject({ soort: 'plaats', regio: 'Apeldoorn/Zutphen', gemeente: 'Lochem' });
  });
});

describe('places: a name in several municipalities is ambiguous, and the postcode decides', () => {
  it.each([
    ['Rozenburg', ['Haarlemmermeer', 'Rotterdam']],
    ['Huis ter Heide', ['Noordenveld', 'Zeist']],
    ['Laren', ['Laren', 'Lochem']],
  ])('plaats %s: onbekend with candidates %j', (plaats, gemeenten) => {
    const r = resolvePlace(plaats, policy);
    expect(r.status).toBe('onbekend');
    expect(r.kandidaten.map((k) => k.gemeente).sort()).toEqual(gemeenten);
    expect(r.toelichting).toContain('de postcode beslist');
  });

  it.each([
    ['Rozenburg', '3181', 'Rotterdam', 'Rotterdam'],
    ['Huis ter Heide', '3712 AB', 'Zeist', 'Utrecht'],
    ['Huis ter Heide', '9331', 'Noordenveld', 'Drenthe'],
    ['Laren', '1251', 'Laren', '’t Gooi'],
    ['Laren', '7245', 'Lochem', 'Apeldoorn/Zutphen'],
  ])('plaats %s with postcode %s → %s (%s)', (plaats, postcode, gemeente, regio) => {
    expect(resolveParticipantLocation({ plaats, postcode }, policy)).toMatchObject({ uitkomst: 'gevonden', status: 'kernregio', gemeente, regio, op: ['plaats', 'postcode'] });
  });

  it('plain "Haren" is Haren in Oss and Haren Gn in Groningen (SOURCES.md: "plain Haren is the woonplaats in Oss"); both outside, so buiten naming both', () => {
    const r = resolvePlace('Haren', policy);
    expect(r).toMatchObject({ status: 'buiten', gemeente: null });
    expect(r.kandidaten.map((k) => k.gemeente).sort()).toEqual(['Groningen', 'Oss']);
    expect(resolveLocation('Haren', policy).kandidaten.map((k) => k.gemeente).sort()).toEqual(['Groningen', 'Oss']);
  });

  it('plain "Bergen" is two places and two municipalities, all outside', () => {
    expect(resolvePlace('Bergen', policy).kandidaten.map((k) => k.gemeente)).toEqual(['Bergen (NH.)', 'Bergen (L.)']);
    expect(resolveLocation('Bergen', policy)).toMatchObject({ status: 'buiten', gemeente: null });
  });

  it('"Vianen" as plaats may be Vianen (Vijfheerenlanden) or Vianen NB; the postcode decides', () => {
    expect(resolvePlace('Vianen', policy).status).toBe('onbekend');
    expect(resolveParticipantLocation({ plaats: 'Vianen', postcode: '4131' }, policy)).toMatchObject({ uitkomst: 'gevonden', regio: 'Utrecht', gemeente: 'Vianen' });
  });
});

describe('places: names as applicants write them', () => {
  it.each([
    ['Den Haag', "'s-Gravenhage", "'s-Gravenhage"],
    ['Den Bosch', "'s-Hertogenbosch", "'s-Hertogenbosch"],
    ['Grouw', 'Grou', 'Leeuwarden'],
    ['Bergum', 'Burgum', 'Tytsjerksteradiel'],
    ['Bergen (NH)', 'Bergen (NH)', 'Bergen (NH.)'],
    ['Bergen NH', 'Bergen (NH)', 'Bergen (NH.)'],
    ['Bergen L', 'Bergen L', 'Bergen (L.)'],
    ['Haren Gn', 'Haren Gn', 'Groningen'],
    ['Haren (Groningen)', 'Haren Gn', 'Groningen'],
    ['Hengelo (Gld)', 'Hengelo (Gld)', 'Bronckhorst'],
    ['St. Michielsgestel', 'Sint-Michielsgestel', 'Sint-Michielsgestel'],
  ])('plaats %s is BAG\'s %s in %s', (plaats, bag, gemeente) => {
    const r = resolvePlace(plaats, policy);
    expect(r).toMatchObject({ status: 'buiten', gemeente });
    expect(r.gevonden ?? plaats).toBe(bag);
  });

  it('suggestions name current municipalities or places only, nearest first (no Maarssen → Meerssen, Edam → Bedum)', () => {
    expect(resolveLocation('Maarsen', policy).suggesties?.[0]).toBe('Maarssen');
    expect(resolveLocation('Zaandm', policy).suggesties?.[0]).toBe('Zaandam');
    expect(resolveLocation('Krommeni', policy).suggesties?.[0]).toBe('Krommenie');
    // A district is not a BAG woonplaats: suggested, not resolved.
    expect(resolveLocation('Amsterdam Zuidoost', policy)).toMatchObject({ status: 'onbekend', suggestie: 'Amsterdam' });
    expect(resolveLocation('Utrecht-Overvecht', policy)).toMatchObject({ status: 'onbekend', suggestie: 'Utrecht' });
    const current = new Set([...MUNICIPALITIES.map((m) => m.plainName), ...allPlaceNames()]);
    fc.assert(
      fc.property(fc.constantFrom(...allPlaceNames()), fc.nat(), (name, n) => {
        // Drop one letter: an unknown name whose suggestions must all be current names.
        const i = n % name.length;
        const typo = name.slice(0, i) + name.slice(i + 1);
        for (const s of resolveLocation(typo, policy).suggesties ?? []) expect(current.has(s)).toBe(true);
      }),
      { numRuns: 50 },
    );
    // Abolished municipalities are never proposed (Bedum is proposed only as the place Bedum).
    expect(resolveLocation('Littenseradil', policy).suggesties ?? []).not.toContain('Littenseradiel');
  });
});

describe('postcodes', () => {
  it.each([
    ['3511', 'Utrecht', 'Utrecht'],
    ['3511 AB', 'Utrecht', 'Utrecht'],
    ['3511ab', 'Utrecht', 'Utrecht'],
    ['1506', 'Zaanstad', 'Zaanstreek-Waterland'],
    ['3601', 'Stichtse Vecht', 'Utrecht'],
    ['1231', 'Wijdemeren', '’t Gooi'],
    ['1131', 'Edam-Volendam', 'Zaanstreek-Waterland'],
    ['1462', 'Purmerend', 'Zaanstreek-Waterland'],
  ])('%s → %s (%s)', (pc, gemeente, regio) => {
    expect(resolvePostcode(pc, policy)).toMatchObject({ soort: 'postcode', status: 'kernregio', gemeente, regio });
  });

  it('a postcode in today\'s Amsterdam may be old Amsterdam or Weesp (’t Gooi in Bijlage 2): onbekend, the place decides', () => {
    expect(resolvePostcode('1381', policy)).toMatchObject({ status: 'onbekend' });
    expect(resolvePostcode('1381', policy).kandidaten.map((k) => k.regio)).toEqual(['Amsterdam', '’t Gooi']);
    expect(resolveParticipantLocation({ plaats: 'Weesp', postcode: '1381' }, policy)).toMatchObject({ uitkomst: 'gevonden', regio: '’t Gooi' });
    expect(resolveParticipantLocation({ plaats: 'Amsterdam', postcode: '1011' }, policy)).toMatchObject({ uitkomst: 'gevonden', regio: 'Amsterdam' });
  });

  it('a PC4 split over two municipalities in different regions gives both with their share (1357: Almere 99%, Maasgouw 1%)', () => {
    const r = resolvePostcode('1357', policy);
    expect(r.status).toBe('onbekend');
    expect(r.kandidaten.map((k) => [k.gemeente, Math.round((k.aandeel ?? 0) * 100)])).toEqual([['Almere', 99], ['Maasgouw', 1]]);
    expect(resolveParticipantLocation({ plaats: 'Almere', postcode: '1357' }, policy)).toMatchObject({ uitkomst: 'gevonden', regio: '’t Gooi' });
  });

  it('not a postcode, or not in the table: onbekend saying so', () => {
    expect(resolvePostcode('0123', policy).toelichting).toBe("'0123' is geen postcode");
    expect(resolvePostcode('1000', policy).toelichting).toBe('postcode 1000 staat niet in de postcodetabel');
  });
});

describe('places: properties over the whole reference data', () => {
  const placeRows = parsePlaces(readFileSync(DEFAULT_SOURCES.woonplaatsen, 'utf8'));
  const postcodeRows = parsePostcodes(readFileSync(DEFAULT_SOURCES.postcodes, 'utf8'));
  const codeOf = new Map(MUNICIPALITIES.map((m) => [m.code, m]));

  it('every BAG place finds its own municipality among its candidates', () => {
    const lost = placeRows.filter((row) => !resolvePlace(row.woonplaats, policy).kandidaten.some((k) => k.code === row.code));
    expect(lost).toEqual([]);
  });

  it('every PC4 finds its own municipalities among its candidates', () => {
    const lost = postcodeRows.filter((row) => !resolvePostcode(row.pc4, policy).kandidaten.some((k) => k.code === row.code));
    expect(lost).toEqual([]);
  });

  it('a place in a core-region municipality with one name is in that region', () => {
    const listed = new Map(policy.regios.flatMap((r) => r.gemeenten.map((g) => [g, r.naam] as const)));
    const unique = placeRows.filter((row) => placeRows.filter((o) => o.woonplaats === row.woonplaats).length === 1 && listed.has(codeOf.get(row.code)!.plainName));
    expect(unique.length).toBeGreaterThan(300);
    for (const row of unique) {
      const r = resolveParticipantLocation({ plaats: row.woonplaats }, policy);
      // Amsterdam's places are Amsterdam and Weesp, each decided by its own name; no other is ambiguous.
      if (r.uitkomst === 'gevonden') expect(r.regio).toBe(row.woonplaats === 'Weesp' ? '’t Gooi' : listed.get(codeOf.get(row.code)!.plainName));
      else expect(suffixOrTwin(row.woonplaats)).toBe(true);
    }
  });

  it('never throws on arbitrary participant fields, and always answers one of the five outcomes', () => {
    const field = fc.option(fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('Laren', 'Rozenburg', '1381', '3511 AB', 'Weesp', 'Zaandam')), { nil: undefined });
    fc.assert(
      fc.property(field, field, field, (gemeente, plaats, postcode) => {
        const r = resolveParticipantLocation({ gemeente, plaats, postcode }, policy);
        expect(['gevonden', 'geen', 'onbekend', 'dubbelzinnig', 'tegenstrijdig']).toContain(r.uitkomst);
        expect(r.uitkomst === 'gevonden').toBe(r.status !== 'onbekend');
      }),
      { numRuns: 300 },
    );
  });
});

/** A place whose plain name is shared with a suffixed BAG name elsewhere (Vianen / Vianen NB). */
function suffixOrTwin(name: string): boolean {
  return resolvePlace(name, policy).kandidaten.length > 1;
}
