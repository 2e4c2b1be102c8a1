import ExcelJS from 'exceljs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { parseScoresCsv, parseScoresXlsx } from '../../src/import/scores';
import { DEFAULT_RUBRIC_2021 } from '../../src/rules/scoring/rubric-2021';

const ITEM_IDS = DEFAULT_RUBRIC_2021.items.map((i) => i.id);
const ROLES = ['analist', 'beleidsontwikkelaar', 'inkoper', 'zorginhoudelijk adviseur'];
const HEADER = 'aanvraag,beoordelaar,rol,item,score,toelichting';

describe('score file (CSV): aanvraag, beoordelaar, rol, item, score, toelichting', () => {
  it('reads good rows, comma or semicolon, with or without BOM', () => {
    const csv = `\uFEFF${HEADER}\nA-1,Anna,analist,protocol,4,"Goed protocol, rollen helder"\nA-1,Anna,analist,smart,3,\n`;
    const { scores, problemen } = parseScoresCsv(csv, 'scores.csv', DEFAULT_RUBRIC_2021, { rollen: ROLES });
    expect(problemen).toEqual([]);
    expect(scores).toEqual([
      { aanvraag: 'A-1', beoordelaar: 'Anna', rol: 'analist', item: 'protocol', score: 4, toelichting: 'Goed protocol, rollen helder' },
      { aanvraag: 'A-1', beoordelaar: 'Anna', rol: 'analist', item: 'smart', score: 3, toelichting: '' },
    ]);
    const semi = parseScoresCsv('aanvraag;beoordelaar;rol;item;score;toelichting\nA-1;Bas;inkoper;bereik;5;ok\n', 's.csv', DEFAULT_RUBRIC_2021);
    expect(semi.scores[0]).toMatchObject({ beoordelaar: 'Bas', item: 'bereik', score: 5 });
  });

  it('rejects every bad value with a Dutch message naming file, row and field, and keeps the rest', () => {
    const csv = [
      HEADER,
      'A-1,Anna,analist,protocol,6,te hoog', // row 2: out of scale
      'A-1,Anna,analist,smart,drie,', // row 3: not a number
      'A-1,Anna,analist,meting,3.5,', // row 4: not whole
      'A-1,Anna,analist,kwaliteit,3,', // row 5: unknown item
      ',Anna,analist,borging,3,', // row 6: empty aanvraag
      'A-1,Anna,analist,doelgroep,0,', // row 7: below the scale
      'A-1,Anna,analist,bereik,4,', // row 8: good
      'A-1,Anna,analist,bereik,2,', // row 9: duplicate of row 8
    ].join('\n');
    const { scores, problemen } = parseScoresCsv(csv, 'scores.csv', DEFAULT_RUBRIC_2021);
    expect(scores.map((s) => s.item)).toEqual(['bereik']);
    const at = (rij: number) => problemen.filter((p) => p.plaats === `rij ${rij}`);
    expect(at(2)).toEqual([{ bestand: 'scores.csv', plaats: 'rij 2', veld: 'score', melding: 'Score 6 ligt buiten de schaal 1–5.', ernst: 'fout' }]);
    expect(at(3)[0]).toMatchObject({ veld: 'score', melding: expect.stringContaining("'drie' is geen score") });
    expect(at(4)[0]).toMatchObject({ veld: 'score', melding: expect.stringContaining('3,5 is geen geheel getal') });
    expect(at(5)[0]).toMatchObject({ veld: 'item', melding: expect.stringContaining("Onbekend item 'kwaliteit'") });
    expect(at(6)[0]).toMatchObject({ veld: 'aanvraag', melding: "Het veld 'aanvraag' is leeg." });
    expect(at(7)[0].melding).toBe('Score 0 ligt buiten de schaal 1–5.');
    expect(at(9)[0].melding).toContain('al op rij 8');
  });

  it('accepts a decimal comma only for whole numbers ("4,0" is 4)', () => {
    const { scores } = parseScoresCsv(`aanvraag;beoordelaar;rol;item;score;toelichting\nA-1;Anna;analist;protocol;4,0;\n`, 's.csv', DEFAULT_RUBRIC_2021);
    expect(scores[0].score).toBe(4);
  });

  it('warns about a role outside the team but keeps the score', () => {
    const { scores, problemen } = parseScoresCsv(`${HEADER}\nA-1,Kees,stagiair,protocol,3,\n`, 's.csv', DEFAULT_RUBRIC_2021, { rollen: ROLES });
    expect(scores).toHaveLength(1);
    expect(problemen[0]).toMatchObject({ veld: 'rol', ernst: 'waarschuwing' });
  });

  it('names the missing columns and reads nothing', () => {
    const { scores, problemen } = parseScoresCsv('aanvraag,beoordelaar,item\nA-1,Anna,protocol\n', 'kaal.csv', DEFAULT_RUBRIC_2021);
    expect(scores).toEqual([]);
    expect(problemen[0]).toMatchObject({ bestand: 'kaal.csv', plaats: 'rij 1', veld: 'rol, score' });
  });

  it('never throws on garbage, and every score it returns is on the scale for a known item', () => {
    expect(() => parseScoresCsv('\u0000"""\n,,,\n', 'x.csv', DEFAULT_RUBRIC_2021)).not.toThrow();
    const cell = fc.oneof(fc.string(), fc.constantFrom('protocol', 'smart', '0', '3', '5', '6', '2,5', '', 'A-1'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { maxLength: 8 }), (rows) => {
        const csv = Papa.unparse({ fields: ['aanvraag', 'beoordelaar', 'rol', 'item', 'score', 'toelichting'], data: rows });
        const { scores, problemen } = parseScoresCsv(csv, 'f.csv', DEFAULT_RUBRIC_2021);
        for (const s of scores) {
          expect(Number.isInteger(s.score) && s.score >= 1 && s.score <= 5).toBe(true);
          expect(ITEM_IDS).toContain(s.item);
        }
        for (const p of problemen) expect(p.bestand && p.plaats && p.melding).toBeTruthy();
      }),
    );
  });
});

describe('score file (XLSX)', () => {
  it('reads the sheet named Scores and reports bad cells with sheet and row', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Uitleg').getCell('A1').value = 'zie blad Scores';
    const ws = wb.addWorksheet('Scores');
    ws.addRow(['Aanvraag', 'Beoordelaar', 'Rol', 'Item', 'Score', 'Toelichting']);
    ws.addRow(['A-1', 'Anna', 'analist', 'protocol', 4, 'prima']);
    ws.addRow(['A-1', 'Anna', 'analist', 'smart', 9, '']);
    const data = await wb.xlsx.writeBuffer();
    const { scores, problemen } = await parseScoresXlsx(data as ArrayBuffer, 'scores.xlsx', DEFAULT_RUBRIC_2021);
    expect(scores).toEqual([{ aanvraag: 'A-1', beoordelaar: 'Anna', rol: 'analist', item: 'protocol', score: 4, toelichting: 'prima' }]);
    expect(problemen).toEqual([{ bestand: 'scores.xlsx', plaats: 'Scores!rij 3', veld: 'score', melding: 'Score 9 ligt buiten de schaal 1–5.', ernst: 'fout' }]);
  });

  it('reports a file that is not an xlsx', async () => {
    const { problemen } = await parseScoresXlsx(new Uint8Array([1, 2, 3]), 'kapot.xlsx', DEFAULT_RUBRIC_2021);
    expect(problemen[0].melding).toContain('geen geldig zip-archief');
  });
});
