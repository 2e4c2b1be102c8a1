import type { Command } from '../command';
import { importCommand } from './import';
import { templateCommand } from './template';

/** Every `zk` sub-command, one line each. */
export const COMMANDS: Command[] = [
  importCommand,
  templateCommand,
];
