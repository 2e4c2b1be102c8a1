/**
 * The colours of outcomes, one palette for both writers: green is good, red is a knock-out or a
 * rejection, amber asks for attention (onbekend, onvolledig, niet geselecteerd), grey is waiting, blue waits for a decision of the team.
 */
import { DECISION_LABELS } from '../rules/ranking/decisions';
import type { Highlight } from './types';

export interface Colour {
  /** Cell fill, `#RRGGBB`. */
  fill: string;
  /** Text colour, `#RRGGBB`. */
  font: string;
}

export const GREEN: Colour = { fill: '#C6EFCE', font: '#006100' };
export const RED: Colour = { fill: '#FFC7CE', font: '#9C0006' };
export const AMBER: Colour = { fill: '#FFEB9C', font: '#9C5700' };
export const GREY: Colour = { fill: '#D9D9D9', font: '#3F3F3F' };
/** Waiting for the team (besluit nodig, aanvulling gevraagd): a question rather than an outcome. */
export const BLUE: Colour = { fill: '#DDEBF7', font: '#1F4E79' };

const highlight = (equals: string, colour: Colour): Highlight => ({ equals, ...colour });

export const CHECK_HIGHLIGHTS: readonly Highlight[] = [highlight('voldoet', GREEN), highlight('voldoet niet', RED), highlight('onbekend', AMBER)];
export const ELIGIBILITY_HIGHLIGHTS: readonly Highlight[] = [highlight('geschikt', GREEN), highlight('niet geschikt', RED), highlight('onvolledig', AMBER)];
export const DECISION_HIGHLIGHTS: readonly Highlight[] = [
  highlight(DECISION_LABELS.geselecteerd, GREEN),
  highlight(DECISION_LABELS.nietGeselecteerd, AMBER),
  highlight(DECISION_LABELS.afgewezen, RED),
  highlight(DECISION_LABELS.afgewezenOnvolledig, RED),
  highlight(DECISION_LABELS.nietVolledigBeoordeeld, GREY),
  highlight(DECISION_LABELS.besluitNodig, BLUE),
  highlight(DECISION_LABELS.aanvullingGevraagd, BLUE),
];
export const YES_HIGHLIGHT: readonly Highlight[] = [highlight('ja', GREEN)];
/** Disagreement stands out: amber when assessors disagree on at least one item. */
export const DISAGREEMENT_HIGHLIGHT: readonly Highlight[] = [{ atLeast: 1, ...AMBER }];

/** `#C6EFCE` → `FFC6EFCE`, the ARGB form exceljs writes. */
export const argb = (hex: string): string => `FF${hex.replace(/^#/, '').toUpperCase()}`;
