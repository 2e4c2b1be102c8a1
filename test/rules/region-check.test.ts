import type { Application, Participant } from '../../src/rules/application';
import { checkRegion } from '../../src/rules/checks/region';
import { evaluateEligibility } from '../../src/rules/eligibility';
import { hasMessage, renderBevindingen } from '../../src/rules/findings';
import { samenwerken2021 } from '../../src/rules/policies/samenwerken-2021';
import type { Policy } from '../../src/rules/policy';
import type { TeamSettings } from '../../src/rules/team-settings';
import { eligibleApplication } from './fixtures';

/*
 * Edge-case applications for the core region. The rule rests on the introduction: "Onze
 * kernregio’s zijn de regio’s Utrecht, ’t Gooi, Apeldoorn/Zutphen, Kennemerland,
 * Zaanstreek-Waterland, Zwolle, Flevoland, Drenthe, Amsterdam en Rotterdam. In bijlage 2 treft u
 * een overzicht aan van de gemeentes die binnen deze kernregio’s vallen." Bijlage 3 asks each
 * participant's "Postcode" and "Plaats". The source has no rule for a collaboration spread over
 * several regions: that is the team setting gemengdeRegio (default meerderheid).
 */

function app(...deelnemers: Participant[]): Application {
  return { ...eligibleApplication(), deelnemers };
}

function withRule(gemengdeRegio: TeamSettings['gemengdeRegio']): Policy {
  return { ...samenwerken2021, teamkeuzes: { ...samenwerken2021.teamkeuzes, gemengdeRegio } };
}

const p = (praktijknaam: string, fields: Partial<Participant>): Participant => ({ praktijknaam, ...fields });

describe('regio: participants given by place or postcode only (Bijlage 3: "Postcode", "Plaats")', () => {
  it('places only, all in Stichtse Vecht and De Bilt ("Stichtse Vecht", "De Bilt" in Regio Utrecht): voldoet', () => {
    const r = checkRegion(app(p('A', { plaats: 'Maarssen' }), p('B', { plaats: 'Breukelen' }), p('C', { plaats: 'Bilthoven' })), samenwerken2021);
    expect(r).toMatchObject({ status: 'voldoet', regio: 'Utrecht' });
    expect(r.reden).toBe(
      "alle 3 deelnemers in kernregio Utrecht; A: Stichtse Vecht in kernregio Utrecht (op plaats 'Maarssen'); B: Stichtse Vecht in kernregio Utrecht (op plaats 'Breukelen'); C: De Bilt in kernregio Utrecht (op plaats 'Bilthoven')",
    );
  });

  it('places only in Zaanstreek-Waterland (Zaandam, Krommenie, Edam, Middenbeemster; "Beemster, Edam-Volendam, … Purmerend, … Zaanstad"): voldoet', () => {
    const r = checkRegion(app(p('A', { plaats: 'Zaandam' }), p('B', { plaats: 'Krommenie' }), p('C', { plaats: 'Edam' }), p('D', { plaats: 'Middenbeemster' })), samenwerken2021);
    expect(r).toMatchObject({ status: 'voldoet', regio: 'Zaanstreek-Waterland' });
  });

  it('postcodes only, in Stichtse Vecht and De Bilt (3601, 3621, 3721): voldoet', () => {
    const r = checkRegion(app(p('A', { postcode: '3601 AA' }), p('B', { postcode: '3621' }), p('C', { postcode: '3721 AB' })), samenwerken2021);
    expect(r).toMatchObject({ status: 'voldoet', regio: 'Utrecht' });
    expect(r.bevindingen[1]).toMatchObject({ code: 'regio.deelnemer_kernregio', veld: 'deelnemers[0].postcode', deelnemer: { index: 0, naam: 'A' } });
  });

  it('a misspelt place with a postcode: the postcode places it ("Zaandm", 1506 → Zaanstad): voldoet', () => {
    const r = checkRegion(app(p('A', { plaats: 'Zaandm', postcode: '1506' }), p('B', { plaats: 'Zaandam' })), samenwerken2021);
    expect(r.status).toBe('voldoet');
  });

  it('Loosdrecht with its postcode lies in Wijdemeren ("Wijdemeren" in Regio ’t Gooi): voldoet', () => {
    expect(checkRegion(app(p('A', { plaats: 'Loosdrecht', postcode: '1231' }), p('B', { gemeente: 'Hilversum' })), samenwerken2021)).toMatchObject({ status: 'voldoet', regio: '’t Gooi' });
  });

  it('the whole application with place-only participants is no longer onvolledig on the region', () => {
    const result = evaluateEligibility(app(p('A', { plaats: 'Krommenie' }), p('B', { plaats: 'Zaandam' }), p('C', { plaats: 'Edam' })), samenwerken2021);
    expect(result.regio).toBe('Zaanstreek-Waterland');
    expect(result.checks.find((c) => c.id === 'regio')).toMatchObject({ status: 'voldoet', herkomst: { soort: 'bron', plaats: 'Hoofdstuk 1 en Bijlage 2' } });
  });
});

describe('regio: ambiguous places and disagreeing fields are for the assessor', () => {
  it('"Rozenburg" alone may be Haarlemmermeer (outside) or Rotterdam: that participant is onbekend, with both', () => {
    const r = checkRegion(app(p('A', { plaats: 'Rozenburg' })), samenwerken2021);
    expect(r.status).toBe('onbekend');
    expect(r.bevindingen[1]).toMatchObject({ status: 'onbekend', code: 'regio.deelnemer_dubbelzinnig', lijst: ['Haarlemmermeer', 'Rotterdam'], extra: { regios: ['', 'Rotterdam'] } });
    expect(r.reden).toContain("A: 'Rozenburg' kan Haarlemmermeer (buiten de kernregio's) of Rotterdam (kernregio Rotterdam) zijn; de beoordelaar beslist (een postcode zou beslissen)");
    expect(renderBevindingen(r.bevindingen, 'en')).toContain("A: 'Rozenburg' may be Haarlemmermeer (outside the core regions) or Rotterdam (core region Rotterdam)");
  });

  it('"Rozenburg" with postcode 3181 is Rotterdam ("Capelle a/d IJssel, Krimpen a/d IJssel, Rotterdam"): voldoet', () => {
    expect(checkRegion(app(p('A', { plaats: 'Rozenburg', postcode: '3181 AA' }), p('B', { gemeente: 'Rotterdam' })), samenwerken2021)).toMatchObject({ status: 'voldoet', regio: 'Rotterdam' });
  });

  it('"Huis ter Heide" with postcode 3712 is Zeist ("Zeist" in Regio Utrecht), with 9331 Noordenveld ("Noordenveld" in Regio Drenthe)', () => {
    expect(checkRegion(app(p('A', { plaats: 'Huis ter Heide', postcode: '3712' })), samenwerken2021)).toMatchObject({ status: 'voldoet', regio: 'Utrecht' });
    expect(checkRegion(app(p('A', { plaats: 'Huis ter Heide', postcode: '9331' })), samenwerken2021)).toMatchObject({ status: 'voldoet', regio: 'Drenthe' });
  });

  it('place Zeist with an Amsterdam postcode: the fields disagree, the assessor decides (onbekend, both shown)', () => {
    const r = checkRegion(app(p('A', { plaats: 'Zeist', postcode: '1011' }), p('B', { plaats: 'Zeist', postcode: '1012' }), p('C', { plaats: 'Zeist' })), samenwerken2021);
    // 1 in Utrecht, 2 unknown: the unknowns could tip it either way.
    expect(r.status).toBe('onbekend');
    expect(r.bevindingen[1]).toMatchObject({ code: 'regio.deelnemer_tegenstrijdig', gevonden: ['Zeist', '1011'], lijst: ['Zeist', 'Amsterdam', 'Weesp'] });
    expect(r.reden).toContain("A: de gegevens spreken elkaar tegen (plaats 'Zeist': Zeist (kernregio Utrecht); postcode '1011': Amsterdam (kernregio Amsterdam) of Weesp (kernregio ’t Gooi)); de beoordelaar beslist");
  });

  it('gemeente Amsterdam with plaats Weesp: Bijlage 2 puts Weesp under ’t Gooi, so the fields disagree on the region', () => {
    const r = checkRegion(app(p('A', { gemeente: 'Amsterdam', plaats: 'Weesp' })), samenwerken2021);
    expect(r.status).toBe('onbekend');
    expect(r.bevindingen[1].code).toBe('regio.deelnemer_tegenstrijdig');
  });

  it('gemeente Beemster with plaats Middenbeemster agree (Purmerend today, "Beemster" in Bijlage 2): voldoet', () => {
    expect(checkRegion(app(p('A', { gemeente: 'Beemster', plaats: 'Middenbeemster', postcode: '1462' })), samenwerken2021)).toMatchObject({ status: 'voldoet', regio: 'Zaanstreek-Waterland' });
  });

  it('Bijlage 2 pasted into the gemeente field ("Gooise Meren Hilversum") counts as ’t Gooi', () => {
    expect(checkRegion(app(p('A', { gemeente: 'Gooise Meren Hilversum' }), p('B', { plaats: 'Bussum' })), samenwerken2021)).toMatchObject({ status: 'voldoet', regio: '’t Gooi' });
  });

  it('a participant without gemeente, plaats or postcode is onbekend, named', () => {
    const r = checkRegion(app(p('Fysio Leeg', {})), samenwerken2021);
    expect(r).toMatchObject({ status: 'onbekend' });
    expect(r.reden).toContain('Fysio Leeg: geen gemeente, plaats of postcode');
  });

  it('an unknown name gets nearest-first suggestions of current places', () => {
    const r = checkRegion(app(p('A', { plaats: 'Maarsen' })), samenwerken2021);
    expect(r.bevindingen[1]).toMatchObject({ code: 'regio.deelnemer_onbekend', gevonden: ['Maarsen'] });
    expect(r.bevindingen[1].lijst?.[0]).toBe('Maarssen');
  });
});

describe('regio: mixed regions are the team setting gemengdeRegio', () => {
  const mixed = app(p('A', { gemeente: 'Zeist' }), p('B', { gemeente: 'Houten' }), p('C', { gemeente: 'Hilversum' }));

  it('meerderheid (default): 2 of 3 in Utrecht passes, shown as the team\'s choice', () => {
    const r = checkRegion(mixed, samenwerken2021);
    expect(r).toMatchObject({ status: 'voldoet', regio: 'Utrecht' });
    expect(r.bevindingen[0]).toMatchObject({ code: 'regio.meerderheid_in_regio', herkomst: { soort: 'keuze', instelling: 'gemengdeRegio', standaard: 'meerderheid' } });
    expect(r.reden.startsWith('2 van 3 deelnemers in kernregio Utrecht (keuze van het team: meerderheid)')).toBe(true);
  });

  it('alle: participants in two core regions fail', () => {
    const r = checkRegion(mixed, withRule('alle'));
    expect(r.status).toBe('voldoet niet');
    expect(r.reden.startsWith("niet alle deelnemers liggen in één kernregio (Utrecht: 2, ’t Gooi: 1) (keuze van het team: alle)")).toBe(true);
  });

  it('beoordelaar: a mixed collaboration is onbekend until an assessor decides', () => {
    const r = checkRegion(mixed, withRule('beoordelaar'));
    expect(r.status).toBe('onbekend');
    expect(r.bevindingen[0].code).toBe('regio.gemengd_beoordelaar');
  });

  it('whatever the setting, all in one region passes and nobody in a core region fails (Bijlage 2 lists no Eindhoven)', () => {
    const one = app(p('A', { plaats: 'Zeist' }), p('B', { postcode: '3511' }));
    const none = app(p('A', { plaats: 'Eindhoven' }), p('B', { gemeente: 'Maastricht' }));
    for (const rule of ['meerderheid', 'alle', 'beoordelaar'] as const) {
      expect(checkRegion(one, withRule(rule)).status).toBe('voldoet');
      expect(checkRegion(none, withRule(rule))).toMatchObject({ status: 'voldoet niet', bevindingen: expect.arrayContaining([expect.objectContaining({ code: 'regio.geen_in_kernregio' })]) });
    }
  });

  it('meerderheid: half in a core region passes, fewer fails', () => {
    expect(checkRegion(app(p('A', { gemeente: 'Zeist' }), p('B', { gemeente: 'Houten' }), p('C', { gemeente: 'Eindhoven' }), p('D', { gemeente: 'Tilburg' })), samenwerken2021).status).toBe('voldoet');
    const r = checkRegion(app(p('A', { gemeente: 'Zeist' }), p('C', { gemeente: 'Eindhoven' }), p('D', { gemeente: 'Tilburg' })), samenwerken2021);
    expect(r.status).toBe('voldoet niet');
    expect(r.bevindingen[0].code).toBe('regio.meerderheid_buiten');
  });

  it('a tie between regions picks the first in Bijlage 2 and says so', () => {
    const r = checkRegion(app(p('A', { gemeente: 'Hilversum' }), p('B', { gemeente: 'Zeist' })), samenwerken2021);
    expect(r.regio).toBe('Utrecht');
    expect(r.reden).toContain('gelijk aantal in ’t Gooi, Utrecht staat eerst in Bijlage 2');
  });

  it('alle with one unknown participant and the rest in one region is onbekend, not a pass', () => {
    expect(checkRegion(app(p('A', { gemeente: 'Zeist' }), p('B', { plaats: 'Rozenburg' })), withRule('alle')).status).toBe('onbekend');
  });
});

describe('regio: findings are data with a message in both languages', () => {
  it('every code a region check produces has a message, and English renders too', () => {
    const cases = [
      app(p('A', { plaats: 'Maarssen' })),
      app(p('A', { plaats: 'Rozenburg' })),
      app(p('A', { plaats: 'Zeist', postcode: '1011' })),
      app(p('A', {})),
      app(p('A', { plaats: 'Qwxyz' })),
      app(p('A', { gemeente: 'Zeist' }), p('B', { gemeente: 'Eindhoven' }), p('C', { gemeente: 'Tilburg' })),
      app(),
    ];
    for (const c of cases) {
      for (const rule of ['meerderheid', 'alle', 'beoordelaar'] as const) {
        const r = checkRegion(c, withRule(rule));
        for (const b of r.bevindingen) expect(hasMessage(b.code)).toBe(true);
        expect(renderBevindingen(r.bevindingen, 'en')).not.toMatch(/regio\./);
        expect(r.reden).not.toMatch(/alle 1 |\(en\)/);
      }
    }
  });
});
