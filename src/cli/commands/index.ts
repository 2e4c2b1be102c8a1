import type { Command } from '../command';
import { importCommand } from './import';
import { regioCommand } from './regio';
import { templateCommand } from './template';
import { toetsCommand } from './toets';

/** Every `zk` sub-command, one line each. */
export const COMMANDS: Command[] = [
  regioCommand,
  toetsCommand,
  importCommand,
  templateCommand,
];
