/**
 * What a suket's QR carries: only what a polling-station officer needs to check it offline (DESIGN.md:
 * least data under UU 27/2022) — number, masked name, last four NIK digits, birth year, region, validity.
 * The token is `<kid>.<base64url(JSON payload)>.<base64url(Ed25519 signature)>`; the signature covers the
 * ASCII text `<kid>.<payload>` so the key id cannot be swapped. JSON rather than CBOR: no extra library,
 * the same parser in the browser and the server, and at ~250 characters the QR stays small enough.
 */
export interface SuketClaims {
  /** Suket number. */
  n: string;
  /** Masked full name. */
  nm: string;
  /** Last four NIK digits. */
  k4: string;
  /** Birth year. */
  by: number;
  /** Region (village) code of the resident. */
  r: string;
  /** Valid from (issue date) and until, YYYY-MM-DD, inclusive. */
  vf: string;
  vu: string;
}

/** "BUDI SANTOSO" → "BU** SA*****": the first two letters of each word, enough to match a face to a paper. */
export function maskName(fullName: string): string {
  return fullName
    .trim()
    .split(/\s+/)
    .map((w) => w.slice(0, 2) + '*'.repeat(Math.max(0, w.length - 2)))
    .join(' ');
}

export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

export interface ParsedSuketToken {
  kid: string;
  claims: SuketClaims;
  /** The bytes the signature covers. */
  signed: Uint8Array;
  signature: Uint8Array;
}

/** The text to sign for `claims` under key `kid` (the token without its signature). */
export function suketSigningInput(kid: string, claims: SuketClaims): string {
  return `${kid}.${toBase64Url(new TextEncoder().encode(JSON.stringify(claims)))}`;
}

/** Splits a token; undefined when it is not a suket token at all (the verifier says "malformed"). */
export function parseSuketToken(token: string): ParsedSuketToken | undefined {
  const parts = token.trim().split('.');
  if (parts.length !== 3) return undefined;
  const [kid, payload, sig] = parts as [string, string, string];
  try {
    const claims = JSON.parse(new TextDecoder().decode(fromBase64Url(payload))) as SuketClaims;
    if (typeof claims?.n !== 'string' || typeof claims.vu !== 'string') return undefined;
    return {
      kid,
      claims,
      signed: new TextEncoder().encode(`${kid}.${payload}`),
      signature: fromBase64Url(sig),
    };
  } catch {
    return undefined;
  }
}
