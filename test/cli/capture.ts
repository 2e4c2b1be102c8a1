import type { CliIo } from '../../src/cli/command';
import { main } from '../../src/cli/main';

export async function run(args: string[], cwd = process.cwd()): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => void (out += t), err: (t) => void (err += t), cwd };
  const code = await main(args, io);
  return { code, out, err };
}
