import type { SuketKeysReply, SuketStatusListReply, VerifySuketReply } from '@sigap/contracts';
import { parseSuketToken, type SuketVerdictReason, suketVerdictOf } from '@sigap/domain';

/**
 * The verifier's offline check, in the browser: the Ed25519 signature with WebCrypto against the cached
 * published keys, then the cached status list of the region (revoked or superseded numbers), then the
 * validity dates the token carries. Every refusal says why (unknown key, altered, revoked…).
 */
export interface OfflineData {
  keys: SuketKeysReply['keys'];
  list: SuketStatusListReply | null;
}

const STORE = 'sigap.verifikator';

export function loadOffline(): OfflineData {
  try {
    const raw = localStorage.getItem(STORE);
    if (raw) return JSON.parse(raw) as OfflineData;
  } catch {
    // a broken copy is as good as none
  }
  return { keys: [], list: null };
}

export function saveOffline(d: OfflineData): void {
  localStorage.setItem(STORE, JSON.stringify(d));
}

/** The token inside a scanned text: the verification link's `t`, or the token itself. */
export function tokenOf(scanned: string): string {
  try {
    return new URL(scanned).searchParams.get('t') ?? scanned.trim();
  } catch {
    return scanned.trim();
  }
}

export async function verifyOffline(
  scanned: string,
  d: OfflineData,
  today: string,
): Promise<VerifySuketReply> {
  const parsed = parseSuketToken(tokenOf(scanned));
  if (!parsed) return suketVerdictOf('malformed');
  const key = d.keys.find((k) => k.kid === parsed.kid);
  if (!key) return suketVerdictOf('unknown_key');
  const pub = await crypto.subtle.importKey(
    'jwk',
    { kty: 'OKP', crv: 'Ed25519', x: key.x },
    { name: 'Ed25519' },
    false,
    ['verify'],
  );
  const ok = await crypto.subtle.verify(
    { name: 'Ed25519' },
    pub,
    new Uint8Array(parsed.signature),
    new Uint8Array(parsed.signed),
  );
  if (!ok) return suketVerdictOf('bad_signature');
  const c = parsed.claims;
  let reason: SuketVerdictReason = 'valid';
  if (d.list?.revoked.includes(c.n)) reason = 'revoked';
  else if (d.list?.superseded.includes(c.n)) reason = 'superseded_by_card';
  else if (today > c.vu) reason = 'expired';
  else if (today < c.vf) reason = 'not_yet_valid';
  return {
    ...suketVerdictOf(reason),
    number: c.n,
    maskedName: c.nm,
    nikLast4: c.k4,
    regionCode: c.r,
    validFrom: c.vf,
    validUntil: c.vu,
  };
}
