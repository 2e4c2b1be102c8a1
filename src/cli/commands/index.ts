import type { Command } from '../command';
import { regioCommand } from './regio';
import { toetsCommand } from './toets';

/** Every `zk` sub-command, one line each. */
export const COMMANDS: Command[] = [
  regioCommand,
  toetsCommand,
];
