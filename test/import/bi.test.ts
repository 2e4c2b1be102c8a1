import ExcelJS from 'exceljs';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { guessBiColumns, parseBiBytes, parseBiCsv, parseBiRecords } from '../../src/import/bi';
import { parseDutchNumber } from '../../src/import/dutch-number';

const options = { bestand: 'bi.csv' };

describe('header guess (for the BI tab column pickers)', () => {
  it('Dutch export headers', () => {
    expect(guessBiColumns(['AGB-code', 'Praktijknaam', 'Jaar', 'BehandelIndex', 'Aantal patiënten', 'BI-ondergrens'])).toEqual({
      agb: 0, naam: 1, jaar: 2, bi: 3, patienten: 4, ondergrens: 5,
    });
  });
  it('short and odd headers: "B.I." is the BI, "BI ondergrens" is not', () => {
    expect(guessBiColumns(['BI ondergrens', 'B.I.', 'agb', 'praktijk', 'peiljaar', 'N'])).toEqual({
      ondergrens: 0, bi: 1, agb: 2, naam: 3, jaar: 4, patienten: 5,
    });
  });
  it('a missing column stays absent', () => {
    expect(guessBiColumns(['AGB', 'Jaar'])).toEqual({ agb: 0, jaar: 1 });
  });
});

describe('Dutch numbers', () => {
  it.each([
    ['101,5', 101.5], ['101.5', 101.5], [' 98 ', 98], ['1.234,5', 1234.5], ['1,234.5', 1234.5], ['', null], ['n.v.t.', undefined], ['1O2,5', undefined],
  ])('%j → %j', (raw, expected) => {
    expect(parseDutchNumber(raw)).toBe(expected);
  });
  it('"1.234" is a thousand-two-hundred-thirty-four patients, but BI 1.234', () => {
    expect(parseDutchNumber('1.234', { integer: true })).toBe(1234);
    expect(parseDutchNumber('1.234')).toBe(1.234);
  });
});

describe('CSV', () => {
  const dutch = 'AGB-code;Praktijknaam;Jaar;BehandelIndex;Aantal patiënten\r\n04000001;Fysio De Linde;2023;101,5;45\r\n04000002;"Fysio; Het Anker";2023;87,25;12\r\n';
  it('`;` with decimal comma, quoted names with `;`', () => {
    const result = parseBiCsv(dutch, options);
    expect(result.problemen).toEqual([]);
    expect(result.rows).toEqual([
      { agb: '04000001', naam: 'Fysio De Linde', jaar: 2023, bi: 101.5, patienten: 45, plaats: 'rij 2' },
      { agb: '04000002', naam: 'Fysio; Het Anker', jaar: 2023, bi: 87.25, patienten: 12, plaats: 'rij 3' },
    ]);
  });
  it('`,` with decimal point', () => {
    const result = parseBiCsv('agb,naam,jaar,bi\n04000001,"Fysio, Noord",2022,99.9\n', options);
    expect(result.rows).toEqual([{ agb: '04000001', naam: 'Fysio, Noord', jaar: 2022, bi: 99.9, plaats: 'rij 2' }]);
  });
  it('every bad value is a Problem naming file, row and field; the other rows are still read', () => {
    const text = [
      'AGB-code;Praktijknaam;Jaar;BehandelIndex;Aantal patiënten;BI-ondergrens',
      '04000001;A;2023;n.v.t.;45;90',
      '04A00002;B;2023;100;45;90',
      '04000003;C;twintig;100;45;90',
      '04000004;D;2023;-3;veel;x',
      '04000005;E;2023;99,5;45;91,2',
    ].join('\n');
    const result = parseBiCsv(text, options);
    expect(result.rows.map((r) => r.agb)).toEqual(['04000001', '04000004', '04000005']);
    expect(result.rows[0]).toMatchObject({ bi: null, patienten: 45, ondergrens: 90 });
    expect(result.rows[1]).toMatchObject({ bi: null, patienten: null, ondergrens: null });
    expect(result.problemen.map((p) => [p.bestand, p.plaats, p.veld, p.melding])).toEqual([
      ['bi.csv', 'rij 2', 'BehandelIndex', "BehandelIndex 'n.v.t.' is geen getal; de waarde telt als ontbrekend."],
      ['bi.csv', 'rij 3', 'AGB-code', "AGB-code ongeldig: '04A00002' bevat tekens die geen cijfer zijn, verwacht 8 cijfers; de rij is overgeslagen."],
      ['bi.csv', 'rij 4', 'jaar', "Jaar 'twintig' is geen geldig jaartal; de rij is overgeslagen."],
      ['bi.csv', 'rij 5', 'BehandelIndex', "BehandelIndex '-3' is negatief; de waarde telt als ontbrekend."],
      ['bi.csv', 'rij 5', 'aantal patiënten', "Aantal patiënten 'veel' is geen getal; de waarde telt als ontbrekend."],
      ['bi.csv', 'rij 5', 'BI-ondergrens', "BI-ondergrens 'x' is geen getal; de waarde telt als ontbrekend."],
    ]);
  });
  it('a 7-digit AGB (leading zero lost in Excel) gets its 0 back, with one warning', () => {
    const result = parseBiCsv('AGB;Jaar;BI\n4000001;2023;100\n4000002;2023;101\n', options);
    expect(result.rows.map((r) => r.agb)).toEqual(['04000001', '04000002']);
    expect(result.problemen).toEqual([
      expect.objectContaining({ plaats: 'rij 2', ernst: 'waarschuwing', melding: expect.stringContaining('In 2 rijen had de AGB-code 7 cijfers') }),
    ]);
  });
  it('a missing required column makes the file unreadable, naming the headers found', () => {
    const result = parseBiCsv('AGB;Naam;Jaar\n04000001;A;2023\n', options);
    expect(result.leesbaar).toBe(false);
    expect(result.problemen[0].melding).toBe("Geen kolom voor BehandelIndex gevonden; gevonden kopjes: 'AGB', 'Naam', 'Jaar'.");
  });
  it('parse never throws on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const result = parseBiCsv(text, options);
        return Array.isArray(result.rows) && Array.isArray(result.problemen);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.boolean()), { maxLength: 7 }), { maxLength: 20 }), (records) => {
        const result = parseBiRecords([['AGB', 'Naam', 'Jaar', 'BI', 'Aantal', 'Ondergrens'], ...records], options);
        return result.leesbaar && result.rows.every((r) => /^\d{8}$/.test(r.agb));
      }),
    );
  });
});

describe('bytes: CSV in UTF-8 or Windows-1252, XLSX', () => {
  it('parse never throws on random bytes (also when they start like a zip)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.boolean(), async (random, zip) => {
        const bytes = zip ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...random]) : random;
        const result = await parseBiBytes(bytes, options);
        return Array.isArray(result.rows) && (result.leesbaar || result.problemen.length > 0);
      }),
      { numRuns: 60 },
    );
  });
  it('Windows-1252 "patiënten" header is read', async () => {
    const bytes = iconv.encode('AGB;Jaar;BI;Aantal patiënten\r\n04000001;2023;100,5;20\r\n', 'win1252');
    const result = await parseBiBytes(bytes, options);
    expect(result.kopjes).toContain('Aantal patiënten');
    expect(result.rows[0]).toMatchObject({ bi: 100.5, patienten: 20 });
  });
  it('an .xlsx: numbers stay numbers, a numeric AGB cell gets its leading zero, the BI sheet is found', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Toelichting').addRow(['Bron: fictief']);
    const sheet = workbook.addWorksheet('Data');
    sheet.addRow(['AGB-code', 'Praktijknaam', 'Jaar', 'BI', 'Aantal patiënten']);
    sheet.addRow([4000001, 'Fysio De Linde', 2023, 101.5, 45]);
    sheet.addRow(['04000002', { richText: [{ text: 'Fysio ' }, { text: 'Het Anker' }] }, 2023, { formula: 'B1', result: 97.25 }, 30]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const result = await parseBiBytes(bytes, { bestand: 'bi.xlsx' });
    expect(result.rows).toEqual([
      { agb: '04000001', naam: 'Fysio De Linde', jaar: 2023, bi: 101.5, patienten: 45, plaats: 'rij 2' },
      { agb: '04000002', naam: 'Fysio Het Anker', jaar: 2023, bi: 97.25, patienten: 30, plaats: 'rij 3' },
    ]);
  });
  it('a broken .xlsx and an old .xls are unreadable, with a Dutch reason', async () => {
    const broken = await parseBiBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), { bestand: 'kapot.xlsx' });
    expect(broken.leesbaar).toBe(false);
    expect(broken.problemen[0].melding).toMatch(/^Het bestand kan niet worden gelezen: geen geldig zip-archief \(afgebroken of beschadigd\)/);
    const xls = await parseBiBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), { bestand: 'oud.xls' });
    expect(xls.problemen[0].melding).toContain('oud Office-formaat (.xls/.doc)');
  });
});

describe("the add-in's own table (2-D values)", () => {
  it('rows are numbered as on the sheet and chosen columns override the guess', () => {
    const values = [
      ['Code', 'Wie', 'Periode', 'Score'],
      ['04000001', 'A', 2023, 99],
      ['04000002', 'B', 2023, ''],
    ];
    const result = parseBiRecords(values, { bestand: 'Tabel BI', kopRij: 5, kolommen: { agb: 0, naam: 1, jaar: 2, bi: 3 } });
    expect(result.rows).toEqual([
      { agb: '04000001', naam: 'A', jaar: 2023, bi: 99, plaats: 'rij 6' },
      { agb: '04000002', naam: 'B', jaar: 2023, bi: null, plaats: 'rij 7' },
    ]);
  });
});
