/**
 * Lets a page open again without a connection: a service worker (public/offline-shell-sw.js) keeps the app
 * shell (the page and its scripts and styles) of the pages under `scope`, network first, so online users
 * always get the newest build. API answers are not cached by it; pages keep what they need with
 * `saveOffline`, where they can also show how old it is.
 *
 * The page that registers the worker was loaded before the worker existed, so it hands over the addresses
 * of what it loaded; the first offline reload then already works (the field team opens the page once at
 * the office, then drives to the school).
 */
export async function registerOfflineShell(scope: string): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  try {
    const registration = await navigator.serviceWorker.register('/offline-shell-sw.js', { scope });
    const worker = registration.active ?? (await activeWorker(registration));
    const loaded = performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.startsWith(location.origin) && !name.includes('/api/'));
    worker?.postMessage({
      type: 'sigap-shell-cache',
      document: location.href,
      urls: [location.href, ...loaded],
    });
  } catch {
    // No service worker (private mode, http on a LAN without localhost): the page still works online.
  }
}

function activeWorker(registration: ServiceWorkerRegistration): Promise<ServiceWorker | undefined> {
  return new Promise((resolve) => {
    const worker = registration.installing ?? registration.waiting;
    if (!worker) return resolve(registration.active ?? undefined);
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve(worker);
      if (worker.state === 'redundant') resolve(undefined);
    });
  });
}
