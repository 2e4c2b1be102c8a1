import { samenwerken2021 } from '../rules/policies/samenwerken-2021';
import type { Policy } from '../rules/policy';

/** The policy the =ZK.* functions judge by. */
export function activePolicy(): Policy {
  return samenwerken2021;
}
