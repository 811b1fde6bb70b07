import { maskNik, officeToday, renderDeathCertificateNumber } from '@sigap/domain';
import type { Db } from '../../db/connect';
import type { ResidentRow } from '../../db/schema';
import { recordAudit } from '../audit';
import {
  closePendingReportByCertificate,
  markResidentAlive,
  markResidentDeceased,
  refuseImpossibleDeath,
  type Who,
} from '../death-reports';
import { normalizeIndonesianPhone, queueMessage } from '../outbox';
import { burialErrors } from './burials.errors';
import { type BurialRow, insertBurialEvent, updateBurialFrom } from './burials.repository';
import {
  annulCertificateRow,
  bumpCertificateSequence,
  type CertificateRow,
  insertCertificate,
} from './death-certificates.repository';

/**
 * Issues the death certificate of a matched burial in ONE transaction: the entry becomes `certified`, the
 * next number of the regency's series, the certificate row, the resident marked deceased through the one
 * write path (source 'death': history, audit, counters; the suket life cycle revokes an active suket in
 * the same transaction), the entry's event, the audit entry and the family's message in the outbox.
 */
export async function issueCertificateCommand(
  handle: Db,
  b: BurialRow,
  resident: ResidentRow,
  who: Who & { office: string },
): Promise<number> {
  if (resident.life_status !== 'ALIVE') throw burialErrors.residentDeceased();
  refuseImpossibleDeath(resident, b.date_of_death, who.now);
  const now = who.now ?? new Date();
  return handle.db.transaction().execute(async (trx) => {
    if (
      !(await updateBurialFrom(trx, b.id, ['matched'], {
        status: 'certified',
        updated_at: now.toISOString(),
      }))
    )
      throw burialErrors.wrongStatus();
    const regency = resident.village_code.slice(0, 5);
    const issuedOn = officeToday(resident.village_code, now);
    const year = Number(issuedOn.slice(0, 4));
    const seq = await bumpCertificateSequence(trx, regency, year);
    const number = renderDeathCertificateNumber(regency, year, seq);
    const id = await insertCertificate(trx, {
      number,
      regency_code: regency,
      year,
      seq,
      burial_id: b.id,
      resident_id: resident.id,
      region_code: resident.village_code,
      date_of_death: b.date_of_death,
      issued_on: issuedOn,
      issued_by: who.actor.id,
      status: 'active',
      annulled_by: null,
      annulled_at: null,
      annul_reason: null,
      created_at: now.toISOString(),
    });
    // Two entries of one person certified at once: the second meets the one-active-per-resident index.
    if (id === undefined) throw burialErrors.residentDeceased();
    await markResidentDeceased(
      trx,
      handle.store,
      resident,
      {
        dateOfDeath: b.date_of_death,
        documentNo: number,
        reason: `Akta kematian dari buku pokok pemakaman ${b.cemetery_name}`.slice(0, 300),
      },
      who,
    );
    await closePendingReportByCertificate(trx, handle.store, resident, number, who);
    const summary = { number, burialId: b.id, residentId: resident.id, nik: maskNik(resident.nik) };
    await insertBurialEvent(trx, {
      burial_id: b.id,
      event: 'certified',
      actor_id: who.actor.id,
      details: JSON.stringify({ certificateId: id, number }),
      at: now.toISOString(),
    });
    await recordAudit(trx, handle.store, {
      actor: who.actor,
      action: 'death_certificate.issue',
      entity: 'death_certificate',
      entityId: id,
      regionCode: resident.village_code,
      summary,
      ip: who.ip,
    });
    // The family member who reported the burial is told where to collect it (no phone: the office calls).
    if (b.reporter_phone && normalizeIndonesianPhone(b.reporter_phone)) {
      await queueMessage(
        trx,
        {
          kind: 'death_certificate_issued',
          recipientPhone: b.reporter_phone,
          recipientResidentId: null,
          regionCode: resident.village_code,
          params: {
            name: b.reporter_name,
            deceased: resident.full_name.slice(0, 100),
            number,
            office: who.office,
          },
          idempotencyKey: `death_certificate_issued:${id}`,
        },
        now,
      );
    }
    return id;
  });
}

/**
 * A second officer annuls a mistaken certificate with a reason: the certificate is kept, marked annulled;
 * the entry goes back to `matched` for a new decision; the resident becomes alive again through the write
 * path with the narrow source 'death_annulment' (which may do nothing else). A suket the death revoked
 * stays revoked: the office issues a new one if the resident still needs it.
 */
export async function annulCertificateCommand(
  handle: Db,
  b: BurialRow,
  cert: CertificateRow,
  resident: ResidentRow,
  reason: string,
  who: Who,
): Promise<void> {
  if (cert.status !== 'active') throw burialErrors.notCertified();
  if (cert.issued_by === who.actor.id) throw burialErrors.sameOfficer();
  const now = who.now ?? new Date();
  await handle.db.transaction().execute(async (trx) => {
    const at = now.toISOString();
    const annulled = await annulCertificateRow(trx, cert.id, {
      annulled_by: who.actor.id,
      annulled_at: at,
      annul_reason: reason,
    });
    if (
      !annulled ||
      !(await updateBurialFrom(trx, b.id, ['certified'], { status: 'matched', updated_at: at }))
    )
      throw burialErrors.notCertified();
    // A resident revived meanwhile (a SIAK extract) needs nothing restored; only a deceased one is.
    if (resident.life_status === 'DECEASED') {
      await markResidentAlive(
        trx,
        handle.store,
        resident,
        { documentNo: cert.number, reason },
        { ...who, now },
      );
    }
    await insertBurialEvent(trx, {
      burial_id: b.id,
      event: 'annulled',
      actor_id: who.actor.id,
      details: JSON.stringify({ certificateId: cert.id, number: cert.number, reason }),
      at,
    });
    await recordAudit(trx, handle.store, {
      actor: who.actor,
      action: 'death_certificate.annul',
      entity: 'death_certificate',
      entityId: cert.id,
      regionCode: resident.village_code,
      summary: { number: cert.number, burialId: b.id, residentId: resident.id, reason },
      ip: who.ip,
    });
  });
}
