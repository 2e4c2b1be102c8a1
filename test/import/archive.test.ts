import fc from 'fast-check';
import { countCells } from '../../src/import/archive';

/**
 * What a cell tag is, written as a pattern: `<`, an optional namespace prefix of up to 11
 * characters other than `:`, space, `>` and `/`, then `c` and a character that ends the name.
 */
const CELL = /<(?:[^: >/]{0,11}:)?c[ >/\t\n\r]/y;

function cellsByPattern(text: string): number {
  let n = 0;
  for (let i = 0; i + 2 < text.length; i++) {
    if (text[i] !== '<') continue;
    CELL.lastIndex = i;
    if (CELL.test(text)) n++;
  }
  return n;
}

const bytes = (text: string) => new TextEncoder().encode(text);

describe('countCells', () => {
  it('counts the cells of worksheet XML, with and without a namespace prefix', () => {
    const xml = '<?xml version="1.0"?><worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1"/><x:c r="C1">\n</x:c><col/><cols></cols></row></sheetData></worksheet>';
    expect(countCells(bytes(xml))).toBe(3);
    expect(countCells(bytes('<c>'))).toBe(1);
    expect(countCells(bytes('<c'))).toBe(0);
    expect(countCells(bytes('<abcdefghijk:c>'))).toBe(1);
    expect(countCells(bytes('<abcdefghijkl:c>'))).toBe(0);
  });

  it('agrees with the pattern on any text made of the characters that matter', () => {
    const text = fc.array(fc.constantFrom('<', 'c', ':', ' ', '>', '/', '\t', '\n', 'x', 'ab', '<c ', '</c>', '<x:c>'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(countCells(bytes(t))).toBe(cellsByPattern(t));
      }),
      { numRuns: 3000 },
    );
  });
});
