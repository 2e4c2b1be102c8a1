import fc from 'fast-check';
import { excelSerialToIso, parseAmount, parseChoiceList, parseCount, parseDate, parseText, parseYesNo, plainAmount, plainIsoDate } from '../../src/import/values';
import { CLIENT_GROUP_CHOICES } from '../../src/import/columns';

describe('amounts as Dutch teams write them', () => {
  it.each([
    ['€ 12.500,00', 12500],
    ['12.500', 12500], // a dot followed by three digits is a thousands dot
    ['12,5', 12.5], // a lone comma is the decimal comma
    ['1.234.567,89', 1234567.89],
    ['€12.500,-', 12500],
    ['-1.250,50', -1250.5],
    ['€ -750', -750],
    ['(750)', -750], // accountants' negative
    ['12,500.75', 12500.75], // English export: the last separator is the decimal one
    ['1234.56', 1234.56],
    ['EUR 300', 300],
    [' 45 000 ', 45000], // space as thousands separator
    [42, 42],
  ])('%p → %p', (input, expected) => {
    expect(parseAmount(input)).toEqual({ ok: true, value: expected });
  });

  it.each(['twaalf', '12,5,0', '1.2.3,4,5', '€', '12a'])('%p is no amount, and the message quotes it', (input) => {
    const result = parseAmount(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.melding).toContain(`'${input}'`);
  });

  it('blank and n.v.t. are "not filled in", not an error', () => {
    expect(parseAmount('')).toEqual({ ok: true, value: undefined });
    expect(parseAmount('n.v.t.')).toEqual({ ok: true, value: undefined });
  });

  it('a count is a whole, non-negative number: "1.250" ZK clients is 1250', () => {
    expect(parseCount('1.250')).toEqual({ ok: true, value: 1250 });
    expect(parseCount('749')).toEqual({ ok: true, value: 749 });
    expect(parseCount('-3').ok).toBe(false);
    expect(parseCount('2,5').ok).toBe(false);
  });
});

describe('dates', () => {
  it.each([
    ['1-4-2021', '2021-04-01'],
    ['01-04-2021', '2021-04-01'],
    ['2021-04-01', '2021-04-01'],
    ['1 april 2021', '2021-04-01'],
    ['31 december 2022', '2022-12-31'],
    ['1 apr. 2021', '2021-04-01'],
    ['donderdag 1 april 2021', '2021-04-01'],
    ['1/4/2021', '2021-04-01'],
    ['2021-04-01T00:00:00Z', '2021-04-01'],
    ['44287', '2021-04-01'], // an Excel serial written out as text
  ])('%p → %p', (input, expected) => {
    expect(parseDate(input)).toEqual({ ok: true, value: expected });
  });

  it('Excel serial numbers use the 1900 date system, including its fake 29 February 1900', () => {
    // Values checked in a spreadsheet program: =DATE(2021;4;1) is 44287, =DATE(2022;12;31) is 44926.
    expect(excelSerialToIso(44287)).toBe('2021-04-01');
    expect(excelSerialToIso(44926)).toBe('2022-12-31');
    expect(excelSerialToIso(1)).toBe('1900-01-01');
    expect(excelSerialToIso(59)).toBe('1900-02-28');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(60)).toBeUndefined();
    expect(parseDate(44287)).toEqual({ ok: true, value: '2021-04-01' });
  });

  it('a date cell from a workbook (UTC midnight) keeps its day', () => {
    expect(parseDate(new Date(Date.UTC(2022, 11, 31)))).toEqual({ ok: true, value: '2022-12-31' });
  });

  it.each(['31-02-2021', '32-13-2021', '2021-13-01', 'volgend jaar', '1 brumaire 2021'])('%p is no date', (input) => {
    const result = parseDate(input);
    expect(result).toEqual({ ok: false, melding: `'${input}' is geen geldige datum (verwacht bijvoorbeeld 1-4-2021 of 2021-04-01)` });
  });
});

describe('yes/no', () => {
  it.each([
    ['ja', true], ['Ja', true], ['j', true], ['x', true], ['waar', true], ['WAAR', true], ['TRUE', true], [true, true], [1, true],
    ['nee', false], ['n', false], ['onwaar', false], ['ONWAAR', false], ['FALSE', false], [false, false], [0, false],
  ])('%p → %p', (input, expected) => {
    expect(parseYesNo(input)).toEqual({ ok: true, value: expected });
  });
  it('"misschien" is neither', () => {
    expect(parseYesNo('misschien')).toEqual({ ok: false, melding: "'misschien' is geen ja of nee" });
  });
});

describe('lists', () => {
  it('"kwetsbare ouderen; COPD" gives both client groups, tolerant of case and wording', () => {
    expect(parseChoiceList('kwetsbare ouderen; COPD', CLIENT_GROUP_CHOICES, 'klantgroep')).toEqual({ ok: true, value: ['kwetsbare ouderen', 'COPD'] });
    expect(parseChoiceList('Kwetsbare Ouderen, mensen met kanker', CLIENT_GROUP_CHOICES, 'klantgroep')).toEqual({ ok: true, value: ['kwetsbare ouderen', 'kanker'] });
  });
  it('an unknown item is named, and the known ones are kept', () => {
    expect(parseChoiceList('COPD; diabetes', CLIENT_GROUP_CHOICES, 'klantgroep')).toEqual({
      ok: false,
      melding: "'diabetes' is geen bekende klantgroep (kies uit: kwetsbare ouderen, COPD, kanker)",
      partial: ['COPD'],
    });
  });
});

describe('text stays text', () => {
  it.each(['=HYPERLINK("http://x","klik")', '+31 6 12345678', '-1', '@SUM(A1)', '0012'])('%p is kept literally', (input) => {
    expect(parseText(input)).toEqual({ ok: true, value: input });
  });
  it('an 8-digit number cell becomes its digits, not 1.2e7', () => {
    expect(parseText(12345678)).toEqual({ ok: true, value: '12345678' });
  });
});

describe('properties', () => {
  const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

  it('every amount written the Dutch way ("€ 1.234.567,89", "-1.250,5") reads back as the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), fc.boolean(), fc.boolean(), (cents, euroSign, thousands) => {
        const abs = Math.abs(cents);
        const whole = String(Math.floor(abs / 100));
        const grouped = thousands ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : whole;
        const text = `${cents < 0 ? '-' : ''}${euroSign ? '€ ' : ''}${grouped},${String(abs % 100).padStart(2, '0')}`;
        expect(parseAmount(text)).toEqual({ ok: true, value: cents / 100 });
      }),
    );
  });

  it('every date reads the same in each Dutch spelling and as an Excel serial number', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true }), (date) => {
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        // Serial 61 is 1 March 1900; from there one serial per day (hand-checked: 44287 = 2021-04-01).
        const serial = 61 + Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1900, 2, 1)) / 86_400_000);
        for (const text of [iso, `${d}-${m}-${y}`, `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`, `${d} ${MONTHS[m - 1]} ${y}`, `${d}/${m}/${y}`]) {
          expect(parseDate(text)).toEqual({ ok: true, value: iso });
        }
        expect(parseDate(serial)).toEqual({ ok: true, value: iso });
      }),
    );
  });
});

describe('the fast readers of plain cells answer what the full parsers answer', () => {
  const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
  const amountLike = fc.oneof(
    digits(0, 17),
    fc.tuple(digits(0, 17), fc.constantFrom(',', '.', ',,', ' '), digits(0, 17)).map(([a, sep, b]) => `${a}${sep}${b}`),
    fc.string(),
    fc.constantFrom('0', '00', '-1', '+1', '1e3', ' 1', '1 ', '١٢', '９', '999999999999999', '9999999999999999', '123,456789012345678'),
  );

  it('plainAmount: the number of a cell of 1–15 digits with at most a decimal comma and 1–15 decimals, else undefined', () => {
    fc.assert(
      fc.property(amountLike, (text) => {
        const expected = /^[0-9]{1,15}(,[0-9]{1,15})?$/.test(text) ? Number(text.replace(',', '.')) : undefined;
        expect(plainAmount(text)).toBe(expected);
        // Where it answers, parseAmount answers the same number.
        if (expected !== undefined) expect(parseAmount(text)).toEqual({ ok: true, value: expected });
      }),
      { numRuns: 3000 },
    );
  });

  it('plainIsoDate: true exactly for a yyyy-mm-dd cell that parseDate keeps as written', () => {
    const dateLike = fc.oneof(
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      fc.string({ minLength: 10, maxLength: 10 }),
      fc.constantFrom('2021-04-01', '2020-02-29', '2021-02-29', '1900-02-29', '2000-02-29', '2200-12-31', '2201-01-01', '1899-12-31', '2021-4-01x', '2021/04/01'),
    );
    fc.assert(
      fc.property(dateLike, (text) => {
        const parsed = parseDate(text);
        expect(plainIsoDate(text)).toBe(parsed.ok && parsed.value === text);
      }),
      { numRuns: 3000 },
    );
  });
});
