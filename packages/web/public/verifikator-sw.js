// Service worker of the offline suket verifier (/verifikator). Network first, cache as fallback: while
// online the officer always gets the newest page, keys and status list; without signal the copies stored
// on the last visit answer (the page shows the status list's as-of time). Scope: /verifikator only.
//
// The page that registers the worker was loaded before the worker controlled it, so its own files (the
// HTML shell, the script and style bundles, the session answer) never passed through `fetch` below. The
// page therefore sends their addresses once the worker is active ("cache"), and the worker stores them:
// a reload without signal then finds the page, its code and the signed-in officer.
const CACHE = 'sigap-verifikator-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('message', (event) => {
  const data = event.data;
  if (data?.type !== 'cache' || !Array.isArray(data.urls)) return;
  const port = event.ports[0];
  const store = caches.open(CACHE).then((cache) =>
    Promise.all(
      data.urls
        .filter(
          (u) => typeof u === 'string' && new URL(u, self.location.origin).origin === self.location.origin,
        )
        .map((u) =>
          fetch(u, { credentials: 'same-origin' })
            .then((res) => (res.ok ? cache.put(u, res) : undefined))
            .catch(() => undefined),
        ),
    ),
  );
  event.waitUntil(store.then(() => port?.postMessage({ type: 'cached' })));
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  if (req.method !== 'GET' || new URL(req.url).origin !== self.location.origin) return;
  event.respondWith(
    fetch(req)
      .then((res) => {
        if (res.ok) {
          const copy = res.clone();
          caches.open(CACHE).then((c) => c.put(req, copy));
        }
        return res;
      })
      .catch(() =>
        caches
          .match(req, { ignoreSearch: req.mode === 'navigate' })
          .then((hit) => hit ?? (req.mode === 'navigate' ? caches.match('/verifikator') : undefined)),
      )
      .then((res) => res ?? new Response('offline', { status: 503 })),
  );
});
