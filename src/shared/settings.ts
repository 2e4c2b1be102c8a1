import type { Policy } from '../rules/policy';

/**
 * The one settings store the task pane and the `=ZK.*` functions share. In Excel's shared
 * runtime both run in one JavaScript context, but webpack builds them as two bundles, so each
 * bundle gets its own copy of this module: the state therefore lives on `globalThis` under one
 * key, and whichever bundle loads first creates it.
 */
export type Aggregation = 'gemiddelde' | 'mediaan';
export type PercentileMethod = 'inc' | 'exc' | 'nearest';

export interface BiSettings {
  contractjaar: number;
  deciel: number;
  methode: PercentileMethod;
  minPatienten: number;
  /** Judge by the lower confidence bound instead of the BI itself. */
  ondergrens: boolean;
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
    bi: { contractjaar: 2025, deciel: 6, methode: 'inc', minPatienten: 10, ondergrens: false },
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

/** Replaces the given top-level fields (`bi` is merged one level deep) and notifies listeners. */
export function updateSettings(patch: SettingsPatch): ZkSettings {
  const s = store();
  const next: ZkSettings = { ...s.settings, ...patch, bi: { ...s.settings.bi, ...(patch.bi ?? {}) } };
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
