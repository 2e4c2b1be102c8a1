import { buildLetters } from '../../src/report/letter-model';
import { policySchema } from '../../src/rules/policy';
import { runProcedure } from '../../src/rules/ranking/procedure';
import { TEST_POLICY, application, byGroup, eligible, scoresFor } from '../ranking/fixtures';

/**
 * Minimum quality (teamkeuze minimumKwaliteit). The module says "sluiten we met maximaal zes
 * initiatieven de module … af" and "Op basis van de inhoudelijke kwaliteit en de impact": it does
 * not say every place is filled. With the setting on, an application below the minimum is not
 * selected even with a place free. Boundaries: a score equal to the minimum passes, below fails.
 */
const withMinimum = (minimumKwaliteit: { aan: boolean; minItemScore?: number; minTotaal?: number }) =>
  policySchema.parse({ ...TEST_POLICY, teamkeuzes: { ...TEST_POLICY.teamkeuzes, minimumKwaliteit } });

function run(policy = TEST_POLICY) {
  // Four assessors agree on every item, so each aggregate is the score given.
  // Q1: all 4 (total 36). Q2: protocol 3, the rest 4 (total 35). Q3: protocol 2.75 as the mean of
  // 3, 3, 3, 2 (total 34.75). Six places, three applications: without a minimum all three are selected.
  const aanvragen = [application('Q1'), application('Q2'), application('Q3')];
  const scores = [
    ...scoresFor('Q1', byGroup([4, 4, 4, 4], [4, 4, 4], 4, 4)),
    ...scoresFor('Q2', byGroup([3, 4, 4, 4], [4, 4, 4], 4, 4)),
    ...scoresFor('Q3', byGroup([3, 4, 4, 4], [4, 4, 4], 4, 4), { protocol: [3, 3, 3, 2] }),
  ];
  return runProcedure({ policy, aanvragen, toetsing: aanvragen.map((a) => eligible(a.id)), scores, instellingen: { seed: 1, resamples: 50 }, tijdstip: '2020-12-15T10:00:00Z', wie: 'Ilse Inkoper', rol: 'inkoper' });
}
const selected = (r: ReturnType<typeof run>) => r.ranglijst.filter((e) => e.geselecteerd).map((e) => e.id);

describe('minimum quality: the team may select fewer than six', () => {
  it('off by default: all three take a place', () => {
    expect(TEST_POLICY.teamkeuzes.minimumKwaliteit.aan).toBe(false);
    expect(selected(run())).toEqual(['Q1', 'Q2', 'Q3']);
  });

  it('no item below 3: Q2 with protocol exactly 3 passes, Q3 with 2.75 does not, and its numbers are named', () => {
    const r = run(withMinimum({ aan: true, minItemScore: 3 }));
    expect(selected(r)).toEqual(['Q1', 'Q2']);
    const q3 = r.ranglijst.find((e) => e.id === 'Q3')!;
    expect(q3.overgeslagenDoor).toBe('minimumKwaliteit');
    expect(q3.overslag).toEqual({ soort: 'minimumKwaliteit', onderMinimum: [{ item: 'protocol', score: 2.75 }], minItemScore: 3 });
    expect(q3.reden).toBe('Niet geselecteerd: onder de minimumkwaliteit: Samenwerkingsprotocol 2,75 ligt onder het minimum van 3,00 per onderdeel.');
    expect(r.besluiten.find((b) => b.id === 'Q3')!.besluit).toBe('niet geselecteerd');
    // Resampling the assessors: Q3 is selected only when its 2 for protocol is never drawn ((3/4)^4 ≈ 32%).
    expect(r.stabiliteit!.kans.get('Q3')).toBeGreaterThan(0);
    expect(r.stabiliteit!.kans.get('Q3')).toBeLessThan(0.6);
    expect(r.stabiliteit!.kans.get('Q1')).toBe(1);
  });

  it('a minimum total of 35: Q2 at exactly 35 passes, Q3 at 34.75 does not', () => {
    const r = run(withMinimum({ aan: true, minTotaal: 35 }));
    expect(selected(r)).toEqual(['Q1', 'Q2']);
    expect(r.ranglijst.find((e) => e.id === 'Q3')!.reden).toBe('Niet geselecteerd: onder de minimumkwaliteit: de totaalscore 34,75 ligt onder het minimum van 35,00.');
  });

  it('switched on without a number decides nothing', () => {
    expect(selected(run(withMinimum({ aan: true })))).toEqual(['Q1', 'Q2', 'Q3']);
  });

  it("the letter words it as the team's decision, with the numbers, not as the module's rule", () => {
    const policy = withMinimum({ aan: true, minItemScore: 3 });
    const r = run(policy);
    const letter = buildLetters({ result: r, policy, aanvragen: [application('Q1'), application('Q2'), application('Q3')], datum: '2020-12-31' }).find((l) => l.aanvraag === 'Q3')!;
    expect(letter.soort).toBe('niet geselecteerd');
    const text = letter.inhoud.map((b) => (b.soort === 'alinea' ? b.tekst : '')).join('\n');
    expect(text).toContain(
      'Het beoordelingsteam heeft besloten alleen initiatieven te selecteren die een minimumkwaliteit halen (geen beoordelingsonderdeel lager dan 3,00). Uw plan haalt die niet: Samenwerkingsprotocol 2,75.',
    );
    expect(text).not.toContain('maximaal');
  });
});
