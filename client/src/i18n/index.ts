import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { CampStoreApi, Language } from '../store/index.js';
import de from './de.json';
import en from './en.json';
import { storeLanguage } from './language.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof de };
  }
}

export const resources = { de: { translation: de }, en: { translation: en } } as const;

/** Sets up i18next synchronously (the texts are bundled), in the given language. */
export function initI18n(language: Language): i18n {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: 'de',
      supportedLngs: ['de', 'en'],
      interpolation: { escapeValue: false },
      initAsync: false,
      returnNull: false,
    });
  } else if (i18next.language !== language) {
    void i18next.changeLanguage(language);
  }
  document.documentElement.lang = language;
  return i18next;
}

/** The store's `ui.language` leads; i18next, the page's lang attribute and storage follow it. */
export function followLanguage(store: CampStoreApi): () => void {
  return store.subscribe((state, previous) => {
    const { language } = state.ui;
    if (language === previous.ui.language) return;
    void i18next.changeLanguage(language);
    document.documentElement.lang = language;
    storeLanguage(language);
  });
}

export * from './format.js';
export * from './language.js';
