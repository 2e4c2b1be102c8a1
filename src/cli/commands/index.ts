import type { Command } from '../command';
import { biCommand } from './bi';
import { demo } from './demo';
import { importCommand } from './import';
import { rangschik } from './rangschik';
import { regioCommand } from './regio';
import { selectie } from './selectie';
import { templateCommand } from './template';
import { toetsCommand } from './toets';

/** Every `zk` sub-command, one line each. */
export const COMMANDS: Command[] = [
  importCommand,
  regioCommand,
  templateCommand,
  toetsCommand,
  rangschik,
  selectie,
  demo,
  biCommand,
];
