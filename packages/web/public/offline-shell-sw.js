// Service worker of Sigap's offline pages (the field page, the burial entry). Network first for the page and
// its static files, the stored copy when there is no connection; API calls are left alone (the pages keep
// their own data in IndexedDB and their writes in the outbox). One cache per scope, registered per page.
const CACHE = `sigap-shell-${new URL(self.registration.scope).pathname}`;
// Every page of the single-page app is the same index.html, so one stored copy opens any of them.
const SHELL = new URL('/__sigap_shell__', self.location.origin).href;

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

function isStatic(url) {
  return url.pathname.startsWith('/assets/') || /\.(js|css|svg|png|woff2?)$/.test(url.pathname);
}

async function store(key, res) {
  if (!res.ok) return;
  const cache = await caches.open(CACHE);
  await cache.put(key, res);
}

// The page that registered us was loaded before we existed: it sends the addresses of its document and
// the scripts and styles it loaded, so the very next offline reload already finds them.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (data?.type !== 'sigap-shell-cache' || !Array.isArray(data.urls)) return;
  const work = data.urls.map((raw) => {
    const url = new URL(raw, self.location.origin);
    if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return undefined;
    const key = data.document === raw ? SHELL : url.href;
    return fetch(url.href, { credentials: 'same-origin' })
      .then((res) => store(key, res))
      .catch(() => undefined);
  });
  event.waitUntil(Promise.all(work));
});

self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  const navigate = req.mode === 'navigate';
  if (!navigate && !isStatic(url)) return;
  const key = navigate ? SHELL : req;
  event.respondWith(
    fetch(req)
      .then((res) => {
        void store(key, res.clone()).catch(() => undefined);
        return res;
      })
      .catch(() => caches.open(CACHE).then((c) => c.match(key)))
      .then((res) => res ?? new Response('offline', { status: 503, statusText: 'offline' })),
  );
});
