import { fromCell, isoToSerial, MAX_CELL_CHARS, serialToIso, toCell } from '../../src/workbook/cells';

describe('cell values per column kind', () => {
  it('dates are Excel serial numbers: 1 April 2021 is 44287, 31 December 2022 is 44926', () => {
    // Excel: =DATE(2021;4;1) → 44287 and =DATE(2022;12;31) → 44926 in General format.
    expect(isoToSerial('2021-04-01')).toBe(44287);
    expect(isoToSerial('2022-12-31')).toBe(44926);
    expect(serialToIso(44926)).toBe('2022-12-31');
    expect(isoToSerial('2022-02-30')).toBeNull();
  });

  it('booleans are written ja/nee and read back from ja/nee, WAAR/ONWAAR or TRUE/FALSE', () => {
    expect(toCell('boolean', true)).toEqual({ value: 'ja', numberFormat: '@' });
    expect(fromCell('boolean', 'nee')).toBe(false);
    expect(fromCell('boolean', true)).toBe(true);
    expect(fromCell('boolean', 'misschien')).toBe('misschien');
  });

  it('euros read back from Dutch notation; an empty cell is undefined, not 0', () => {
    expect(fromCell('euro', '€ 1.234,50')).toBe(1234.5);
    expect(fromCell('euro', 1234.5)).toBe(1234.5);
    expect(fromCell('number', '')).toBeUndefined();
  });

  it('text longer than Excel allows in a cell is shortened and marked, never dropped', () => {
    const cell = toCell('text', 'x'.repeat(MAX_CELL_CHARS + 10));
    expect(cell.truncated).toBe(true);
    expect(String(cell.value)).toHaveLength(MAX_CELL_CHARS);
    expect(String(cell.value).endsWith('…')).toBe(true);
  });
});
