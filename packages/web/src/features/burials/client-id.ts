/**
 * The phone's id of a burial entry: a UUID v4 (the server's `clientId` is one), also the outbox item id and
 * the Idempotency-Key. `crypto.randomUUID` exists only in secure contexts; a LAN served over plain http
 * still has getRandomValues, formatted here as a version-4 UUID.
 */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x40;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
