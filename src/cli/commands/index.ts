import type { Command } from '../command';

/** Every `zk` sub-command, one line each. */
export const COMMANDS: Command[] = [];
