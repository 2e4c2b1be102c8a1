import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { loadApplications } from '../../src/cli/load-applications';

const samples = join(__dirname, '..', '..', 'samples', 'import');

function capture(cwd: string) {
  const io = { out: '', err: '', cwd };
  return { io: { out: (t: string) => (io.out += t), err: (t: string) => (io.err += t), cwd }, text: io };
}

jest.setTimeout(120_000);

describe('zk import', () => {
  it('reads every sample format and lists the problems; exit 1 because some applications are incomplete', async () => {
    const { io, text } = capture(samples);
    const code = await main(['import', 'aanvragen.json', 'aanvragen-excel-nl.csv', 'importwerkmap.xlsx', 'bijlage3-haarlem-slordig.docx'], io);
    expect(code).toBe(1);
    expect(text.out).toContain('10 aanvragen ingelezen');
    expect(text.out).toMatch(/C-03\s+Beweegkracht Den Helder\s+aanvragen-excel-nl\.csv\s+rij 4\s+3\s+onvolledig/);
    expect(text.err).toContain("aanvragen-excel-nl.csv  rij 4 kolom E (kvkNummer): '1234567' heeft 7 cijfers, verwacht 8");
    expect(text.err).toContain('zk import: 10 aanvragen ingelezen, waarvan 4 onvolledig');
  });

  it('--json gives applications, their origin and the problems; -o writes the applications', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zk-import-'));
    const { io, text } = capture(samples);
    const code = await main(['import', 'bijlage3-zeist-samen-sterk.docx', '--json', '-o', join(dir, 'uit.json')], io);
    expect(code).toBe(0);
    const parsed = JSON.parse(text.out);
    expect(parsed.aanvragen[0].naamInitiatief).toBe('Samen Sterk in Zeist');
    expect(parsed.herkomst[0]).toMatchObject({ bestand: 'bijlage3-zeist-samen-sterk.docx', onvolledig: false });
    expect(parsed.problemen).toEqual([]);
    const written = JSON.parse(readFileSync(join(dir, 'uit.json'), 'utf8'));
    expect(written).toEqual(parsed.aanvragen);
  });

  it('a missing file: Dutch message, the other files are still read, exit 2', async () => {
    const { io, text } = capture(samples);
    const code = await main(['import', 'bestaat-niet.csv', 'aanvragen.json'], io);
    expect(code).toBe(2);
    expect(text.out).toContain('3 aanvragen ingelezen');
    expect(text.err).toContain("zk import: kan 'bestaat-niet.csv' niet lezen: het bestand bestaat niet");
    expect(text.err).toContain("zk import: 3 aanvragen ingelezen, waarvan 1 onvolledig, 1 bestand niet te lezen ('bestaat-niet.csv')");
  });

  it('--bij: a newer version of a Word form updates the application in the list, keeps its id and reports each change', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zk-import-'));
    const first = capture(samples);
    await main(['import', 'aanvragen.json', 'bijlage3-zeist-samen-sterk.docx', '-o', join(dir, 'aanvragen.json')], first.io);
    // The team renamed the Word form's application and a newer version arrives as JSON with another id.
    const list = JSON.parse(readFileSync(join(dir, 'aanvragen.json'), 'utf8'));
    const zeist = list.find((a: { id: string }) => a.id === 'bijlage3-zeist-samen-sterk');
    writeFileSync(join(dir, 'nieuw.json'), JSON.stringify({ ...zeist, id: 'Z-2', aantalZkKlanten: 1300, mdoPerJaar: undefined }));
    const { io, text } = capture(dir);
    const code = await main(['import', 'nieuw.json', '--bij', 'aanvragen.json', '-o', 'samen.json'], io);
    expect(code).toBe(0);
    expect(text.out).toContain('Z-2 → bijlage3-zeist-samen-sterk');
    expect(text.out).toContain('Samengevoegd met aanvragen.json: 1 bijgewerkt, 0 nieuw, 1 wijziging(en)');
    expect(text.out).toContain("aanvraag bijlage3-zeist-samen-sterk: aantalZkKlanten gewijzigd van '1200' naar '1300'");
    const merged = JSON.parse(readFileSync(join(dir, 'samen.json'), 'utf8'));
    expect(merged.map((a: { id: string }) => a.id)).toEqual(list.map((a: { id: string }) => a.id));
    expect(merged.find((a: { id: string }) => a.id === 'bijlage3-zeist-samen-sterk')).toMatchObject({ aantalZkKlanten: 1300, mdoPerJaar: 6 });
  });

  it('without a file: usage on stderr, exit 2', async () => {
    const { io, text } = capture(samples);
    expect(await main(['import'], io)).toBe(2);
    expect(text.err).toContain('geen bestand opgegeven');
  });

  it('loadApplications joins a Deelnemers CSV to the Aanvragen CSV by aanvraagId', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zk-import-'));
    writeFileSync(join(dir, 'aanvragen.csv'), 'id;naamInitiatief;kvkNummer\nA-1;Samen;12345678\nA-2;Anders;87654321\n');
    writeFileSync(join(dir, 'deelnemers.csv'), 'aanvraagId;praktijknaam;agb;discipline;Opmerking\nA-1;Fysio A;04012345;fysiotherapie;\nA-1;Huisarts B;01012345;huisartsenzorg;nieuw lid\nA-2;Ergo C;2601234;ergotherapie;\n');
    const result = await loadApplications(['aanvragen.csv', 'deelnemers.csv'], dir);
    expect(result.applications.map((a) => a.deelnemers?.map((d) => d.praktijknaam))).toEqual([['Fysio A', 'Huisarts B'], ['Ergo C']]);
    // An unknown column of the participant table is kept with the application, numbered like the CSV columns.
    expect(result.applications[0].extra).toEqual({ deelnemer2_Opmerking: 'nieuw lid' });
    expect(result.problems).toEqual([
      { bestand: 'deelnemers.csv', plaats: 'kopregel', veld: 'Opmerking', melding: "onbekende kolom 'Opmerking' in tabel deelnemers: de waarden staan bij 'extra' van de aanvraag", ernst: 'waarschuwing' },
      { bestand: 'deelnemers.csv', plaats: 'rij 4 kolom C', veld: 'deelnemer1_agb', melding: "'2601234' heeft 7 cijfers, verwacht 8", ernst: 'fout' },
    ]);
    expect(result.records.map((r) => r.onvolledig)).toEqual([false, true]);
  });
});

describe('zk template', () => {
  it('writes the import workbook: three sheets with validation and notes, plus Toelichting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zk-template-'));
    const { io, text } = capture(dir);
    expect(await main(['template', '-o', 'sjabloon.xlsx'], io)).toBe(0);
    expect(text.out).toBe('Geschreven: sjabloon.xlsx\n');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(join(dir, 'sjabloon.xlsx'));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Aanvragen', 'Deelnemers', 'Begroting', 'Toelichting']);
    const aanvragen = workbook.getWorksheet('Aanvragen')!;
    const headers = (aanvragen.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 6)).toEqual(['id', 'naamInitiatief', 'naamSamenwerkingsverband', 'samenwerkingsvorm', 'samenwerkingsvormAnders', 'kvkNummer']);
    const formColumn = headers.indexOf('samenwerkingsvorm') + 1;
    expect(aanvragen.getCell(5, formColumn).dataValidation).toMatchObject({ type: 'list', formulae: ['"Coöperatie,Stichting,Anders"'] });
    const protocolColumn = headers.indexOf('samenwerkingsprotocol') + 1;
    expect(aanvragen.getCell(2, protocolColumn).dataValidation).toMatchObject({ type: 'list', formulae: ['"ja,nee"'] });
    expect(aanvragen.getCell(2, headers.indexOf('startdatum') + 1).dataValidation).toMatchObject({ type: 'date' });
    expect(String(aanvragen.getCell(1, headers.indexOf('kvkNummer') + 1).note)).toContain('KvK nummer (8 cijfers)');
    const toelichting = workbook.getWorksheet('Toelichting')!;
    const rows = toelichting.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.some((r) => r[1] === 'Deelnemers' && r[2] === 'agb' && r[3] === 'AGB-code (8 cijfers)')).toBe(true);
  });

  it('the empty template imports as no applications, and says so (an empty file never passes as read)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zk-template-'));
    await main(['template', '-o', 't.xlsx'], capture(dir).io);
    await main(['template', '--csv', '-o', 't.csv'], capture(dir).io);
    const result = await loadApplications(['t.xlsx', 't.csv'], dir);
    expect(result.applications).toEqual([]);
    expect(result.unreadable.sort()).toEqual(['t.csv', 't.xlsx']);
    expect(result.problems.map((p) => [p.bestand, p.melding])).toEqual([
      ['t.csv', 'geen aanvragen: het bestand heeft alleen een kopregel'],
      ['t.xlsx', 'de werkmap bevat geen aanvragen (geen blad Aanvragen met rijen onder de kopregel)'],
    ]);
  });

  it('--csv writes the header line with numbered participant and cost columns, ; separated', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zk-template-'));
    await main(['template', '--csv'], capture(dir).io);
    const header = readFileSync(join(dir, 'aanvragen-sjabloon.csv'), 'utf8').replace(/^\ufeff/, '').split('\r\n')[0].split(';');
    expect(header).toContain('deelnemer3_zkContract2022');
    expect(header).toContain('kosten5_categorie');
    expect(header).toContain('inkomsten2_bedrag');
  });
});
