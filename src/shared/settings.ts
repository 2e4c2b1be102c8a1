import type { BiRule, Policy } from '../rules/policy';
import type { BiSettingOverrides } from '../rules/bi/behandelindex';
import type { PercentileMethod } from '../rules/bi/percentile';
import type { Aggregation } from '../rules/scoring/score';
import type { TeamSettings } from '../rules/team-settings';
import type { ModulePolicy } from '../rules/modules/policy-schema';
import { VOORTDUREND_VERBETEREN_2024 } from '../rules/policies/voortdurend-verbeteren-2024';

export type { Aggregation, PercentileMethod };

/**
 * The one settings store the task pane and the `=ZK.*` functions share. In Excel's shared
 * runtime both run in one JavaScript context, but webpack builds them as two bundles, so each
 * bundle gets its own copy of this module: the state therefore lives on `globalThis` under one
 * key, and whichever bundle loads first creates it.
 */
/**
 * The BehandelIndex choices of the pane and of =ZK.BI.*: the rules' overrides of a policy's BI
 * rule (src/rules/bi/behandelindex.ts), each one filled in.
 */
export type BiSettings = Required<BiSettingOverrides>;

/** The BI rule of a policy; a policy without one (Samenwerken in de Regio) uses Voortdurend Verbeteren 2024's. */
export function biRuleOf(policy: Policy | null): BiRule {
  return policy?.behandelIndex ?? VOORTDUREND_VERBETEREN_2024.behandelIndex!;
}

/** What a policy's BI rule sets: decile, percentile method and minimum number of patients. */
function biFromRule(rule: BiRule): Pick<BiSettings, 'deciel' | 'methode' | 'minPatienten'> {
  return { deciel: rule.deciel, methode: rule.methode, minPatienten: rule.minPatienten };
}

export interface ZkSettings {
  /** The loaded policy, or null for the built-in default (samenwerken-2021). */
  policy: Policy | null;
  /** Rubric item id → weight; missing items use the policy's weight. */
  weights: Record<string, number>;
  /** Seed of the lottery that ends the tie-break chain. */
  seed: number;
  aggregation: Aggregation;
  /** Per-assessor z-score normalisation. */
  normalise: boolean;
  bi: BiSettings;
  /**
   * Team settings changed in Instellingen (the pane's form or the sheet), laid over the policy's
   * own `teamkeuzes` (src/rules/team-settings-display.ts, withTeamSettings). Loading another
   * policy clears them, so that policy's own choices apply.
   */
  teamkeuzes: Partial<TeamSettings>;
  /**
   * The module policy the team loaded in the Modules step (its own file, or its settings over the
   * built-in Voortdurend Verbeteren policy); null for the built-in one. =ZK.VV.* and =ZK.VS.GROUPS
   * judge with it, so the functions and the pane give the same outcome.
   */
  modulePolicy: ModulePolicy | null;
}

/** A change: top-level fields replace, `bi` fields merge one level deep. */
export type SettingsPatch = Partial<Omit<ZkSettings, 'bi'>> & { bi?: Partial<BiSettings> };

export type SettingsListener = (settings: ZkSettings) => void;

interface Store {
  settings: ZkSettings;
  listeners: Set<SettingsListener>;
}

const STORE_KEY = '__zkBeoordelingSettings';

export function defaultSettings(): ZkSettings {
  return {
    policy: null,
    weights: {},
    seed: 2021,
    aggregation: 'gemiddelde',
    normalise: false,
    bi: { contractjaar: 2025, ...biFromRule(biRuleOf(null)), opOndergrens: false },
    teamkeuzes: {},
    modulePolicy: null,
  };
}

function store(): Store {
  const holder = globalThis as unknown as Record<string, Store | undefined>;
  let existing = holder[STORE_KEY];
  if (!existing) {
    existing = { settings: defaultSettings(), listeners: new Set() };
    holder[STORE_KEY] = existing;
  }
  return existing;
}

export function getSettings(): ZkSettings {
  return store().settings;
}

/**
 * Replaces the given top-level fields (`bi` is merged one level deep) and notifies listeners.
 * Loading a policy with a BI rule (or going back to the built-in policy) sets the BI decile,
 * method and minimum number of patients from that rule; `bi` fields in the same patch still win.
 */
export function updateSettings(patch: SettingsPatch): ZkSettings {
  const s = store();
  // A policy without a BI rule (Samenwerken in de Regio) says nothing about the BI: choices stay.
  const fromPolicy = 'policy' in patch && (patch.policy === null || patch.policy?.behandelIndex) ? biFromRule(biRuleOf(patch.policy ?? null)) : {};
  // Another policy brings its own team choices: changes made for the previous one do not carry over.
  const teamkeuzes = 'policy' in patch && !('teamkeuzes' in patch) ? {} : (patch.teamkeuzes ?? s.settings.teamkeuzes);
  const next: ZkSettings = { ...s.settings, ...patch, bi: { ...s.settings.bi, ...fromPolicy, ...(patch.bi ?? {}) }, teamkeuzes };
  s.settings = next;
  for (const listener of s.listeners) listener(next);
  return next;
}

export function subscribeSettings(listener: SettingsListener): () => void {
  const s = store();
  s.listeners.add(listener);
  return () => {
    s.listeners.delete(listener);
  };
}

/** For tests: back to defaults, listeners kept. */
export function resetSettings(): void {
  updateSettings(defaultSettings());
}
