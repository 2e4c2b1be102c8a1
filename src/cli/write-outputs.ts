import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { renderLetterDocx } from '../report/letter-docx';
import { buildLetters, type LetterModel } from '../report/letter-model';
import { buildSelectionWorkbook } from '../report/selection-workbook';
import { selectionXlsx } from '../report/workbook-charts';
import type { SelectionRun } from './selection-run';

export async function writeSelectionWorkbook(run: SelectionRun, file: string, tijdstip: string): Promise<string> {
  const model = buildSelectionWorkbook({ ...run, tijdstip });
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, await selectionXlsx(model));
  return file;
}

/** Writes one .docx per decision into `dir`; the letter date is the policy's decision date, else today. */
export async function writeLetters(run: SelectionRun, dir: string, tijdstip: string): Promise<LetterModel[]> {
  const letters = buildLetters({ result: run.result, policy: run.policy, aanvragen: run.aanvragen, datum: run.policy.besluitDatum ?? tijdstip.slice(0, 10) });
  await fs.mkdir(dir, { recursive: true });
  for (const letter of letters) await fs.writeFile(path.join(dir, letter.bestandsnaam), await renderLetterDocx(letter));
  return letters;
}
