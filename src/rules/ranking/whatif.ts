import type { RankCandidate, RankSettings } from './candidate';
import { rankCandidates } from './rank';
import { type SelectionConstraints, selectTop, selectedIds } from './select';

export interface Scenario {
  settings: RankSettings;
  constraints: SelectionConstraints;
}

export interface ScenarioChange {
  /** Weights to replace (others stay). */
  gewichten?: Record<string, number>;
  constraints?: Partial<SelectionConstraints>;
  /** Set a constraint to undefined by listing it here. */
  zonder?: ('maxPerRegio' | 'budget')[];
}

export interface WhatIfResult {
  voor: string[];
  na: string[];
  /** Applications that enter the top N with the change. */
  erbij: string[];
  /** Applications that leave the top N with the change. */
  eraf: string[];
}

export function applyChange(base: Scenario, change: ScenarioChange): Scenario {
  const constraints: SelectionConstraints = { ...base.constraints, ...change.constraints };
  for (const key of change.zonder ?? []) delete constraints[key];
  return {
    settings: { ...base.settings, gewichten: { ...base.settings.gewichten, ...change.gewichten } },
    constraints,
  };
}

export function selectionFor(candidates: readonly RankCandidate[], scenario: Scenario): string[] {
  return selectedIds(selectTop(rankCandidates(candidates, scenario.settings).ranglijst, scenario.constraints));
}

/** Which applications enter or leave the top N when a weight or constraint changes. */
export function whatIf(candidates: readonly RankCandidate[], base: Scenario, change: ScenarioChange): WhatIfResult {
  const voor = selectionFor(candidates, base);
  const na = selectionFor(candidates, applyChange(base, change));
  return { voor, na, erbij: na.filter((id) => !voor.includes(id)), eraf: voor.filter((id) => !na.includes(id)) };
}

export interface WeightSensitivity {
  item: string;
  factor: number;
  gewicht: number;
  verandert: boolean;
  erbij: string[];
  eraf: string[];
}

/** Each weight times 0.8 and 1.2 (±20 %): does the top N change? */
export function weightSensitivity(candidates: readonly RankCandidate[], base: Scenario, factors = [0.8, 1.2]): WeightSensitivity[] {
  const voor = selectionFor(candidates, base);
  const out: WeightSensitivity[] = [];
  for (const item of Object.keys(base.settings.gewichten)) {
    for (const factor of factors) {
      const gewicht = base.settings.gewichten[item] * factor;
      const na = selectionFor(candidates, applyChange(base, { gewichten: { [item]: gewicht } }));
      const erbij = na.filter((id) => !voor.includes(id));
      const eraf = voor.filter((id) => !na.includes(id));
      out.push({ item, factor, gewicht, verandert: erbij.length + eraf.length > 0, erbij, eraf });
    }
  }
  return out;
}
