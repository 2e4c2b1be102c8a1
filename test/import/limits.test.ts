import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { importFile } from '../../src/import';
import { MAX_FILE_BYTES, MAX_ROWS } from '../../src/import/limits';

describe('limits: refused whole, with a message, nothing half-imported', () => {
  it('a file above 20 MB', async () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1).fill(0x3b);
    const result = await importFile('groot.csv', bytes);
    expect(result.applications).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ bestand: 'groot.csv', melding: expect.stringMatching(/groter dan de grens van 20 MB; er is niets ingelezen/) })]);
  });

  it(`a CSV with more than ${MAX_ROWS} rows`, async () => {
    const text = 'id;naamInitiatief\n' + Array.from({ length: MAX_ROWS + 1 }, (_, i) => `A-${i};Plan ${i}`).join('\n');
    const result = await importFile('lang.csv', new TextEncoder().encode(text));
    expect(result.applications).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ melding: `het bestand heeft ${MAX_ROWS + 1} rijen, meer dan de grens van ${MAX_ROWS}; er is niets ingelezen` })]);
  });

  it(`a workbook with a sheet of more than ${MAX_ROWS} rows: the whole workbook is refused`, async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Aanvragen').addRows([['id', 'naamInitiatief'], ['A-1', 'Klein']]);
    workbook.addWorksheet('Deelnemers').addRows([['aanvraagId', 'praktijknaam'], ...Array.from({ length: MAX_ROWS + 1 }, (_, i) => ['A-1', `Praktijk ${i}`])]);
    const result = await importFile('groot.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(result.applications).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ melding: `het blad Deelnemers heeft ${MAX_ROWS + 1} rijen, meer dan de grens van ${MAX_ROWS}; er is niets ingelezen` })]);
  }, 60_000);

  it('exactly the limit is still read', async () => {
    const text = 'id;naamInitiatief\n' + Array.from({ length: MAX_ROWS }, (_, i) => `A-${i};Plan ${i}`).join('\n');
    const result = await importFile('net.csv', new TextEncoder().encode(text));
    expect(result.applications).toHaveLength(MAX_ROWS);
  });

  it('an archive whose entries unpack above 100 MB (a zip bomb) is refused before parsing', async () => {
    const zip = new JSZip();
    // 110 MB of zeros compresses to about 100 kB.
    zip.file('xl/worksheets/sheet1.xml', new Uint8Array(110 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(bytes.byteLength).toBeLessThan(MAX_FILE_BYTES);
    for (const name of ['bom.xlsx', 'bom.docx']) {
      const result = await importFile(name, bytes);
      expect(result.applications).toEqual([]);
      expect(result.problems).toEqual([expect.objectContaining({ melding: expect.stringMatching(/zegt uit te pakken tot 110 MB, meer dan de grens van 100 MB/) })]);
    }
  }, 60_000);

  it('old binary formats are named, not guessed at', async () => {
    const result = await importFile('oud.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    expect(result.problems[0].melding).toMatch(/^oud Office-formaat \(\.xls\/\.doc\) of een met een wachtwoord beveiligd bestand; dat wordt niet gelezen/);
  });
});
