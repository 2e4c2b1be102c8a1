import { applicationCheckValue, canonicalJson, sha256Hex } from '../../src/import/application-hash';
import { panelMember, panelOf } from '../../src/rules/scoring/panel';
import { application } from './fixture';

const ROLES = ['analist', 'beleidsontwikkelaar', 'inkoper', 'zorginhoudelijk adviseur'];

describe('the panel: the policy\'s roles, with names where the team gave them', () => {
  it('a role without a name stands in for the assessor; a named role takes its people in the order given', () => {
    expect(panelOf(ROLES, [{ beoordelaar: 'Sanne de Boer', rol: 'inkoper' }, { beoordelaar: ' Ruud Hoekstra ', rol: 'zorginhoudelijk adviseur' }, { beoordelaar: 'Jan', rol: 'voorzitter' }])).toEqual([
      { beoordelaar: 'analist', rol: 'analist' },
      { beoordelaar: 'beleidsontwikkelaar', rol: 'beleidsontwikkelaar' },
      { beoordelaar: 'Sanne de Boer', rol: 'inkoper' },
      { beoordelaar: 'Ruud Hoekstra', rol: 'zorginhoudelijk adviseur' },
    ]);
  });

  it('an unnamed role accepts any name for it; a named role only its people (case aside); another role never', () => {
    const panel = panelOf(ROLES, [{ beoordelaar: 'Sanne de Boer', rol: 'inkoper' }]);
    expect(panelMember({ beoordelaar: 'Fatima El Idrissi', rol: 'analist' }, panel)).toEqual({ beoordelaar: 'Fatima El Idrissi', rol: 'analist' });
    expect(panelMember({ beoordelaar: 'sanne de boer', rol: 'inkoper' }, panel)).toEqual({ beoordelaar: 'Sanne de Boer', rol: 'inkoper' });
    expect(panelMember({ beoordelaar: 'Piet Pietersen', rol: 'inkoper' }, panel)).toBeUndefined();
    expect(panelMember({ beoordelaar: 'Sanne de Boer', rol: 'voorzitter' }, panel)).toBeUndefined();
  });
});

describe('the check value of an application', () => {
  it('is SHA-256 (the FIPS 180-2 example "abc")', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('does not depend on the order of keys or on absent fields, and changes with one character of text', async () => {
    const a = application('A1', { doel: 'Minder verwijzingen', begroting: { gevraagdBedrag: 50000, kosten: [{ omschrijving: 'Coördinatie', bedrag: 1000 }] } });
    const reordered = JSON.parse(JSON.stringify({ begroting: a.begroting, doel: a.doel, ...a, opmerkingen: undefined }));
    expect(canonicalJson(reordered)).toBe(canonicalJson(a));
    expect(await applicationCheckValue(reordered)).toBe(await applicationCheckValue(a));
    expect(await applicationCheckValue({ ...a, doel: 'Minder verwijzingen.' })).not.toBe(await applicationCheckValue(a));
    expect(await applicationCheckValue({ ...a, begroting: { ...a.begroting, kosten: [{ omschrijving: 'Coördinatie', bedrag: 1001 }] } })).not.toBe(await applicationCheckValue(a));
  });
});
