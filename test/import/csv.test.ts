import iconv from 'iconv-lite';
import { decodeText, detectDelimiter, importCsv } from '../../src/import/csv';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('CSV as Dutch Excel and portals write it', () => {
  it('detects ; or , from the header line, ignoring separators inside quotes', () => {
    expect(detectDelimiter('id;naamInitiatief;"a,b,c"\n1;2;3')).toBe(';');
    expect(detectDelimiter('id,naamInitiatief,"a;b"\n1,2,3')).toBe(',');
    expect(detectDelimiter('id\tnaam\n')).toBe('\t');
  });

  it('UTF-8 with BOM, UTF-8 without, and Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(utf8('\ufeffCoöperatie € 5'))).toEqual({ text: 'Coöperatie € 5', encoding: 'UTF-8' });
    expect(decodeText(utf8('Coöperatie € 5'))).toEqual({ text: 'Coöperatie € 5', encoding: 'UTF-8' });
    // In Windows-1252 ö is 0xF6, € is 0x80 and ’ is 0x92.
    expect(decodeText(new Uint8Array(iconv.encode('Coöperatie € 5 ’s-Gravenland', 'win1252')))).toEqual({ text: 'Coöperatie € 5 ’s-Gravenland', encoding: 'Windows-1252' });
  });

  it('a U+FFFD written in a UTF-8 file is text; a broken byte makes the file Windows-1252', () => {
    expect(decodeText(utf8('Co\ufffdperatie € 5'))).toEqual({ text: 'Co\ufffdperatie € 5', encoding: 'UTF-8' });
    const broken = new Uint8Array([...utf8('Co'), 0xf6, ...utf8('peratie')]);
    expect(decodeText(broken)).toEqual({ text: 'Coöperatie', encoding: 'Windows-1252' });
    expect(decodeText(new Uint8Array([...utf8('\ufffd'), 0xf6]))).toEqual({ text: 'ï¿½ö', encoding: 'Windows-1252' });
  });

  it('"sep=," on the first line (Excel\'s hint) sets the separator', () => {
    const { applications, problems } = importCsv('a.csv', utf8('sep=,\nid,naamInitiatief,omvangDoelgroep\nA-1,"Samen; sterk",1.250\n'));
    expect(problems).toEqual([]);
    expect(applications).toEqual([{ id: 'A-1', naamInitiatief: 'Samen; sterk', omvangDoelgroep: 1250 }]);
  });

  it('a quoted value may hold the separator and new lines', () => {
    const { applications, problems } = importCsv('a.csv', utf8('id;achtergrond;klantgroepen\nA-1;"Regel een;\nregel twee";"kwetsbare ouderen; COPD"\n'));
    expect(problems).toEqual([]);
    expect(applications[0]).toEqual({ id: 'A-1', achtergrond: 'Regel een;\nregel twee', klantgroepen: ['kwetsbare ouderen', 'COPD'] });
  });

  it('values past the last header are kept under "kolom …" and reported; a row number counts like a spreadsheet', () => {
    const { applications, problems } = importCsv('a.csv', utf8('id;naamInitiatief\n\nA-1;Samen;vergeten kolom\n'));
    expect(applications[0]).toEqual({ id: 'A-1', naamInitiatief: 'Samen', extra: { 'kolom C': 'vergeten kolom' } });
    expect(problems).toEqual([{ bestand: 'a.csv', plaats: 'rij 3', veld: '', melding: "1 waarde(n) voorbij de laatste kolom van de kopregel; bewaard bij 'extra' als 'kolom …'", ernst: 'waarschuwing' }]);
  });

  it('an unclosed quote is reported, the rest is still read', () => {
    const { applications, problems } = importCsv('a.csv', utf8('id;naamInitiatief\nA-1;"Samen\n'));
    expect(applications.map((a) => a.id)).toEqual(['A-1']);
    expect(problems.map((p) => p.melding)).toContain('een aanhalingsteken (") wordt niet gesloten; de rest van het bestand kan verschoven zijn');
  });

  it('a file without a single known column imports nothing and says why', () => {
    const { applications, problems } = importCsv('boodschappen.csv', utf8('artikel;aantal\nmelk;2\n'));
    expect(applications).toEqual([]);
    expect(problems).toEqual([{ bestand: 'boodschappen.csv', plaats: 'kopregel', veld: '', melding: 'niets ingelezen: geen bekende kolommen (verwacht bijvoorbeeld id, naamInitiatief, kvkNummer)', ernst: 'fout' }]);
  });

  it('two rows with the same id: both kept, the second renamed and reported', () => {
    const { applications, problems } = importCsv('a.csv', utf8('id;naamInitiatief\nA-1;Eerste\nA-1;Tweede\n'));
    expect(applications.map((a) => [a.id, a.naamInitiatief])).toEqual([['A-1', 'Eerste'], ['A-1-2', 'Tweede']]);
    expect(problems).toEqual([{ bestand: 'a.csv', plaats: 'rij 3', veld: 'id', melding: "id 'A-1' staat ook op rij 2; deze aanvraag krijgt id 'A-1-2'", ernst: 'waarschuwing' }]);
  });
});
