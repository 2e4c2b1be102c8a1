import { en } from '../../src/taskpane/i18n/en';
import { languageFor, loadLanguage, translator } from '../../src/taskpane/i18n';
import { nl } from '../../src/taskpane/i18n/nl';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  test('Dutch and English have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });

  test('each English message uses the same placeholders as its Dutch original', () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({ key, placeholders: placeholders(nl[key]) });
    }
  });

  test('no message is empty', () => {
    for (const text of [...Object.values(nl), ...Object.values(en)]) expect(text.trim()).not.toBe('');
  });
});

describe('language choice', () => {
  test('Dutch by default, also when Office gives no language', () => {
    expect(languageFor(undefined)).toBe('nl');
    expect(languageFor('nl-NL')).toBe('nl');
    expect(languageFor('de-DE')).toBe('nl');
  });

  test('English when Office display language starts with en', () => {
    expect(languageFor('en-US')).toBe('en');
    expect(languageFor('EN-gb')).toBe('en');
  });

  test('English is loaded on request (its own chunk) and then translates; Dutch needs no loading', async () => {
    expect(translator('nl')('import.progress', { done: 1, total: 2 })).toBe('Bestand 1 van 2 verwerkt');
    expect(() => translator('en')).toThrow(/loadLanguage/);
    await loadLanguage('en');
    expect(translator('en')('import.progress', { done: 1, total: 2 })).toBe(en['import.progress'].replace('{done}', '1').replace('{total}', '2'));
  });

  test('placeholders are filled in, unknown ones are left visible', () => {
    const t = translator('nl');
    expect(t('import.progress', { done: 2, total: 5 })).toBe('Bestand 2 van 5 verwerkt');
    expect(t('import.progress', { done: 2 })).toBe('Bestand 2 van {total} verwerkt');
  });
});
