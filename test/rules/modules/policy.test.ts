import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PRAKTIJK_COLUMNS, THERAPEUT_COLUMNS } from '../../../src/import/module-columns';
import { PRAKTIJK_EVALUATORS, THERAPEUT_EVALUATORS } from '../../../src/rules/modules/evaluators';
import { loadModulePolicy } from '../../../src/rules/modules/load';
import { emptyPraktijk, emptyTherapeut } from '../../../src/rules/modules/records';
import { OVEREENKOMST_2024 } from '../../../src/rules/policies/overeenkomst-2024';
import { VERDIEPEN_SPECIALISEREN_2024 } from '../../../src/rules/policies/verdiepen-specialiseren-2024';
import { VOORTDUREND_VERBETEREN_2024, VOORTDUREND_VERBETEREN_MODULE_2024 } from '../../../src/rules/policies/voortdurend-verbeteren-2024';

const docs = (name: string) => readFileSync(join(__dirname, '../../../docs', name), 'utf8');
const POLICIES = [OVEREENKOMST_2024, VOORTDUREND_VERBETEREN_MODULE_2024, VERDIEPEN_SPECIALISEREN_2024];

describe.each(POLICIES.map((p) => [p.id, p] as const))('policy %s', (_id, policy) => {
  it('survives JSON: a team can start from it', () => {
    const back = loadModulePolicy(JSON.parse(JSON.stringify(policy)), 'beleid.json');
    expect(back.problems).toEqual([]);
    expect(back.policy).toEqual(policy);
  });

  it('every condition has an automatic check of its own level, reads real fields and known settings', () => {
    const praktijkVelden = Object.keys(emptyPraktijk('', ''));
    const therapeutVelden = Object.keys(emptyTherapeut('', ''));
    for (const v of policy.voorwaarden) {
      const evaluators = v.niveau === 'praktijk' ? PRAKTIJK_EVALUATORS : THERAPEUT_EVALUATORS;
      expect([v.id, v.id in evaluators]).toEqual([v.id, true]);
      for (const f of v.velden) expect([v.id, f, (v.niveau === 'praktijk' ? praktijkVelden : therapeutVelden).includes(f)]).toEqual([v.id, f, true]);
      for (const k of v.keuzes) expect(Object.keys(policy.keuzes)).toContain(k);
    }
  });

  it('quotes each condition as docs/bronnen.md and docs/modules.md do', () => {
    const bronnen = docs('bronnen.md');
    const modules = docs('modules.md');
    for (const v of policy.voorwaarden) {
      expect(bronnen).toContain(`"${v.bron.citaat}"`);
      expect(modules).toContain(`"${v.bron.citaat}"`);
      for (const h of v.hulp) expect(bronnen).toContain(`"${h.tekst}"`);
    }
  });
});

describe('the module policy and the BI policy', () => {
  it('share one BehandelIndex rule (one home for the minimum patients)', () => {
    expect(VOORTDUREND_VERBETEREN_MODULE_2024.behandelIndex).toBe(VOORTDUREND_VERBETEREN_2024.behandelIndex);
    expect(VOORTDUREND_VERBETEREN_MODULE_2024.id).toBe(VOORTDUREND_VERBETEREN_2024.id);
  });
  it('puts the Overeenkomst conditions first', () => {
    expect(VOORTDUREND_VERBETEREN_MODULE_2024.voorwaarden.slice(0, 5)).toEqual(OVEREENKOMST_2024.voorwaarden);
  });
  it('rejects a team policy with a duplicate id, with the JSON path', () => {
    const json = JSON.parse(JSON.stringify(VERDIEPEN_SPECIALISEREN_2024));
    json.voorwaarden[1].id = json.voorwaarden[0].id;
    expect(loadModulePolicy(json, 'b.json').problems).toEqual([expect.objectContaining({ veld: 'voorwaarden[1].id' })]);
  });
});

it('docs/modules.md lists every input column', () => {
  const modules = docs('modules.md');
  for (const c of [...PRAKTIJK_COLUMNS, ...THERAPEUT_COLUMNS]) expect(modules).toContain(`| ${c.header} | \`${c.field}\` |`);
});
