import { createContext, useContext, type ReactNode } from 'react';
import { en } from './en';
import { nl, type MessageKey } from './nl';

export type Language = 'nl' | 'en';
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const CATALOGUES: Record<Language, Record<MessageKey, string>> = { nl, en };

/** Dutch unless Office says the display language is English. */
export function languageFor(displayLanguage: string | undefined): Language {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export function translator(language: Language): Translate {
  const catalogue = CATALOGUES[language];
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
