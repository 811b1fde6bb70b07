import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AuditKeyConfig } from '../../config';

/** The public half that checks checkpoints; the province keeps a copy of it. */
export interface AuditPublicKey {
  keyId: string;
  publicKey: KeyObject;
  /** SPKI PEM, as exported and printed by `audit public-key`. */
  pem: string;
}

export interface AuditSigningKey extends AuditPublicKey {
  privateKey: KeyObject;
}

/** First 16 hex digits of SHA-256 over the raw 32-byte Ed25519 public key: short enough to print. */
export function keyIdOf(publicKey: KeyObject): string {
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return createHash('sha256').update(raw).digest('hex').slice(0, 16);
}

/** Reads a PEM public key (or the public half of a private key); throws on anything but Ed25519. */
export function publicKeyFromPem(pem: string): AuditPublicKey {
  const publicKey = createPublicKey(pem);
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new Error('the audit key must be an Ed25519 key');
  const spki = publicKey.export({ format: 'pem', type: 'spki' }).toString();
  return { keyId: keyIdOf(publicKey), publicKey, pem: spki };
}

/**
 * Creates the key file 0600 in a 0700 folder. `wx` refuses to overwrite: when two instances start at
 * once on a fresh data folder, the second one reads the key the first one wrote.
 */
function createKeyFile(file: string): void {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  try {
    writeFileSync(file, pem, { mode: 0o600, flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
}

function readPem(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/** Loads the signing key, creating the default one on first use; a configured file must exist. */
export function loadSigningKey(cfg: AuditKeyConfig): AuditSigningKey {
  let pem = readPem(cfg.file);
  if (pem === undefined && cfg.createIfMissing) {
    createKeyFile(cfg.file);
    pem = readPem(cfg.file);
  }
  if (pem === undefined) throw new Error(`audit signing key not found: ${cfg.file} (SIGAP_AUDIT_KEY_FILE)`);
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`${cfg.file} is not an Ed25519 key`);
  return { ...publicKeyFromPem(pem), privateKey };
}

/** The configured key's public half, without creating a key (verification must not invent one). */
export function loadPublicKey(cfg: AuditKeyConfig): AuditPublicKey | undefined {
  const pem = readPem(cfg.file);
  return pem === undefined ? undefined : publicKeyFromPem(pem);
}

export function signText(key: AuditSigningKey, text: string): string {
  return sign(null, Buffer.from(text), key.privateKey).toString('base64');
}

export function verifyText(key: AuditPublicKey, text: string, signature: string): boolean {
  try {
    return verify(null, Buffer.from(text), key.publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
