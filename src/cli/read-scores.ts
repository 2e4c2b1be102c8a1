import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { type ConsensusImport, parseConsensusCsv, parseConsensusXlsx } from '../import/consensus';
import { parseScoresCsv, parseScoresXlsx, type ScoreImport } from '../import/scores';
import type { Rubric } from '../rules/policy';
import { CliError } from './command';

/** The bytes of an input file and its name as the user should see it in messages. */
async function readInput(file: string, cwd: string, what: string): Promise<{ data: Buffer; bestand: string; xlsx: boolean }> {
  const full = path.resolve(cwd, file);
  const data = await fs.readFile(full).catch(() => {
    throw new CliError(`kan ${what} '${file}' niet lezen.`);
  });
  return { data, bestand: path.relative(cwd, full) || file, xlsx: full.toLowerCase().endsWith('.xlsx') };
}

/** Reads a score file: `.xlsx` with exceljs, anything else as CSV (UTF-8). */
export async function readScores(file: string, cwd: string, rubric: Rubric, rollen: readonly string[]): Promise<ScoreImport> {
  const { data, bestand, xlsx } = await readInput(file, cwd, 'scorebestand');
  if (xlsx) return parseScoresXlsx(data, bestand, rubric, { rollen });
  return parseScoresCsv(data.toString('utf8'), bestand, rubric, { rollen });
}

/** Reads consensus scores (aanvraag, item, score, motivatie, wie, rol) the same way: `.xlsx` or CSV. */
export async function readConsensus(file: string, cwd: string, rubric: Rubric): Promise<ConsensusImport> {
  const { data, bestand, xlsx } = await readInput(file, cwd, 'consensusbestand');
  if (xlsx) return parseConsensusXlsx(data, bestand, rubric);
  return parseConsensusCsv(data.toString('utf8'), bestand, rubric);
}
