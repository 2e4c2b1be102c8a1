import { zipSync } from 'fflate';
import { importFiles } from '../../src/import';
import { openArchive } from '../../src/import/archive';
import { MAX_UNPACKED_BYTES } from '../../src/import/limits';
import { jsonDepth, openInput } from '../../src/import/open';
import iconv from 'iconv-lite';
import { decodeText, readText } from '../../src/import/text';
import { bombXlsx, randomBytes, utf16 } from '../cli/hostile/files';

describe('open.ts: the one opener (what the CLI and the task pane both use)', () => {
  it('decodes UTF-16 LE/BE with a BOM and LE without one; UTF-8 and Windows-1252 as before', () => {
    const text = 'id;naam\nU-1;Coöperatie Zuid\n';
    expect(decodeText(utf16(text, 'LE', true))).toEqual({ text, encoding: 'UTF-16LE' });
    expect(decodeText(utf16(text, 'BE', true))).toEqual({ text, encoding: 'UTF-16BE' });
    expect(decodeText(utf16(text, 'LE', false))).toEqual({ text, encoding: 'UTF-16LE' });
    expect(decodeText(utf16(text, 'BE', false))).toEqual({ text, encoding: 'UTF-16BE' });
    expect(decodeText(new Uint8Array([0x43, 0x6f, 0xf6, 0x70]))).toEqual({ text: 'Coöp', encoding: 'Windows-1252' });
  });

  it('Windows-1252 bytes that happen to be valid UTF-8 are still read as Windows-1252', () => {
    // ë’€ is EB 92 80 in Windows-1252; UTF-8 reads those three bytes as the Hangul syllable U+B480.
    const win = (s: string) => new Uint8Array(iconv.encode(s, 'win1252'));
    expect(decodeText(win('Praktijk ë’€a'))).toEqual({ text: 'Praktijk ë’€a', encoding: 'Windows-1252' });
    expect(decodeText(win('é€€ en ï’’'))).toEqual({ text: 'é€€ en ï’’', encoding: 'Windows-1252' });
    // Real UTF-8 stays UTF-8: Latin with diacritics (also decomposed), Polish, Greek, Cyrillic, ’ € and emoji.
    for (const text of ['Coöperatie ’s-Hertogenbosch € 5', 'Łódź Straße', 'e\u0301e', 'μ Жуков', 'Goed 👍🏽']) {
      expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'UTF-8' });
    }
    // 丁 is E4 B8 81 in UTF-8, and 0x81 is undefined in Windows-1252: such a file can only be UTF-8.
    expect(decodeText(new TextEncoder().encode('Praktijk 丁'))).toEqual({ text: 'Praktijk 丁', encoding: 'UTF-8' });
  });

  it('refuses bytes that are no text, and keeps text with a stray tab or form feed', () => {
    expect(readText(randomBytes(4096))).toEqual({ ok: false, melding: 'geen tekstbestand (de inhoud is binair; verwacht CSV of JSON als tekst)' });
    expect(readText(new TextEncoder().encode('a\tb\fc\r\n'))).toMatchObject({ ok: true });
  });

  it('the content decides the kind; a known extension that disagrees is a refusal', () => {
    const docx = zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>') });
    expect(openInput('a.xlsx', docx, ['xlsx'])).toEqual({ ok: false, melding: 'het bestand heet .xlsx maar is een Word-document (.docx); geef het de juiste extensie of kies het goede bestand' });
    expect(openInput('a.csv', new TextEncoder().encode('PKnummer;naam\n1;x\n'), ['csv'])).toMatchObject({ ok: true, opened: { kind: 'csv' } });
    expect(openInput('scores', new TextEncoder().encode('[1]'), ['csv', 'xlsx'])).toEqual({ ok: false, melding: 'dit is JSON; verwacht CSV of Excel (.xlsx)' });
    expect(openInput('a.pdf', new TextEncoder().encode('%PDF-1.7'), ['csv'])).toEqual({ ok: false, melding: 'dit is een PDF-bestand; verwacht CSV' });
  });

  it('JSON depth is measured without parsing, strings skipped', () => {
    expect(jsonDepth('{"a":[{"b":"[[[[["}]}')).toBe(3);
    expect(openInput('d.json', new TextEncoder().encode('['.repeat(65) + ']'.repeat(65)), ['json'])).toEqual({ ok: false, melding: 'de JSON is dieper genest dan 64 niveaus; er is niets ingelezen' });
  });

  it('an archive that understates its size is stopped at the budget while inflating', () => {
    const outcome = openArchive(bombXlsx(120, 1000));
    expect(outcome).toEqual({ ok: false, melding: `het archief pakt uit tot meer dan ${MAX_UNPACKED_BYTES / 1024 / 1024} MB, de grens; er is niets ingelezen` });
  });

  it('importFiles (the pane\'s file drop) lists files that gave nothing', async () => {
    const result = await importFiles([
      { name: 'goed.json', bytes: new TextEncoder().encode('{"id":"G-1"}') },
      { name: 'leeg.csv', bytes: new Uint8Array(0) },
    ]);
    expect(result.applications.map((a) => a.id)).toEqual(['G-1']);
    expect(result.onleesbaar).toEqual(['leeg.csv']);
    expect(result.problems).toContainEqual(expect.objectContaining({ bestand: 'leeg.csv', plaats: 'bestand', melding: 'het bestand is leeg (0 bytes)' }));
  });
});
