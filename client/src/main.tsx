import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { captureModeratorKey } from './features/camp/credentials.js';
import { followLanguage, initI18n, readStoredLanguage } from './i18n/index.js';
import { registerServiceWorker } from './pwa/register-service-worker.js';
import { persistSnapshots } from './pwa/snapshot.js';
import { AppRoutes } from './routes.js';
import { useCampStore } from './store/index.js';
import './styles/global.css';

// Before anything renders, so the secret never sits in the address bar longer than needed.
captureModeratorKey(window.location, window.history);

const language = readStoredLanguage();
useCampStore.getState().setLanguage(language);
followLanguage(useCampStore);
// Before any camp opens, so the first one can start from the schedule stored last time.
persistSnapshots(useCampStore);
registerServiceWorker();

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');
const render = () => {
  createRoot(root).render(
    <StrictMode>
      <AppRoutes />
    </StrictMode>,
  );
};
// The first render waits for the texts of its language, which load as a chunk of their own; if
// they cannot load, the page still renders rather than stay blank.
initI18n(language).then(render, render);
