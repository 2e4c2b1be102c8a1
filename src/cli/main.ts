import { CliError, type CliIo } from './command';
import { COMMANDS, type CommandEntry } from './commands';

function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name || c.aliases?.includes(name));
}

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), 4);
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return ['Gebruik: zk <opdracht> [opties]', '', 'Opdrachten:', ...lines, '', 'Meer over één opdracht: zk help <opdracht>'].join('\n');
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const topic = name === 'help' && rest[0] ? findCommand(rest[0]) : undefined;
    io.out((topic ? (await topic.load()).usage : helpText()) + '\n');
    return 0;
  }
  const command = findCommand(name);
  if (!command) {
    io.err(`zk: onbekende opdracht '${name}'.\n${helpText()}\n`);
    return 2;
  }
  try {
    return await (await command.load()).run(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`zk ${command.name}: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`zk ${command.name}: onverwachte fout: ${message}\n`);
    return 2;
  }
}
