/** The session answer the app asks for on start: cached so a reload without signal stays signed in. */
const SESSION_PATH = '/api/v1/auth/me';

/**
 * The page's own files (shell, bundles, session) as the browser loaded them, before the service worker
 * controlled the page: same-origin GETs only (assets and the session; never other API calls).
 */
export function shellUrls(): string[] {
  const own = performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name))
    .filter((u) => u.origin === location.origin && u.pathname.startsWith('/assets/'))
    .map((u) => u.pathname);
  return [...new Set(['/verifikator', SESSION_PATH, ...own])];
}

/**
 * The registration's worker once active. Not `navigator.serviceWorker.ready`: that follows the URL the
 * document was opened at, and an officer who signed in reaches /verifikator from /login without a reload.
 */
function activeWorker(reg: ServiceWorkerRegistration): Promise<ServiceWorker> {
  if (reg.active) return Promise.resolve(reg.active);
  const pending = (reg.installing ?? reg.waiting) as ServiceWorker;
  return new Promise((resolve) => {
    pending.addEventListener('statechange', () => {
      if (pending.state === 'activated') resolve(pending);
    });
  });
}

/**
 * Registers the verifier's service worker and has it store the page's files; resolves true once they
 * are stored (the page then says it works without signal), false where service workers are unavailable.
 */
export async function prepareOffline(): Promise<boolean> {
  const sw = navigator.serviceWorker;
  if (!sw) return false;
  const reg = await sw.register('/verifikator-sw.js', { scope: '/verifikator' });
  const worker = await activeWorker(reg);
  return new Promise<boolean>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(true);
    worker.postMessage({ type: 'cache', urls: shellUrls() }, [channel.port2]);
  });
}
