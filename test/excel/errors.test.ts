import { ExcelActionError, toExcelActionError } from '../../src/excel';
import { setup } from './fixtures';

describe('Excel errors become Dutch messages', () => {
  it('names the action and explains the code', () => {
    const error = toExcelActionError('Toetsing schrijven', Object.assign(new Error('The request payload size has exceeded the limit.'), { code: 'RequestPayloadSizeLimitExceeded' }));
    expect(error).toBeInstanceOf(ExcelActionError);
    expect(error.message).toBe('Toetsing schrijven is mislukt: de opdracht aan Excel is groter dan 5 MB (de grens van Excel op het web). Probeer het met minder aanvragen tegelijk.');
    expect(error.detail).toBe('The request payload size has exceeded the limit.');
  });

  it('a protected sheet and a cell being edited get their own explanation', () => {
    expect(toExcelActionError('Scores lezen', { code: 'AccessDenied' }).message).toContain('beveiligd of alleen-lezen');
    expect(toExcelActionError('Scores lezen', { code: 'InvalidOperationInCellEditMode' }).message).toContain('Druk op Enter of Esc');
  });

  it('an unknown error keeps its own text, so nothing is hidden', () => {
    const error = toExcelActionError('Selectie schrijven', new Error('kapot'));
    expect(error.code).toBe('Onbekend');
    expect(error.message).toBe('Selectie schrijven is mislukt: onverwachte fout: kapot');
  });

  it('an error inside an action reaches the caller as ExcelActionError, not swallowed', async () => {
    const { host, service } = setup();
    // Someone made their own table at A1 of the Selectie sheet; ours cannot overlap it.
    await host.run(async (context) => {
      const sheet = context.workbook.worksheets.add('Selectie');
      sheet.getRange('A1:B2').values = [['Eigen', 'Tabel'], ['x', 'y']];
      sheet.tables.add(sheet.getRange('A1:B2'), true).name = 'Tabel1';
      await context.sync();
    });
    const error = await service.writeSelection({ rows: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExcelActionError);
    expect(error).toMatchObject({ code: 'InvalidOperation', actie: 'Rangschikking schrijven' });
    expect((error as Error).message).toContain('een tabel die een andere tabel overlapt');
  });
});
