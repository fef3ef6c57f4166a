/**
 * Registers the hand-written service worker (client/public/sw.js) in production builds. Once it
 * controls the page it is told which scripts and styles this page loaded, so that they are cached
 * for offline use even though they were fetched before it started.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register('/sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        const urls = performance
          .getEntriesByType('resource')
          .map((entry) => new URL(entry.name))
          .filter(
            (url) => url.origin === window.location.origin && url.pathname.startsWith('/assets/'),
          )
          .map((url) => url.pathname);
        registration.active?.postMessage({ type: 'cache-urls', urls });
      })
      .catch(() => {
        // Without a service worker (private mode, plain http on a LAN) the app still works online.
      });
  });
}
