import type { Command } from '../command';
import { biCommand } from './bi';

/** Every `zk` sub-command, one line each. */
export const COMMANDS: Command[] = [
  biCommand,
];
