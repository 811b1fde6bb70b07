/**
 * A fresh Idempotency-Key. `crypto.randomUUID` exists only in secure contexts; an office serving the app
 * over plain http on its LAN still needs keys, so fall back to 16 random bytes from getRandomValues
 * (available everywhere), written as hex (the server accepts 16–128 of [A-Za-z0-9_-]).
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
