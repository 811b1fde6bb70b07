import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  sign,
  verify,
} from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import { activeKeyRow, insertKeyRow, listKeyRows, retireKeysExcept } from './sukets.repository';

/**
 * Ed25519 signing keys, kept in the database so every server instance signs and verifies alike. Rotation
 * adds a key and retires the others: a retired key signs nothing new but stays published, so what it signed
 * still verifies. node:crypto does Ed25519 natively (no library to keep up to date).
 */
export interface SigningKey {
  kid: string;
  privatePem: string;
}

function newKeyRow(now: Date) {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x as string;
  // The kid only needs to be unique and short (it rides in every QR): creation time in base 36 plus noise.
  const kid = `${now.getTime().toString(36)}-${randomBytes(3).toString('hex')}`;
  return {
    kid,
    public_key: x,
    private_key: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    created_at: now.toISOString(),
    retired_at: null,
  };
}

/** The key that signs now; the first call creates one. */
export async function signingKey(db: Kysely<Database>, now = new Date()): Promise<SigningKey> {
  let row = await activeKeyRow(db);
  if (!row?.private_key) {
    await insertKeyRow(db, newKeyRow(now));
    row = await activeKeyRow(db);
  }
  if (!row?.private_key) throw new Error('no suket signing key');
  return { kid: row.kid, privatePem: row.private_key };
}

/** Adds a new signing key and retires the others (their public keys stay published). */
export async function rotateSigningKey(handle: Db, now = new Date()): Promise<string> {
  const row = newKeyRow(now);
  await handle.db.transaction().execute(async (trx) => {
    await insertKeyRow(trx, row);
    await retireKeysExcept(trx, row.kid, now.toISOString());
  });
  return row.kid;
}

export function signText(key: SigningKey, text: string): Uint8Array {
  return new Uint8Array(sign(null, Buffer.from(text, 'ascii'), createPrivateKey(key.privatePem)));
}

/** Every published key, for the well-known URL and the server's own verification. */
export async function publishedKeys(db: Kysely<Database>) {
  return (await listKeyRows(db)).map((k) => ({
    kid: k.kid,
    alg: 'Ed25519' as const,
    x: k.public_key,
    createdAt: k.created_at,
    retiredAt: k.retired_at,
  }));
}

/** Checks `signature` over `signed` with the raw public key `x` (base64url). */
export function verifyWith(x: string, signed: Uint8Array, signature: Uint8Array): boolean {
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
    return verify(null, signed, key, signature);
  } catch {
    return false;
  }
}
