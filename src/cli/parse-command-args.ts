import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliError } from './command';

/** node:util parseArgs, with a wrong option turned into a Dutch usage error (exit 2) that shows the usage. */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
}
