import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseConsensusCsv } from '../import/consensus';
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

/** Reads a CSV of consensus scores (aanvraag, item, score, motivatie, wie, rol). */
export function readConsensus(file: string, cwd: string, rubric: Rubric): ReturnType<typeof parseConsensusCsv> {
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8');
  } catch {
    throw new CliError(`kan consensusbestand '${file}' niet lezen.`);
  }
  return parseConsensusCsv(text, file, rubric);
}
