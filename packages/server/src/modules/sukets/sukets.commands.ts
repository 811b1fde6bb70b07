import { randomBytes } from 'node:crypto';
import {
  maskName,
  officeToday,
  renderSuketNumber,
  type SuketClaims,
  suketSigningInput,
  toBase64Url,
} from '@sigap/domain';
import type { Kysely } from 'kysely';
import type { Db } from '../../db/connect';
import type { EngineStore } from '../../db/engine/engine-store';
import type { Database, SuketRevokeReason } from '../../db/schema';
import { recordAudit } from '../audit';
import { normalizeIndonesianPhone, queueMessage } from '../outbox';
import { moveSuketCounts } from './suket-count-moves';
import { signingKey, signText } from './suket-keys';
import {
  bumpSuketSequence,
  endSuketRow,
  insertSuketEvent,
  insertSuketRow,
  type SuketRow,
} from './sukets.repository';

interface By {
  actor: { id: number; username: string; fullName?: string } | null;
  ip: string | null;
  /** The name printed as signer when no user acts (the demo seed, a batch job's system run). */
  signerName?: string;
}

export interface IssueInput {
  resident: {
    id: number;
    nik: string;
    full_name: string;
    birth_date: string;
    village_code: string;
    phone: string | null;
  };
  electionId: number;
  validFrom: string;
  validUntil: string;
  numberFormat: string;
  /** Send the WhatsApp message (needs a phone); links are built from this origin. */
  deliverVia: { origin: string } | null;
  batchJobId?: number;
}

/** The links a suket's holder receives: the PDF (random key) and the verification page (the token). */
export function suketLinks(origin: string, row: Pick<SuketRow, 'pdf_key' | 'token'>) {
  return {
    pdfUrl: `${origin}/api/v1/sukets/pdf/${row.pdf_key}`,
    verifyUrl: `${origin}/verifikasi-suket?t=${row.token}`,
  };
}

/**
 * Issues one suket in the caller's transaction: the next number of the regency's series, the signed token,
 * the row, its `issued` event, its counters, the audit entry and (with a phone) the WhatsApp message in the
 * outbox. The one active suket per person is the partial unique index: a concurrent second issue fails and
 * rolls back, giving its number back, so the series stays gap-free.
 */
export async function issueSuketInTrx(
  trx: Kysely<Database>,
  store: EngineStore,
  input: IssueInput,
  by: By,
  now: Date,
): Promise<number> {
  const r = input.resident;
  const regency = r.village_code.slice(0, 5);
  const year = Number(input.validFrom.slice(0, 4));
  const seq = await bumpSuketSequence(trx, regency, year);
  const number = renderSuketNumber(input.numberFormat, { seq, year, regencyCode: regency });
  const claims: SuketClaims = {
    n: number,
    nm: maskName(r.full_name),
    k4: r.nik.slice(-4),
    by: Number(r.birth_date.slice(0, 4)),
    r: r.village_code,
    vf: input.validFrom,
    vu: input.validUntil,
  };
  const key = await signingKey(trx, now);
  const signed = suketSigningInput(key.kid, claims);
  const token = `${signed}.${toBase64Url(signText(key, signed))}`;
  const at = now.toISOString();
  const row = {
    number,
    regency_code: regency,
    year,
    seq,
    resident_id: r.id,
    election_id: input.electionId,
    region_code: r.village_code,
    status: 'active' as const,
    revoke_reason: null,
    revoke_note: null,
    valid_from: input.validFrom,
    valid_until: input.validUntil,
    signer_id: by.actor?.id ?? null,
    signer_name: by.actor?.fullName ?? by.signerName ?? 'Sistem',
    kid: key.kid,
    token,
    pdf_key: randomBytes(16).toString('hex'),
    batch_job_id: input.batchJobId ?? null,
    created_at: at,
    updated_at: at,
  };
  const id = await insertSuketRow(trx, row);
  await moveSuketCounts(trx, [id], 'none');
  await insertSuketEvent(trx, {
    suket_id: id,
    event: 'issued',
    actor_id: by.actor?.id ?? null,
    details: null,
    at,
  });
  await recordAudit(trx, store, {
    actor: by.actor,
    action: 'suket.issue',
    entity: 'suket',
    entityId: id,
    regionCode: r.village_code,
    summary: { number, electionId: input.electionId, residentId: r.id, kid: key.kid },
    ip: by.ip,
  });
  // A resident without a valid mobile number gets the PDF at the office (the list shows it undelivered).
  if (input.deliverVia && r.phone && normalizeIndonesianPhone(r.phone)) {
    const links = suketLinks(input.deliverVia.origin, row);
    await queueMessage(
      trx,
      {
        kind: 'suket_issued',
        recipientPhone: r.phone,
        recipientResidentId: r.id,
        regionCode: r.village_code,
        params: { name: r.full_name.slice(0, 100), number, ...links },
        idempotencyKey: `suket_issued:${id}`,
      },
      now,
    );
    await insertSuketEvent(trx, {
      suket_id: id,
      event: 'delivery_queued',
      actor_id: null,
      details: null,
      at,
    });
  }
  return id;
}

export async function issueSuketCommand(handle: Db, input: IssueInput, by: By, now: Date): Promise<number> {
  return handle.db.transaction().execute((trx) => issueSuketInTrx(trx, handle.store, input, by, now));
}

/**
 * Ends an active suket in the caller's transaction: superseded (the card was printed) or revoked (a death,
 * or by hand with a note), with its event, counters and audit entry. False when it was no longer active.
 */
export async function endSuketInTrx(
  trx: Kysely<Database>,
  store: EngineStore,
  s: Pick<SuketRow, 'id' | 'number' | 'region_code'>,
  end: { status: 'superseded' } | { status: 'revoked'; reason: SuketRevokeReason; note: string | null },
  by: By,
  now: Date,
): Promise<boolean> {
  const at = now.toISOString();
  const revoked = end.status === 'revoked';
  const ok = await endSuketRow(trx, s.id, {
    status: end.status,
    revoke_reason: revoked ? end.reason : null,
    revoke_note: revoked ? end.note : null,
    updated_at: at,
    // The office day on the holder's clock: the command center counts "active on D" from it.
    ended_on: officeToday(s.region_code, now),
  });
  if (!ok) return false;
  // Read after the update: "before" is the stored (ended) row with its active state back.
  await moveSuketCounts(trx, [s.id], (f) => ({ ...f, status: 'active', ended_on: null }));
  const details = revoked ? JSON.stringify({ reason: end.reason, note: end.note }) : null;
  await insertSuketEvent(trx, {
    suket_id: s.id,
    event: end.status,
    actor_id: by.actor?.id ?? null,
    details,
    at,
  });
  await recordAudit(trx, store, {
    actor: by.actor,
    action: revoked ? 'suket.revoke' : 'suket.supersede',
    entity: 'suket',
    entityId: s.id,
    regionCode: s.region_code,
    summary: revoked ? { number: s.number, reason: end.reason, note: end.note } : { number: s.number },
    ip: by.ip,
  });
  return true;
}
