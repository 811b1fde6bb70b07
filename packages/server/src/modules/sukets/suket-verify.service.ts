import type { SuketStatusListReply, VerifySuketReply } from '@sigap/contracts';
import {
  officeToday,
  parseSuketToken,
  type SuketVerdictReason,
  storedSuketReason,
  suketVerdictOf,
} from '@sigap/domain';
import type { Db } from '../../db/connect';
import { publishedKeys, verifyWith } from './suket-keys';
import { endedNumbers, insertVerification, suketWithHolder } from './sukets.repository';

/**
 * Public verification (no login): the signature against the published keys first (a forged or altered
 * token is refused with its reason before anything is looked up), then the stored status, so a revoked or
 * superseded suket never verifies as valid. Every answer is logged (reason, not the person).
 */
export async function verifySuket(
  handle: Db,
  q: { token?: string; number?: string },
  ip: string | null,
  now = new Date(),
): Promise<VerifySuketReply> {
  let number = q.number?.trim();
  let reason: SuketVerdictReason | undefined;
  if (q.token) {
    const parsed = parseSuketToken(q.token);
    if (!parsed) reason = 'malformed';
    else {
      const key = (await publishedKeys(handle.db)).find((k) => k.kid === parsed.kid);
      if (!key) reason = 'unknown_key';
      else if (!verifyWith(key.x, parsed.signed, parsed.signature)) reason = 'bad_signature';
      number = parsed.claims.n;
    }
  }
  const row = reason || !number ? undefined : await suketWithHolder(handle.db, { number });
  // A genuine signature over a number the registry does not hold (or a token that is not the stored one).
  if (!reason && (!row || (q.token && row.token !== q.token.trim()))) reason = 'not_found';
  if (!reason && row) {
    reason = storedSuketReason(
      {
        status: row.status,
        revokeReason: row.revoke_reason,
        validFrom: row.valid_from,
        validUntil: row.valid_until,
      },
      officeToday(row.region_code, now),
    );
  }
  const final = reason ?? 'not_found';
  await insertVerification(handle.db, {
    number: row?.number ?? null,
    reason: final,
    channel: q.token ? 'token' : 'number',
    ip,
    at: now.toISOString(),
  });
  const verdict = suketVerdictOf(final);
  if (!row || final === 'not_found') return verdict;
  const claims = parseSuketToken(row.token)?.claims;
  return {
    ...verdict,
    number: row.number,
    maskedName: claims?.nm,
    nikLast4: claims?.k4,
    regionCode: row.region_code,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
  };
}

/**
 * The compact status list of a region for offline verifiers: numbers of its revoked and superseded sukets
 * with the time it was made (a verifier shows how old its copy is). Expiry needs no list: the token
 * carries its validity end.
 */
export async function suketStatusList(
  handle: Db,
  region: string,
  now = new Date(),
): Promise<SuketStatusListReply> {
  const rows = await endedNumbers(handle.db, region);
  return {
    region,
    asOf: now.toISOString(),
    revoked: rows.filter((r) => r.status === 'revoked').map((r) => r.number),
    superseded: rows.filter((r) => r.status === 'superseded').map((r) => r.number),
  };
}
