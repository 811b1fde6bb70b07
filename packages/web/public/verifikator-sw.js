// Service worker of the offline suket verifier (/verifikator). Network first, cache as fallback: while
// online the officer always gets the newest page, keys and status list; without signal the copies stored
// on the last visit answer (the page shows the status list's as-of time). Scope: /verifikator only.
const CACHE = 'sigap-verifikator-v1';

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

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
          .match(req)
          .then((hit) => hit ?? (req.mode === 'navigate' ? caches.match('/verifikator') : undefined)),
      )
      .then((res) => res ?? new Response('offline', { status: 503 })),
  );
});
