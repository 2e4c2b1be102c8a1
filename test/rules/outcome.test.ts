import { combineKnockouts } from '../../src/rules/outcome';

describe('combineKnockouts (docs/regels.md: outcomes are three-valued)', () => {
  it('is geschikt only when every knock-out is voldoet', () => {
    expect(combineKnockouts(['voldoet', 'voldoet'])).toBe('geschikt');
  });
  it('is niet geschikt as soon as one knock-out is voldoet niet, even with unknowns', () => {
    expect(combineKnockouts(['onbekend', 'voldoet niet', 'voldoet'])).toBe('niet geschikt');
  });
  it('is onvolledig when something is onbekend and nothing fails', () => {
    expect(combineKnockouts(['voldoet', 'onbekend'])).toBe('onvolledig');
  });
});
