import { validateAgb, validateEmail, validateKvk, validatePhone, validatePostcode } from '../../src/rules/validators';

describe('validators', () => {
  it('AGB: 8 digits, 04 = fysiotherapeut', () => {
    expect(validateAgb('04012345')).toEqual({ ok: true, value: '04012345', info: 'zorgsoort 04: fysiotherapeuten' });
    expect(validateAgb('0401234')).toEqual({ ok: false, melding: "'0401234' heeft 7 cijfers, verwacht 8" });
    expect(validateAgb('')).toEqual({ ok: false, melding: 'AGB-code ontbreekt' });
    expect(validateAgb('04A12345').ok).toBe(false);
  });
  it('KvK: 8 digits, spaces and dots tolerated', () => {
    expect(validateKvk('1234 5678')).toEqual({ ok: true, value: '12345678' });
    expect(validateKvk('1234567')).toEqual({ ok: false, melding: "'1234567' heeft 7 cijfers, verwacht 8" });
  });
  it('postcode: 4 digits + 2 letters, normalised', () => {
    expect(validatePostcode('3511ab')).toEqual({ ok: true, value: '3511 AB' });
    expect(validatePostcode('0511 AB').ok).toBe(false);
    expect(validatePostcode('3511 SS').ok).toBe(false);
    expect(validatePostcode('35111').ok).toBe(false);
  });
  it('e-mail', () => {
    expect(validateEmail('Info@Praktijk.nl')).toEqual({ ok: true, value: 'info@praktijk.nl' });
    expect(validateEmail('info@praktijk').ok).toBe(false);
    expect(validateEmail('in fo@praktijk.nl').ok).toBe(false);
  });
  it('phone: national and +31 forms', () => {
    expect(validatePhone('030-1234567')).toEqual({ ok: true, value: '0301234567' });
    expect(validatePhone('+31 6 12345678')).toEqual({ ok: true, value: '0612345678' });
    expect(validatePhone('0031 (0)30 123 4567')).toEqual({ ok: true, value: '0301234567' });
    expect(validatePhone('030-123456').ok).toBe(false);
    expect(validatePhone('+32 2 1234567').ok).toBe(false);
  });
});
