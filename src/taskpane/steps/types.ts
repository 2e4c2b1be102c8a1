import type { Dispatch } from 'react';
import type { PaneAction, PaneState } from '../model/state';

export const STEP_IDS = ['importeren', 'toetsen', 'beoordelen', 'overleg', 'rangschikken', 'selectie', 'behandelindex', 'modules', 'instellingen'] as const;
export type StepId = (typeof STEP_IDS)[number];

export interface StepProps {
  state: PaneState;
  dispatch: Dispatch<PaneAction>;
  /** Moves to another step and puts focus on its heading. */
  goTo: (step: StepId) => void;
}
