/**
 * A score file written by `zk beoordeling inlezen -o scores.csv` holds the assessors' comments.
 * Opened in Excel, a comment that starts with =, +, -, @, a tab or a return would run as a
 * formula; the writer defuses it with a leading apostrophe (the spreadsheet shows text), and the
 * score reader drops the apostrophe again, so the comment comes back exactly as typed.
 */
import { parseScoresCsv } from '../../src/import/scores';
import { unescapeFormula } from '../../src/import/table-rows';
import { samenwerken2021 } from '../../src/rules/policies/samenwerken-2021';
import { rubricFor } from '../../src/rules/scoring/rubric-2021';
import type { Score } from '../../src/rules/scoring/score';
import { scoresToCsv } from '../../src/report/score-file';

const rubric = rubricFor(samenwerken2021);
const item = rubric.items[0].id;
const comments = ['=HYPERLINK("http://example.org","klik")', '- goed plan', '+31 6 1234 5678', '@SUM(A1)', '\tingesprongen', 'gewoon tekst', "'t Gooi doet mee", ''];
const scores: Score[] = comments.map((toelichting, i) => ({ aanvraag: `A-${i}`, beoordelaar: 'Sanne', rol: 'analist', item, score: 3, toelichting }));

describe('comments in a score CSV', () => {
  const csv = scoresToCsv(scores);
  const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);

  it('that look like a formula are written with a leading apostrophe; other text as it is', () => {
    expect(lines[0]).toBe(`A-0,Sanne,analist,${item},3,"'=HYPERLINK(""http://example.org"",""klik"")"`);
    expect(lines[1]).toBe(`A-1,Sanne,analist,${item},3,"'- goed plan"`);
    expect(lines[2]).toBe(`A-2,Sanne,analist,${item},3,"'+31 6 1234 5678"`);
    expect(lines[3]).toBe(`A-3,Sanne,analist,${item},3,"'@SUM(A1)"`);
    expect(lines[4]).toBe(`A-4,Sanne,analist,${item},3,"'\tingesprongen"`);
    expect(lines[5]).toBe(`A-5,Sanne,analist,${item},3,gewoon tekst`);
    expect(lines[6]).toBe(`A-6,Sanne,analist,${item},3,'t Gooi doet mee`);
  });

  it('come back as typed (trimmed, as every text the reader takes), and the scores are the numbers written', () => {
    const read = parseScoresCsv(csv, 'scores.csv', rubric);
    expect(read.problemen).toEqual([]);
    expect(read.scores.map((s) => s.toelichting)).toEqual(comments.map((c) => c.trim()));
    expect(read.scores.every((s) => s.score === 3)).toBe(true);
  });

  it('an apostrophe is only dropped before a formula character', () => {
    expect(unescapeFormula("'=1+1")).toBe('=1+1');
    expect(unescapeFormula("'t Gooi")).toBe("'t Gooi");
    expect(unescapeFormula("'")).toBe("'");
    expect(unescapeFormula('=1+1')).toBe('=1+1');
  });
});
