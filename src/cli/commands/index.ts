import type { Command } from '../command';
import { demo } from './demo';
import { rangschik } from './rangschik';
import { selectie } from './selectie';

/** Every `zk` sub-command, one line each. */
export const COMMANDS: Command[] = [
  rangschik,
  selectie,
  demo,
];
