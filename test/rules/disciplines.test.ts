/**
 * Disciplines as people write them (K4, K11), and the AGB code's zorgverlenerssoort (its first two
 * digits) as evidence of its own. Expected values by hand from the spellings.
 */
import { disciplineFromText, participantDiscipline, physiotherapyStatus } from '../../src/rules/disciplines';

describe('a written discipline', () => {
  it.each([
    ['Fysiotherapiepraktijk', 'fysiotherapie'],
    ['fysiotherapiepraktijken', 'fysiotherapie'],
    ['Fysiotherapeuten', 'fysiotherapie'],
    ['fysio', 'fysiotherapie'],
    ["fysio's", 'fysiotherapie'],
    ['Praktijk voor fysiotherapie', 'fysiotherapie'],
    ['Huisartspraktijk', 'huisartsenzorg'],
    ['Huisartsenpraktijk Delftwijk', 'huisartsenzorg'],
    ['huisartsen', 'huisartsenzorg'],
    ['HA', 'huisartsenzorg'],
    ['POH', 'huisartsenzorg'],
    ['POH-GGZ', 'huisartsenzorg'],
    ['Diëtistenpraktijk', 'diëtetiek'],
    ['dietist', 'diëtetiek'],
    ['Ergotherapeuten', 'ergotherapie'],
    ['Logopediepraktijk', 'logopedie'],
    ['Oefentherapie Cesar', 'oefentherapie'],
    ['Verloskundigenpraktijk', 'verloskunde'],
    ['Apotheek', 'farmacie'],
    ['wijkverpleegkundige', 'wijkverpleging'],
  ])('%p is %p', (text, discipline) => {
    expect(disciplineFromText(text)).toEqual({ kind: 'eerstelijns', discipline });
  });

  it.each([['medisch specialist'], ['Ziekenhuis'], ['longarts']])('%p is second line', (text) => {
    expect(disciplineFromText(text)).toEqual({ kind: 'tweedelijns' });
  });

  it.each([['Beweegagogiek'], ['Gezondheidscentrum'], ['Praktijk De Linde'], ['fysio- en ergotherapie']])('%p is not recognised (or names two)', (text) => {
    expect(disciplineFromText(text)).toEqual({ kind: 'anders' });
  });
});

describe('text and AGB code together', () => {
  it('agreeing: both are the evidence', () => {
    expect(participantDiscipline({ discipline: 'Fysiotherapiepraktijk', agb: '04012345' })).toMatchObject({ kind: 'eerstelijns', discipline: 'fysiotherapie', bron: 'beide' });
  });
  it('no text: the AGB code decides', () => {
    expect(participantDiscipline({ agb: '24011122' })).toMatchObject({ kind: 'eerstelijns', discipline: 'diëtetiek', bron: 'agb' });
  });
  it('disagreeing: strijdig, with both', () => {
    expect(participantDiscipline({ discipline: 'Huisartspraktijk', agb: '04012345' })).toEqual({ kind: 'strijdig', tekst: 'Huisartspraktijk', tekstDiscipline: 'huisartsenzorg', agbSoort: '04', agbDiscipline: 'fysiotherapie' });
  });
  it('text not recognised while the code names a discipline: strijdig too, never the code alone', () => {
    expect(participantDiscipline({ discipline: 'Beweegpraktijk', agb: '04012345' })).toMatchObject({ kind: 'strijdig', agbDiscipline: 'fysiotherapie' });
  });
  it('an AGB kind not in the table is no evidence either way', () => {
    // 22 covers institutions of many kinds (a wijkverpleging organisation among them).
    expect(participantDiscipline({ discipline: 'wijkverpleging', agb: '22066688' })).toMatchObject({ kind: 'eerstelijns', discipline: 'wijkverpleging', bron: 'discipline' });
    expect(participantDiscipline({ agb: '99000001' })).toEqual({ kind: 'onbekend', agbSoort: '99' });
  });
  it('an AGB code that is not 8 digits is not used', () => {
    expect(participantDiscipline({ agb: '0401234' })).toEqual({ kind: 'onbekend' });
  });
});

describe('is it a physiotherapy practice (K11)?', () => {
  it.each([
    [{ discipline: 'Fysiotherapiepraktijk', agb: '04000001' }, 'ja'],
    [{ agb: '04000001' }, 'ja'],
    [{ discipline: 'huisarts' }, 'nee'],
    [{ discipline: 'Huisartspraktijk', agb: '04000001' }, 'misschien'],
    [{ discipline: 'Diëtist', agb: '01000001' }, 'nee'],
    [{}, 'misschien'],
  ] as const)('%p → %p', (p, expected) => {
    expect(physiotherapyStatus(p)).toBe(expected);
  });
});
