import { checkVerdiepenSpecialiseren } from '../../../src/rules/modules/verdiepen-specialiseren';
import type { VsPraktijkUitkomst } from '../../../src/rules/modules/results';
import { VERDIEPEN_SPECIALISEREN_2024 } from '../../../src/rules/policies/verdiepen-specialiseren-2024';
import { praktijk, RUN, therapeut } from './fixtures';

/*
 * Module Verdiepen & Specialiseren: "Alleen fysiotherapeuten die … leveren zorg aan mensen met …".
 * A practice may treat a group under the module when at least one of its physiotherapists qualifies.
 */

const A = '02000001';
const B = '02000002';

function groep(p: VsPraktijkUitkomst, id: string) {
  return p.groepen.find((g) => g.id === id)!;
}

describe('patient groups per practice', () => {
  const mensen = [
    therapeut(A, 'Anna', { parkinsonNet: true }),
    therapeut(A, 'Bram', { copdBasisscholing: true, copdNetwerk: false }),
    therapeut(A, 'Carla', { functie: 'overig', bekkenfysiotherapeut: true }),
    therapeut(A, 'Dirk', { oedeemtherapeut: null }),
    therapeut(B, 'Eva', { copdBasisscholing: true, copdNetwerk: true, chronischZorgNet: null }),
  ];
  const r = checkVerdiepenSpecialiseren(mensen, VERDIEPEN_SPECIALISEREN_2024, RUN);
  const [a, b] = r.praktijken as [VsPraktijkUitkomst, VsPraktijkUitkomst];

  it('Parkinson is open through the ParkinsonNet member, and says who', () => {
    expect(groep(a, 'VS-PARKINSON')).toMatchObject({ status: 'voldoet', therapeuten: ['Anna'], reden: 'Anna voldoet' });
  });
  it('COPD needs both the basic training and a COPD network', () => {
    expect(groep(a, 'VS-COPD').status).toBe('voldoet niet');
    expect(groep(b, 'VS-COPD')).toMatchObject({ status: 'voldoet', therapeuten: ['Eva'] });
  });
  it('an employee who is not a physiotherapist does not open bekkenbodem', () => {
    expect(groep(a, 'VS-BEKKEN').status).toBe('voldoet niet');
  });
  it('unknown membership leaves the group onbekend and names the person', () => {
    expect(groep(a, 'VS-OEDEEM')).toMatchObject({ status: 'onbekend', onbekend: ['Dirk'], reden: 'onbekend bij Dirk' });
    expect(groep(b, 'VS-PAV').status).toBe('onbekend');
  });
  it('magBehandelen lists the open groups', () => {
    expect(a.magBehandelen).toEqual(['Parkinson']);
    expect(b.magBehandelen).toEqual(['COPD']);
  });
  it("shows the source's N.B. with COPD, bekkenbodem and oedeem, the groups it names", () => {
    expect(groep(a, 'VS-COPD').nb).toMatchObject({ soort: 'bron', citaat: expect.stringContaining('niet zichtbaar voor deze patiënten in de zorgzoeker') });
    expect(groep(a, 'VS-BEKKEN').nb).toBeDefined();
    expect(groep(a, 'VS-PARKINSON').nb).toBeUndefined();
  });
  it('counts per group', () => {
    expect(r.samenvatting.find((s) => s.groep === 'COPD')).toMatchObject({ voldoet: 1, voldoetNiet: 1, onbekend: 0 });
  });
});

describe('unknown roles and practices without people', () => {
  it('a ParkinsonNet member of unknown role is onbekend: only physiotherapists count', () => {
    const r = checkVerdiepenSpecialiseren([therapeut(A, 'Anna', { functie: null, parkinsonNet: true })], VERDIEPEN_SPECIALISEREN_2024, RUN);
    expect(groep(r.praktijken[0]!, 'VS-PARKINSON').status).toBe('onbekend');
  });
  it('a practice from the practice file without people has every group onbekend, with its name', () => {
    const r = checkVerdiepenSpecialiseren([], VERDIEPEN_SPECIALISEREN_2024, { ...RUN, praktijken: [praktijk(A)] });
    expect(r.praktijken[0]!.naam).toBe(`Fysio ${A}`);
    expect(r.praktijken[0]!.groepen.map((g) => g.status)).toEqual(Array(5).fill('onbekend'));
  });
});
