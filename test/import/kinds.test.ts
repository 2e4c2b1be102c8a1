import fc from 'fast-check';
import { KindProblem, readerOf, valueReaderOf, VALUE_KINDS } from '../../src/import/kinds';
import { UnreadableCell } from '../../src/import/values';

/**
 * The row importer reads cells with the value readers (bare values, a KindProblem only with a
 * message), which take shortcuts for the common string cell. They must answer exactly what the
 * full readers answer, for every kind and every cell: the full readers are the oracle here.
 */
const asResult = (read: unknown) => (read instanceof KindProblem ? { value: read.value, melding: read.melding } : { value: read });

const digits = (min: number, max: number) => fc.stringMatching(new RegExp(`^[0-9]{${min},${max}}$`));
/** Cells as CSV and Excel give them, with the near misses of every shortcut. */
const cell = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', 'ja', 'nee', 'Ja', ' ja', 'nee ', 'JA', 'j', 'n', 'true', '1', '0', '-0', '0,0', '1.000', '1.000,50', '12500', '12500,5', '12500,', ',5', '12500,50', '-12', '(750)', '€ 12.500,00', '12.500,-', '1e3', 'Infinity', 'NaN', '00012'),
  fc.constantFrom('2021-04-01', '2021-02-29', '2020-02-29', '2021-13-01', '2021-4-1', '01-04-2021', '1 april 2021', '2021-04-01T00:00', ' 2021-04-01', '2021-04-31', '0000-01-01'),
  fc.constantFrom('12345678', '1234567', '123456789', '04123456', '3511 AB', '3511AB', '3511 ab', '0511 AB', 'info@voorbeeld.nl', 'info@', '030-1234567', '+31 30 123 4567', '06-12345678', '12', '3511 SA', '3511 SB', '9999 ZZ', '1000 AA', '0301234567', '0-0123456789', '0-012345678', '00-12345678', '030-123-4567', '030--123456', '-0301234567', '0301234567-', '03012345678', '1234 aB'),
  digits(1, 10),
  // Shapes the readers' fast paths look at: phone numbers, postcodes, 8-digit codes.
  fc.stringMatching(/^0[0-9-]{8,11}$/),
  fc.stringMatching(/^[0-9]{4} [A-Za-z]{2}$/),
  fc.stringMatching(/^[0-9. -]{7,10}$/),
  // E-mail addresses and their near misses: capitals, spaces, two @, "..", a short or missing top-level part.
  fc.stringMatching(/^[a-zA-Z0-9.@ _-]{1,6}@?[a-z0-9.@-]{0,8}\.[a-zA-Z.@ ]{0,4}$/),
  fc.constantFrom('jan.jansen@praktijk.nl', 'Jan@praktijk.nl', 'a@b.nl', 'a@.nl', '@b.nl', 'a@b.n', 'a@b..nl', 'a..b@c.nl', 'a@b@c.nl', 'a@bnl', 'a@b.nl.', 'a@b.c.d', ' a@b.nl', 'a@b.nl ', 'a b@c.nl', 'é@b.nl', 'a@b.NL', 'a.@b.nl', '.a@b.nl', 'a@b-.nl', 'a\u00a0@b.nl'),
  fc.tuple(digits(1, 7), fc.constantFrom(',', '.'), digits(0, 3)).map(([a, sep, b]) => `${a}${sep}${b}`),
  fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom(null, undefined, new Date(Date.UTC(2021, 3, 1)), { tekst: 'object' }, ['a'], new UnreadableCell('cel kon niet worden gelezen', '#WAARDE!')),
);

describe('value readers answer what the full readers answer', () => {
  test.each(VALUE_KINDS)('%s', (kind) => {
    const fast = valueReaderOf(kind);
    const full = readerOf(kind);
    fc.assert(
      fc.property(cell, (value) => {
        const expected = full(value);
        const got = asResult(fast(value));
        expect(got).toEqual(expected.melding ? { value: expected.value, melding: expected.melding } : { value: expected.value });
        // toEqual takes 0 for −0: the value must be the same number.
        if (typeof expected.value === 'number') expect(Object.is(got.value, expected.value)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
