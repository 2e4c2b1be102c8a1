import fc from 'fast-check';
import { readAmount, readDecimal, readInteger } from '../../src/rules/dutch-number';

// Expected values are how a Dutch reader (and Excel with nl-NL settings) reads the text.
describe('readAmount: euro amounts with thousands separators', () => {
  it.each<[string, number | undefined]>([
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['3,75', 3.75],
    ['-2', -2],
    ['€ -1.000,00', -1000],
    ['€ 12.345,67', 12345.67],
    ['12,345.67', 12345.67],
    ['EUR 12.500,-', 12500],
    ['(750)', -750],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    // Ambiguous: a comma alone is the Dutch decimal comma, a dot before three digits a thousands dot.
    ['12,345', 12.345],
    ['12.345', 12345],
    ['1.2.3', undefined],
    ['', undefined],
    ['€', undefined],
    ['12a', undefined],
    ['1.23,4', undefined],
    ['1,23.4', undefined],
  ])('%p → %p', (text, expected) => {
    expect(readAmount(text)).toBe(expected);
  });
});

describe('readDecimal: a plain decimal with comma or dot', () => {
  it.each<[string, number | undefined]>([
    ['3,5', 3.5],
    ['3.5', 3.5],
    ['3,75', 3.75],
    ['-2', -2],
    [' 7 ', 7],
    // Ambiguous: scores and weights have decimals and no thousands, so both read as 12.345.
    ['12,345', 12.345],
    ['12.345', 12.345],
    ['1.234,5', undefined],
    ['1.2.3', undefined],
    ['', undefined],
    ['1e3', 1000],
    ['1,5E-3', 0.0015],
    ['e3', undefined],
    ['0x10', undefined],
    ['€ 3', undefined],
    ['3,', undefined],
  ])('%p → %p', (text, expected) => {
    expect(readDecimal(text)).toBe(expected);
  });
});

describe('readInteger: whole numbers, thousands dots allowed', () => {
  it.each<[string, number | undefined]>([
    ['12', 12],
    ['-2', -2],
    ['1.250', 1250],
    ['1.234.567', 1234567],
    // Ambiguous: the comma is a decimal comma, so 12,345 is no whole number.
    ['12,345', undefined],
    ['2,5', undefined],
    ['1.2.3', undefined],
    ['12.34', undefined],
    ['', undefined],
    ['99999999999999999999', undefined],
  ])('%p → %p', (text, expected) => {
    expect(readInteger(text)).toBe(expected);
  });
});

/** Writes cents the way a Dutch spreadsheet shows them: "-1.234.567,89". */
function dutchAmount(cents: number, euro: boolean): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, '.');
  const text = `${sign}${whole},${String(abs % 100).padStart(2, '0')}`;
  return euro ? `€ ${text}` : text;
}

describe('a number written the Dutch way reads back', () => {
  it('amounts in cents, with and without €', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.boolean(), (cents, euro) => {
        expect(readAmount(dutchAmount(cents, euro))).toBe(cents / 100);
      }),
    );
  });
  it('whole numbers with thousands dots', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (n) => {
        const text = `${n < 0 ? '-' : ''}${String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, '.')}`;
        expect(readInteger(text)).toBe(n);
        expect(readAmount(text)).toBe(n);
      }),
    );
  });
  it('decimals with a comma', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 9999 }), (whole, frac) => {
        const digits = String(frac).padStart(4, '0');
        const text = `${whole},${digits}`;
        expect(readDecimal(text)).toBe(Number(`${whole}.${digits}`));
      }),
    );
  });
});
