import * as path from 'node:path';
import type { CliIo } from '../../src/cli/command';
import { main } from '../../src/cli/main';

export const ROOT = path.resolve(__dirname, '../..');

/** Runs `zk …` in-process and captures what it prints. */
export async function zk(args: string[], cwd = ROOT): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += t), err: (t) => (err += t), cwd };
  const code = await main(args, io);
  return { code, out, err };
}

/** The demo's inputs: screening samples, extra eligible applications, the override and the scores. */
export const SAMPLE_ARGS = ['samples/aanvragen', 'samples/beoordeling/aanvragen', 'samples/scores/scores.csv', '--overschrijvingen', 'samples/beoordeling/overschrijvingen.json', '--consensus', 'samples/beoordeling/consensus.csv'];
