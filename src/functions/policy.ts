import { samenwerken2021 } from '../rules/policies/samenwerken-2021';
import type { Policy } from '../rules/policy';
import { getSettings } from '../shared/settings';

/** The policy the =ZK.* functions judge by: the one loaded in the task pane, else samenwerken-2021. */
export function activePolicy(): Policy {
  return getSettings().policy ?? samenwerken2021;
}
