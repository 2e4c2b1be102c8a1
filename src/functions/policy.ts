import { samenwerken2021 } from '../rules/policies/samenwerken-2021';
import type { Policy } from '../rules/policy';
import { withTeamSettings } from '../rules/team-settings-display';
import { getSettings } from '../shared/settings';

let last: { base: Policy; teamkeuzes: object; policy: Policy } | undefined;

/**
 * The policy the =ZK.* functions judge by: the one loaded in the task pane, else samenwerken-2021,
 * with the team settings changed in Instellingen. The same object while neither changes, so the
 * functions' per-policy caches keep working across cells.
 */
export function activePolicy(): Policy {
  const settings = getSettings();
  const base = settings.policy ?? samenwerken2021;
  if (!last || last.base !== base || last.teamkeuzes !== settings.teamkeuzes) {
    last = { base, teamkeuzes: settings.teamkeuzes, policy: withTeamSettings(base, settings.teamkeuzes) };
  }
  return last.policy;
}
