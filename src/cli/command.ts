/** What a `zk` sub-command gets: its arguments and where to write. Tests pass their own streams. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
}

export interface Command {
  name: string;
  aliases?: string[];
  /** One Dutch line for `zk help`. */
  summary: string;
  /** Usage text shown by `zk help <command>` and on wrong arguments. */
  usage: string;
  /** Returns the exit code: 0 success, 1 the input was read but did not pass, 2 unreadable input or wrong use. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** Thrown for wrong use or unreadable input; main prints the Dutch message and exits with 2. */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = 'CliError';
  }
}
