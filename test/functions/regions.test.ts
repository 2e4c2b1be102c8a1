import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { join } from 'node:path';
import { agbValid, businessCase, kvkValid, postcodeValid, region } from '../../src/functions/regions';

describe('=ZK.REGION(gemeente)', () => {
  it('returns the core region name', () => {
    expect(region('Capelle a/d IJssel')).toBe('Rotterdam');
    expect(region('Bussum')).toBe('’t Gooi');
    expect(region(' gemeente weesp ')).toBe('’t Gooi');
  });
  it('returns "" for a known municipality outside the core regions', () => {
    expect(region('Eindhoven')).toBe('');
  });
  it('returns #N/A with a message for an unknown name', () => {
    expect(region('Utreht')).toEqual({ code: 'notAvailable', message: "onbekende gemeente of plaats 'Utreht'; bedoelde u Utrecht?" });
    expect(region(null)).toEqual({ code: 'notAvailable', message: 'geen gemeente opgegeven' });
    expect(region(42)).toMatchObject({ code: 'notAvailable' });
  });
});

describe('=ZK.REGION with a place or a postcode (Bijlage 3 asks for Plaats and Postcode)', () => {
  it('a place resolves to its municipality\'s region; a postcode (number or text) too', () => {
    expect(region('Zaandam')).toBe('Zaanstreek-Waterland');
    expect(region('Maarssen')).toBe('Utrecht');
    expect(region(3511)).toBe('Utrecht');
    expect(region('1411 AB')).toBe('’t Gooi');
  });
  it('[wat] says what the input was matched as, and which municipality', () => {
    expect(region('Zaandam', 'soort')).toBe('plaats');
    expect(region('Zaandam', 'gemeente')).toBe('Zaanstad');
    expect(region('Houten', 'soort')).toBe('gemeente');
    expect(region(3511, 'soort')).toBe('postcode');
    expect(region('Rozenburg', 'toelichting')).toContain('Rozenburg (Haarlemmermeer), Rozenburg (Rotterdam)');
    expect(region('Zaandam', 'kleur')).toMatchObject({ code: 'invalidValue' });
  });
  it('an ambiguous place is #N/A naming the candidates', () => {
    expect(region('Huis ter Heide')).toMatchObject({ code: 'notAvailable', message: expect.stringContaining('Huis ter Heide (Noordenveld), Huis ter Heide (Zeist)') });
  });
});

describe('=ZK.BUSINESSCASE(kosten, opbrengsten, [verplaatst], [besparing])', () => {
  it('TRUE when revenues weigh up against costs', () => {
    expect(businessCase(60000, 60000)).toBe(true);
    expect(businessCase(60000, 95000, true, 95000)).toBe(true);
  });
  it('FALSE when they do not, or when care moves without a saving', () => {
    expect(businessCase(60000, 59999.99)).toBe(false);
    expect(businessCase(60000, 95000, true, 0)).toBe(false);
  });
  it('accepts Dutch-formatted text amounts and WAAR/ONWAAR text', () => {
    expect(businessCase('60.000,00', '95.000', 'WAAR', '1,50')).toBe(true);
    expect(businessCase(1, 2, 'onwaar')).toBe(true);
  });
  it('#VALUE! with a message on bad input', () => {
    expect(businessCase('veel', 1)).toEqual({ code: 'invalidValue', message: "kosten 'veel' is geen bedrag" });
    expect(businessCase(1, null)).toEqual({ code: 'invalidValue', message: 'opbrengsten ontbreekt' });
    expect(businessCase(1, 2, 'misschien')).toEqual({ code: 'invalidValue', message: "verplaatst_uit_tweede_lijn 'misschien' is geen WAAR of ONWAAR" });
  });
  it('#N/A when care moves but the saving is not given', () => {
    expect(businessCase(1, 2, true)).toMatchObject({ code: 'notAvailable', message: expect.stringContaining('directe besparing in de tweede lijn ontbreekt') });
  });
});

describe('=ZK.AGB.VALID, =ZK.KVK.VALID, =ZK.POSTCODE.VALID', () => {
  it('AGB: 8 digits; a number that lost its leading 0 in Excel is padded', () => {
    expect(agbValid('04012345')).toBe(true);
    expect(agbValid(4012345)).toBe(true);
    expect(agbValid('0401234')).toBe(false);
    expect(agbValid(null)).toBe(false);
  });
  it('KvK: 8 digits', () => {
    expect(kvkValid('8123 4567')).toBe(true);
    expect(kvkValid(81234567)).toBe(true);
    expect(kvkValid('1234567')).toBe(false);
  });
  it('postcode: 4 digits, 2 letters', () => {
    expect(postcodeValid('3511 AB')).toBe(true);
    expect(postcodeValid('0511 AB')).toBe(false);
    expect(postcodeValid('=HYPERLINK("x")')).toBe(false);
  });
});

describe('functions.json metadata from the JSDoc', () => {
  it('declares REGION, BUSINESSCASE, AGB.VALID, KVK.VALID and POSTCODE.VALID without errors', async () => {
    const result = await generateCustomFunctionsMetadata(join(__dirname, '../../src/functions/regions.ts'));
    expect(result.errors).toEqual([]);
    const functions = JSON.parse(result.metadataJson).functions as Array<{ id: string; description: string; parameters: Array<{ name: string; optional?: boolean }> }>;
    expect(functions.map((f) => f.id)).toEqual(['REGION', 'BUSINESSCASE', 'AGB.VALID', 'KVK.VALID', 'POSTCODE.VALID']);
    for (const f of functions) expect(f.description).toContain('Voorbeeld: =ZK.');
    expect(functions[1].parameters.map((p) => [p.name, p.optional ?? false])).toEqual([
      ['kosten', false],
      ['opbrengsten', false],
      ['verplaatst_uit_tweede_lijn', true],
      ['besparing_tweede_lijn', true],
    ]);
  });
});
