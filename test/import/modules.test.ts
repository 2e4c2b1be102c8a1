import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { parseMonthList } from '../../src/import/module-months';
import { readModuleFiles } from '../../src/import/modules';
import { emptyPraktijk } from '../../src/rules/modules/records';

const utf8 = (text: string) => new TextEncoder().encode(text);

const P_HEADER = 'AGB-code praktijk;Praktijknaam;Ingeschreven sinds;Status in register;Vektis;Maanden data aangeleverd';
const T_HEADER = 'AGB-code praktijk;Naam;Functie;Peer reviews met \'inzicht in data verzamelen\';MDS COPD';

describe('practice and therapist files as CSV', () => {
  it('reads Dutch dates, ja/nee, choices and month ranges into the records; an empty cell is null', async () => {
    const r = await readModuleFiles([
      { bestand: 'praktijken.csv', bytes: utf8(`${P_HEADER}\n01234567;De Linde;1-3-2024;aspirant deelnemer;ja;2024-03 t/m 2024-05\n07654321;Het Anker;;deelnemer;;geen\n`) },
      { bestand: 'therapeuten.csv', bytes: utf8(`${T_HEADER}\n01234567;Anna;fysio;4;nee\n`) },
    ]);
    expect(r.problemen).toEqual([]);
    expect(r.praktijken[0]).toMatchObject({ agb: '01234567', naam: 'De Linde', ingeschrevenSinds: '2024-03-01', registerStatus: 'aspirant', vektis: true, aanleverMaanden: ['2024-03', '2024-04', '2024-05'] });
    expect(r.praktijken[1]).toMatchObject({ ingeschrevenSinds: null, vektis: null, aanleverMaanden: [], wtza: null });
    expect(r.therapeuten).toEqual([expect.objectContaining({ praktijkAgb: '01234567', naam: 'Anna', functie: 'fysiotherapeut', peerReviewsMetData: 4, mdsCopd: false, prem: null })]);
    expect(r.tabellen.map((t) => t.soort)).toEqual(['praktijken', 'therapeuten']);
  });

  it('comma-separated Windows-1252 (an é is byte 0xE9)', async () => {
    const bytes = new Uint8Array(iconv.encode('AGB-code praktijk,Praktijknaam,Wtza\n01234567,Fysio Café,nee\n', 'win1252'));
    const r = await readModuleFiles([{ bestand: 'p.csv', bytes }]);
    expect(r.praktijken[0]).toMatchObject({ naam: 'Fysio Café', wtza: false });
  });

  it('every bad value becomes null with a problem naming file, cell and column; the rest of the row is kept', async () => {
    const r = await readModuleFiles([{ bestand: 'p.csv', bytes: utf8(`${P_HEADER}\n01234567;De Linde;31-2-2024;misschien;jaa;2024-13\n`) }]);
    expect(r.praktijken).toHaveLength(1);
    expect(r.praktijken[0]).toMatchObject({ naam: 'De Linde', ingeschrevenSinds: null, registerStatus: null, vektis: null, aanleverMaanden: null });
    expect(r.problemen.map((p) => [p.bestand, p.plaats, p.veld])).toEqual([
      ['p.csv', 'rij 2 kolom C', 'Ingeschreven sinds'],
      ['p.csv', 'rij 2 kolom D', 'Status in register'],
      ['p.csv', 'rij 2 kolom E', 'Declareren via Vektis-standaard'],
      ['p.csv', 'rij 2 kolom F', 'Maanden data aangeleverd'],
    ]);
    expect(r.problemen[0]!.melding).toBe("'31-2-2024' is geen geldige datum (verwacht bijvoorbeeld 1-4-2021 of 2021-04-01); telt als onbekend");
    expect(r.leesbaar).toBe(true);
  });

  it('a row without a valid AGB code is skipped with a problem; a 7-digit code gets its leading zero back', async () => {
    const r = await readModuleFiles([{ bestand: 'p.csv', bytes: utf8(`AGB-code praktijk;Praktijknaam\n1234567;Zonder nul\n12AB;Kapot\n;Leeg\n`) }]);
    expect(r.praktijken.map((p) => p.agb)).toEqual(['01234567']);
    expect(r.problemen.map((p) => [p.plaats, p.ernst])).toEqual([
      ['rij 3 kolom A', 'fout'],
      ['rij 4 kolom A', 'fout'],
      ['rij 2 kolom A', 'waarschuwing'],
    ]);
  });

  it('an unknown column is reported, not silently dropped', async () => {
    const r = await readModuleFiles([{ bestand: 'p.csv', bytes: utf8('AGB-code praktijk;Praktijknaam;Opmerking\n01234567;De Linde;bellen\n') }]);
    expect(r.problemen).toEqual([expect.objectContaining({ plaats: 'rij 1 kolom C', veld: 'Opmerking', ernst: 'waarschuwing' })]);
  });

  it('a file without the AGB column cannot be read (exit 2 before anything is written)', async () => {
    const r = await readModuleFiles([{ bestand: 't.csv', bytes: utf8('Naam;Functie;MDS COPD\nAnna;fysiotherapeut;ja\n'), verwacht: 'therapeuten' }]);
    expect(r.leesbaar).toBe(false);
    expect(r.problemen[0]).toMatchObject({ veld: 'AGB-code praktijk', melding: expect.stringContaining('ontbreekt') });
  });

  it('a PDF given as practice file is refused with a Dutch message', async () => {
    const r = await readModuleFiles([{ bestand: 'p.csv', bytes: utf8('%PDF-1.4 …') }]);
    expect(r.leesbaar).toBe(false);
    expect(r.problemen[0]!.melding).toMatch(/^het bestand kan niet worden gelezen: /);
  });
});

describe('one workbook with the sheets Praktijken and Therapeuten', () => {
  it('reads both sheets and names cells as Blad!A1', async () => {
    const wb = new ExcelJS.Workbook();
    const p = wb.addWorksheet('Praktijken');
    p.addRow(['AGB-code praktijk', 'Praktijknaam', 'Datum laatste visitatie', 'Wtza']);
    p.addRow(['01234567', 'De Linde', new Date(Date.UTC(2023, 2, 1)), true]);
    p.addRow(['07654321', 'Het Anker', 'gisteren', 'nee']);
    const t = wb.addWorksheet('Therapeuten');
    t.addRow(['AGB-code praktijk', 'Naam', 'Peer reviews']);
    t.addRow([1234567, 'Anna', 4]);
    const r = await readModuleFiles([{ bestand: 'modules.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) }]);
    expect(r.praktijken.map((x) => [x.agb, x.laatsteVisitatie, x.wtza])).toEqual([['01234567', '2023-03-01', true], ['07654321', null, false]]);
    expect(r.therapeuten).toEqual([expect.objectContaining({ praktijkAgb: '01234567', peerReviews: 4 })]);
    expect(r.problemen.map((x) => [x.plaats, x.veld])).toEqual([
      ['Praktijken!C3', 'Datum laatste visitatie'],
      ['Therapeuten!A2', 'AGB-code'],
    ]);
  });
});

describe('months with data: "maandelijks"', () => {
  it.each([
    ['2024-03; 2024-04', ['2024-03', '2024-04']],
    ['3-2024, 04/2024', ['2024-03', '2024-04']],
    ['maart 2024; apr. 2024', ['2024-03', '2024-04']],
    ['2024-11 t/m 2025-02', ['2024-11', '2024-12', '2025-01', '2025-02']],
    ['geen', []],
  ])('%s', (text, months) => {
    expect(parseMonthList(text)).toEqual({ ok: true, value: months });
  });
  it('an unreadable part makes the whole list unknown, with the part quoted', () => {
    expect(parseMonthList('2024-03; voorjaar')).toMatchObject({ ok: false, melding: expect.stringContaining("'voorjaar' is geen maand") });
  });
  it('an empty cell is unknown (undefined), not an empty list', () => {
    expect(parseMonthList('')).toEqual({ ok: true, value: undefined });
  });
});

it('an empty practice has every condition field null', () => {
  const p = emptyPraktijk('01234567', 'X');
  expect(Object.entries(p).filter(([k, v]) => !['agb', 'naam'].includes(k) && v !== null)).toEqual([]);
});
