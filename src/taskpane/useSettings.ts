import { useMemo, useSyncExternalStore } from 'react';
import type { Policy, Rubric } from '../rules/policy';
import { getSettings, subscribeSettings, type ZkSettings } from '../shared/settings';
import { withWeights } from './model/weights';
import { withTeamSettings } from '../rules/team-settings-display';
import { useServices } from './servicesContext';

export function useSettings(): ZkSettings {
  return useSyncExternalStore(subscribeSettings, getSettings, getSettings);
}

/** The policy in force: the one loaded in Instellingen, else the built-in one, with the team settings changed there. */
export function usePolicy(): Policy {
  const settings = useSettings();
  const { screening } = useServices();
  return useMemo(() => withTeamSettings(settings.policy ?? screening.defaultPolicy(), settings.teamkeuzes), [settings.policy, settings.teamkeuzes, screening]);
}

/** The policy's rubric with the weights from the settings applied. */
export function useRubric(): Rubric {
  const settings = useSettings();
  const policy = usePolicy();
  const { screening } = useServices();
  return useMemo(() => withWeights(screening.rubric(policy), settings.weights), [screening, policy, settings.weights]);
}
