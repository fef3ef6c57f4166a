/* campgrid's service worker: the app shell and its hashed assets stay available offline. The live
 * data never goes through here: /api and /socket.io pass straight to the network, and the last
 * schedule is kept by the app itself (client/src/pwa/snapshot.ts). */

const CACHE = 'campgrid-shell-v1';
const SHELL = '/';
const STATIC_FILES = ['/manifest.webmanifest', '/icon.svg', '/icon-192.png', '/icon-512.png'];

function isAsset(url) {
  return url.pathname.startsWith('/assets/');
}

function bypasses(url) {
  return (
    url.pathname.startsWith('/api/') ||
    url.pathname.startsWith('/socket.io') ||
    url.pathname === '/healthz' ||
    url.pathname === '/sw.js'
  );
}

async function precache() {
  const cache = await caches.open(CACHE);
  const response = await fetch(SHELL, { cache: 'no-store' });
  if (!response.ok) return;
  const html = await response.clone().text();
  await cache.put(SHELL, response);
  const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]);
  await cache.addAll([...new Set([...assets, ...STATIC_FILES])]);
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (data?.type !== 'cache-urls' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((path) => typeof path === 'string' && path.startsWith('/assets/'));
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(urls))
      .catch(() => undefined),
  );
});

/** Every page is the same index.html: the newest from the network, the cached one offline. */
async function shellFirstFromNetwork(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && response.headers.get('content-type')?.includes('text/html')) {
      await cache.put(SHELL, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await cache.match(SHELL);
    if (cached) return cached;
    throw error;
  }
}

/** Hashed assets never change under their name: the cache answers first. */
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkThenCache(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(request);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || bypasses(url)) return;
  if (request.mode === 'navigate') event.respondWith(shellFirstFromNetwork(request));
  else if (isAsset(url)) event.respondWith(cacheFirst(request));
  else event.respondWith(networkThenCache(request));
});
