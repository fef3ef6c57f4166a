import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n, loadLanguage } from '../../client/src/i18n/index.js';
import { useCampStore } from '../../client/src/store/index.js';

await initI18n('de');
// Both languages up front, so switching in a test shows the new texts at once, as on a warm page.
await loadLanguage('en');

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  // Every test starts from the app store's first state, as a fresh page would.
  useCampStore.setState(useCampStore.getInitialState(), true);
});
