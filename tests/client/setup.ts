import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '../../client/src/i18n/index.js';
import { useCampStore } from '../../client/src/store/index.js';

initI18n('de');

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  // Every test starts from the app store's first state, as a fresh page would.
  useCampStore.setState(useCampStore.getInitialState(), true);
});
