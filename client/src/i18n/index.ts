import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { CampStoreApi, Language } from '../store/index.js';
import type de from './de.json';
import { storeLanguage } from './language.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof de };
  }
}

type Texts = typeof de;

// Each language's texts are a chunk of their own: a phone downloads only the language it shows
// (the German and English texts together weigh about as much as the rest of the attendee view).
const TEXTS: Record<Language, () => Promise<{ default: Texts }>> = {
  de: () => import('./de.json'),
  en: () => import('./en.json'),
};

/** Texts loaded before i18next was set up; `initI18n` hands them over. */
const pending = new Map<Language, Texts>();

/** Fetches a language's texts once and hands them to i18next. */
export async function loadLanguage(language: Language): Promise<void> {
  if (i18next.isInitialized && i18next.hasResourceBundle(language, 'translation')) return;
  const texts = (await TEXTS[language]()).default;
  if (i18next.isInitialized) i18next.addResourceBundle(language, 'translation', texts);
  else pending.set(language, texts);
}

/** Sets up i18next in the given language, once its texts are loaded. */
export async function initI18n(language: Language): Promise<i18n> {
  await loadLanguage(language);
  if (!i18next.isInitialized) {
    const resources = Object.fromEntries(
      [...pending].map(([code, translation]) => [code, { translation }]),
    );
    pending.clear();
    // Synchronous from here on: the texts are in memory, so the first render has them.
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
    await i18next.changeLanguage(language);
  }
  document.documentElement.lang = language;
  return i18next;
}

function showLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The store's `ui.language` leads; i18next, the page's lang attribute and storage follow it. */
export function followLanguage(store: CampStoreApi): () => void {
  return store.subscribe((state, previous) => {
    const { language } = state.ui;
    if (language === previous.ui.language) return;
    storeLanguage(language);
    if (i18next.hasResourceBundle(language, 'translation')) {
      showLanguage(language);
      return;
    }
    loadLanguage(language).then(
      () => {
        // A quicker second switch wins over a slow first one.
        if (store.getState().ui.language === language) showLanguage(language);
      },
      () => {
        // Offline with the texts not cached: the page keeps the language it has.
      },
    );
  });
}

export * from './format.js';
export * from './language.js';
