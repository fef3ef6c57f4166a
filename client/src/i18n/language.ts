import type { Language } from '../store/index.js';

export const LANGUAGES: readonly Language[] = ['de', 'en'];
const STORAGE_KEY = 'campgrid.language';

export function isLanguage(value: unknown): value is Language {
  return value === 'de' || value === 'en';
}

/** German unless this browser chose English before. */
export function readStoredLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'de';
  } catch {
    return 'de';
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Without storage the choice lasts as long as the page.
  }
}
