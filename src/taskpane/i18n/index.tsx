import { createContext, useContext, type ReactNode } from 'react';
import { nl, type MessageKey } from './nl';

export type Language = 'nl' | 'en';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/**
 * The catalogues in memory. Dutch is the pane's language for nearly every user, so only Dutch is
 * in the first chunk; English (20 KB) is its own chunk, loaded by `loadLanguage` before the
 * pane first renders in English.
 */
const CATALOGUES: Partial<Record<Language, Record<MessageKey, string>>> = { nl };

/** Makes `language` available to `translator`; resolves at once for Dutch or a loaded catalogue. */
export async function loadLanguage(language: Language): Promise<void> {
  if (CATALOGUES[language]) return;
  CATALOGUES.en = (await import(/* webpackChunkName: "i18n-en" */ './en')).en;
}

/** Dutch unless Office says the display language is English. */
export function languageFor(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export function translator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
  // A programming error, not a user's: start() loads the language before the first render.
  if (!catalogue) throw new Error(`de teksten voor taal '${language}' zijn nog niet geladen (loadLanguage)`);
  return (key, params) => {
    const template = catalogue[key];
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  };
}

const I18nContext = createContext<{ language: Language; t: Translate }>({ language: 'nl', t: translator('nl') });

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <I18nContext.Provider value={{ language, t: translator(language) }}>{children}</I18nContext.Provider>;
}

export function useT(): Translate {
  return useContext(I18nContext).t;
}

export function useLanguage(): Language {
  return useContext(I18nContext).language;
}

/** Number formatting in the pane's language (decimal comma in Dutch). */
export function formatNumber(language: Language, value: number, digits = 2): string {
  return value.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
