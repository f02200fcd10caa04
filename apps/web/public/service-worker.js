// Keeps the app and what a learner reads available without a connection: the app's files, the
// page addresses (all served by index.html) and the answers to GraphQL queries (sent as GETs of
// persisted ids) are answered from the network when there is one, and from this cache when not.
// The app forgets the kept GraphQL answers at sign-out by this name too (src/app/offline/kept-answers.ts).
const CACHE = 'ptp-offline-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(cacheTheApp().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') event.respondWith(networkFirst(request, '/', /^text\/html/));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirst(request));
  else if (url.pathname === '/graphql') event.respondWith(networkFirst(request, request, /json/));
});

/** index.html and every file of the build (asset-manifest.json lists them), so that the app runs offline. */
async function cacheTheApp() {
  const cache = await caches.open(CACHE);
  const chunks = Object.values(await (await fetch('/asset-manifest.json')).json());
  const files = new Set(chunks.flatMap(({ file, css = [] }) => [file, ...css]).map((file) => `/${file}`));
  await cache.addAll(['/', ...files]);
}

/** Keeps under `key` a good answer of the type expected: a page's index.html, not a PDF opened from a link. */
async function networkFirst(request, key, expectedType) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && expectedType.test(response.headers.get('content-type') ?? '')) await cache.put(key, response.clone());
    return response;
  } catch (offline) {
    // Answers vary by the session cookie, which the cache cannot see: this browser's session is the one.
    const kept = await cache.match(key, { ignoreVary: true });
    if (kept) return kept;
    throw offline;
  }
}

// Hashed files never change: a kept copy is always right.
async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}
