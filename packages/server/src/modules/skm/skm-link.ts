import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../db/connect';
import { findLinkKey } from './skm.repository';

/**
 * One-time survey links: `/skm/<ticket id>.<mac>`, the mac an HMAC-SHA256 of the ticket id under the
 * database's link key (migration 0023), cut to 128 bits. Unguessable and unforgeable without the key, and
 * stateless, so `skmPathFor` stays a plain function the queue calls after an outcome. "One-time" is the
 * unique index on `skm_responses.ticket_id`: the link works until its ticket is answered.
 *
 * The key is read once when the app starts (skmRoutes); several apps in one process (tests) share the
 * key of the last one started, which is the same key whenever they share a database.
 */
let linkKey: Buffer | undefined;

export async function loadSkmLinkKey(handle: Db): Promise<void> {
  const secret = await findLinkKey(handle.db);
  if (!secret) throw new Error('SKM link key missing: run the migrations (0023-skm-link-key)');
  linkKey = Buffer.from(secret, 'base64url');
}

function macOf(ticketId: number): string {
  if (!linkKey) throw new Error('SKM link key not loaded: the app loads it when it registers skmRoutes');
  return createHmac('sha256', linkKey)
    .update(`skm-link:${ticketId}`)
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

export function skmTokenFor(ticketId: number): string {
  return `${ticketId}.${macOf(ticketId)}`;
}

/** The ticket id a token names, or undefined when it is malformed or its mac does not match. */
export function ticketOfToken(token: string): number | undefined {
  const m = /^(\d{1,15})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!m) return undefined;
  const id = Number(m[1]);
  const given = Buffer.from(m[2] ?? '');
  const expected = Buffer.from(macOf(id));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : undefined;
}
