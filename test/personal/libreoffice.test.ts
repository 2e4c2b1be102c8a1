import ExcelJS from 'exceljs';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPersonalFile } from '../../src/import/personal-file';
import { combinePersonalFiles } from '../../src/import/personal-scores';
import { fillPersonalFile } from '../../src/report/personal-fill';
import { rubricFor } from '../../src/rules/scoring/rubric-2021';
import { application, handOutTo, PANEL, SMALL_POLICY } from './fixture';

const SOFFICE = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'].find((p) => existsSync(p));
if (!SOFFICE) console.log('LibreOffice (soffice) ontbreekt: de controle in LibreOffice is overgeslagen. Installeer het met: apt-get install -y libreoffice-calc');
const withSoffice = SOFFICE ? describe : describe.skip;

/** Opens the file in LibreOffice Calc and saves it again as .xlsx, as an assessor without Excel does. */
function throughLibreOffice(dir: string, name: string, filter: string): Promise<void> {
  const profile = `-env:UserInstallation=file://${join(dir, 'profiel')}`;
  return new Promise((resolve, reject) =>
    execFile(SOFFICE!, [profile, '--headless', '--convert-to', filter, '--outdir', join(dir, 'lo'), join(dir, name)], { timeout: 170_000 }, (error, _out, stderr) => (error ? reject(new Error(`soffice: ${error.message} ${stderr}`)) : resolve())),
  );
}

withSoffice('a personal file in LibreOffice Calc', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'zk-persoonlijk-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('opens, and saved again by LibreOffice it reads back to the same scores', async () => {
    const [file] = await handOutTo([application('A1', { naamInitiatief: '=1+1' }), application('A2')], [PANEL[1]], [], SMALL_POLICY);
    const typed = [
      { aanvraag: 'A1', item: 'protocol', score: 4, toelichting: 'Rollen helder verdeeld' },
      { aanvraag: 'A1', item: 'bereik', score: 2, toelichting: '=SOM(A1:A9)' },
      { aanvraag: 'A2', item: 'businesscase', score: 5 },
    ];
    writeFileSync(join(dir, 'ingevuld.xlsx'), (await fillPersonalFile(file.bytes, typed)).bytes);
    await throughLibreOffice(dir, 'ingevuld.xlsx', 'xlsx:Calc MS Excel 2007 XML');
    const read = await readPersonalFile(new Uint8Array(readFileSync(join(dir, 'lo', 'ingevuld.xlsx'))), 'ingevuld.xlsx');
    expect(read.leesbaar).toBe(true);
    expect(read.identiteit?.beoordelaar).toEqual(PANEL[1]);
    const result = combinePersonalFiles([read], { rubric: rubricFor(SMALL_POLICY), panel: [PANEL[1]] });
    expect(result.scores.map((s) => [s.aanvraag, s.item, s.score, s.toelichting])).toEqual([
      ['A1', 'protocol', 4, 'Rollen helder verdeeld'],
      ['A1', 'bereik', 2, '=SOM(A1:A9)'],
      ['A2', 'businesscase', 5, ''],
    ]);
    // Applicant text that looks like a formula is still text after LibreOffice saved it.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(join(dir, 'lo', 'ingevuld.xlsx')) as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet('Scores')!.getCell('B2').value).toBe('=1+1');
    expect(result.ontbrekend.map((m) => `${m.aanvraag}: ${m.items.join(', ')}`)).toEqual(['A1: businesscase', 'A2: protocol, bereik']);
  });
});
