import type { Insertable, Kysely } from 'kysely';
import type { Database, DeathCertificatesTable } from '../../db/schema';
import { bumpYearlySeries } from '../../db/yearly-series';

/** The SQL of death certificates and their number series. */

/** The next number of a regency's series for a year (see bumpYearlySeries). */
export function bumpCertificateSequence(
  db: Kysely<Database>,
  regencyCode: string,
  year: number,
): Promise<number> {
  return bumpYearlySeries(db, 'death_certificate_sequences', regencyCode, year);
}

/** Inserts a certificate; undefined when the resident (or burial) already has an active one. */
export async function insertCertificate(db: Kysely<Database>, row: Insertable<DeathCertificatesTable>) {
  try {
    const r = await db.insertInto('death_certificates').values(row).returning('id').executeTakeFirstOrThrow();
    return Number(r.id);
  } catch (err) {
    const code = (err as { code?: unknown } | null)?.code;
    if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE') return undefined;
    throw err;
  }
}

/** The active certificate of a burial, else its latest annulled one, with the officers' names. */
export function certificateOfBurial(db: Kysely<Database>, burialId: number) {
  return db
    .selectFrom('death_certificates as d')
    .leftJoin('users as i', 'i.id', 'd.issued_by')
    .leftJoin('users as a', 'a.id', 'd.annulled_by')
    .selectAll('d')
    .select(['i.username as issuer', 'a.username as annuller'])
    .where('d.burial_id', '=', burialId)
    .orderBy((eb) => eb.case().when('d.status', '=', 'active').then(0).else(1).end())
    .orderBy('d.id', 'desc')
    .executeTakeFirst();
}
export type CertificateRow = NonNullable<Awaited<ReturnType<typeof certificateOfBurial>>>;

export async function annulCertificateRow(
  db: Kysely<Database>,
  id: number,
  set: { annulled_by: number; annulled_at: string; annul_reason: string },
): Promise<boolean> {
  const r = await db
    .updateTable('death_certificates')
    .set({ ...set, status: 'annulled' })
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
