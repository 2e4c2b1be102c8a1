import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Policy } from '../rules/policy';
import { loadPolicy } from '../rules/policies/load';
import { samenwerken2021 } from '../rules/policies/samenwerken-2021';
import { CliError } from './command';

/** `--beleid beleid.json`, or the default policy samenwerken-2021. */
export function policyFromOption(path: string | undefined, cwd: string): Policy {
  if (!path) return samenwerken2021;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(resolve(cwd, path), 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof SyntaxError ? `geen geldige JSON (${error.message})` : 'bestand bestaat niet of is niet leesbaar';
    throw new CliError(`kan beleid '${path}' niet lezen: ${why}`);
  }
  const { policy, problems } = loadPolicy(json, path);
  if (!policy) throw new CliError(`beleid '${path}' is ongeldig:\n${problems.map((p) => `  ${p.melding}`).join('\n')}`);
  return policy;
}
