import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { parseScoresCsv, parseScoresXlsx, type ScoreImport } from '../import/scores';
import type { Rubric } from '../rules/policy';
import { CliError } from './command';

/** Reads a score file: `.xlsx` with exceljs, anything else as CSV (UTF-8). */
export async function readScores(file: string, cwd: string, rubric: Rubric, rollen: readonly string[]): Promise<ScoreImport> {
  const full = path.resolve(cwd, file);
  const data = await fs.readFile(full).catch(() => {
    throw new CliError(`kan scorebestand '${file}' niet lezen.`);
  });
  const bestand = path.relative(cwd, full) || file;
  if (full.toLowerCase().endsWith('.xlsx')) return parseScoresXlsx(data, bestand, rubric, { rollen });
  return parseScoresCsv(data.toString('utf8'), bestand, rubric, { rollen });
}
