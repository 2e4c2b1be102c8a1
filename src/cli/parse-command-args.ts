import { type ParseArgsConfig, parseArgs } from 'node:util';
import { CliError } from './command';

/** The option or argument node:util names in its (English) message, e.g. '--foo' or 'x'. */
function quoted(message: string): string {
  return /'([^']*)'/.exec(message)?.[1]?.replace(/ <value>$/, '') ?? '';
}

/**
 * node:util's parse errors in Dutch: its messages are English and name the fix in terms of `--`
 * quoting, which a user of `zk` does not need. Unknown codes keep node's message.
 */
export function dutchParseError(error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const what = quoted(message);
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `onbekende optie '${what}'.`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(message) ? `de optie '${what}' neemt geen waarde.` : `de optie '${what}' mist een waarde.`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `onverwacht argument '${what}': deze opdracht neemt geen bestanden of andere argumenten.`;
    default:
      return `ongeldige opties: ${message}`;
  }
}

/** node:util parseArgs, with a wrong option turned into a Dutch usage error (exit 2) that shows the usage. */
export function parseCommandArgs<T extends ParseArgsConfig>(config: T, usage: string): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    throw new CliError(`${dutchParseError(error)}\n\n${usage}`);
  }
}
