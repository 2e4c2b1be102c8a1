import type { Policy } from '../rules/policy';
import { loadPolicy } from '../rules/policies/load';
import { samenwerken2021 } from '../rules/policies/samenwerken-2021';
import { CliError } from './command';
import { readJsonInput } from './read-input';

/** `--beleid beleid.json`, or the default policy samenwerken-2021. */
export function policyFromOption(path: string | undefined, cwd: string): Policy {
  if (!path) return samenwerken2021;
  const { json } = readJsonInput(path, cwd, 'beleid');
  const { policy, problems } = loadPolicy(json, path);
  if (!policy) throw new CliError(`beleid '${path}' is ongeldig:\n${problems.map((p) => `  ${p.melding}`).join('\n')}`);
  return policy;
}
