import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { Database, SuketEventsTable, SuketsTable } from '../../db/schema';
import { withinScope } from '../../db/scope-filter';
import { bumpYearlySeries } from '../../db/yearly-series';

/** All SQL of sukets: keys, policies, the number series, the sukets with their history, verifications. */

export type SuketRow = Selectable<SuketsTable>;

export async function listKeyRows(db: Kysely<Database>) {
  return db.selectFrom('suket_keys').selectAll().orderBy('created_at').execute();
}

export async function activeKeyRow(db: Kysely<Database>) {
  return db
    .selectFrom('suket_keys')
    .selectAll()
    .where('retired_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

export async function insertKeyRow(db: Kysely<Database>, row: Insertable<Database['suket_keys']>) {
  await db
    .insertInto('suket_keys')
    .values(row)
    .onConflict((oc) => oc.column('kid').doNothing())
    .execute();
}

export async function retireKeysExcept(db: Kysely<Database>, kid: string, at: string) {
  await db
    .updateTable('suket_keys')
    .set({ retired_at: at })
    .where('kid', '!=', kid)
    .where('retired_at', 'is', null)
    .execute();
}

export async function findPolicyRow(db: Kysely<Database>, electionId: number) {
  return db.selectFrom('suket_policies').selectAll().where('election_id', '=', electionId).executeTakeFirst();
}

export async function upsertPolicyRow(db: Kysely<Database>, row: Insertable<Database['suket_policies']>) {
  await db
    .insertInto('suket_policies')
    .values(row)
    .onConflict((oc) =>
      oc.column('election_id').doUpdateSet({
        issue_from: row.issue_from,
        issue_until: row.issue_until,
        valid_until: row.valid_until,
        prr_with_blanko_must_print: row.prr_with_blanko_must_print,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}

/** The next number of a regency's series for a year (see bumpYearlySeries). */
export function bumpSuketSequence(db: Kysely<Database>, regencyCode: string, year: number): Promise<number> {
  return bumpYearlySeries(db, 'suket_sequences', regencyCode, year);
}

export async function insertSuketRow(db: Kysely<Database>, row: Insertable<SuketsTable>): Promise<number> {
  const r = await db.insertInto('sukets').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function setSuketToken(db: Kysely<Database>, id: number, token: string) {
  await db.updateTable('sukets').set({ token }).where('id', '=', id).execute();
}

export async function insertSuketEvent(db: Kysely<Database>, row: Insertable<SuketEventsTable>) {
  await db.insertInto('suket_events').values(row).execute();
}

export async function findSuketById(db: Kysely<Database>, id: number) {
  return db.selectFrom('sukets').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findSuketByNumber(db: Kysely<Database>, number: string) {
  return db.selectFrom('sukets').selectAll().where('number', '=', number).executeTakeFirst();
}

export async function activeSuketOf(db: Kysely<Database>, residentId: number) {
  return db
    .selectFrom('sukets')
    .selectAll()
    .where('resident_id', '=', residentId)
    .where('status', '=', 'active')
    .executeTakeFirst();
}

export async function activeSuketsOf(db: Kysely<Database>, residentIds: readonly number[]) {
  if (residentIds.length === 0) return [];
  return db
    .selectFrom('sukets')
    .selectAll()
    .where('resident_id', 'in', residentIds)
    .where('status', '=', 'active')
    .execute();
}

/** Ends an active suket (superseded or revoked); false when it was no longer active. */
export async function endSuketRow(
  db: Kysely<Database>,
  id: number,
  set: Pick<SuketsTable, 'status' | 'revoke_reason' | 'revoke_note' | 'updated_at' | 'ended_on'>,
): Promise<boolean> {
  const r = await db
    .updateTable('sukets')
    .set(set)
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function listSuketRows(
  db: Kysely<Database>,
  region: string,
  status: SuketRow['status'] | undefined,
  limit: number,
) {
  let q = db
    .selectFrom('sukets')
    .innerJoin('residents', 'residents.id', 'sukets.resident_id')
    .selectAll('sukets')
    .select(['residents.full_name', 'residents.nik'])
    .where(withinScope('sukets.region_code', region));
  if (status) q = q.where('sukets.status', '=', status);
  return q.orderBy('sukets.id', 'desc').limit(limit).execute();
}

/** Numbers of a region's ended sukets, for the public status list. */
export async function endedNumbers(db: Kysely<Database>, region: string) {
  return db
    .selectFrom('sukets')
    .select(['number', 'status'])
    .where(withinScope('region_code', region))
    .where('status', 'in', ['revoked', 'superseded'])
    .orderBy('number')
    .execute();
}

export async function insertVerification(
  db: Kysely<Database>,
  row: Insertable<Database['suket_verifications']>,
) {
  await db.insertInto('suket_verifications').values(row).execute();
}

/** Sukets beside their holders' details: what a suket's PDF, its verification and the office views show. */
export function suketsWithHolders(db: Kysely<Database>) {
  return db
    .selectFrom('sukets')
    .innerJoin('residents', 'residents.id', 'sukets.resident_id')
    .selectAll('sukets')
    .select([
      'residents.full_name',
      'residents.nik',
      'residents.birth_date',
      'residents.birth_place',
      'residents.sex',
      'residents.address',
      'residents.village_code',
      'residents.recording_date',
      'residents.phone',
    ]);
}

/** A suket with its holder's name, NIK and birth date (the PDF, the verification, the office view). */
export async function suketWithHolder(
  db: Kysely<Database>,
  by: { id?: number; number?: string; pdfKey?: string },
) {
  let q = suketsWithHolders(db);
  if (by.id !== undefined) q = q.where('sukets.id', '=', by.id);
  if (by.number !== undefined) q = q.where('sukets.number', '=', by.number);
  if (by.pdfKey !== undefined) q = q.where('sukets.pdf_key', '=', by.pdfKey);
  return q.executeTakeFirst();
}

export type SuketWithHolder = NonNullable<Awaited<ReturnType<typeof suketWithHolder>>>;

export async function countSukets(db: Kysely<Database>) {
  const r = await db
    .selectFrom('sukets')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Active sukets of a region whose WhatsApp message failed (or that had no valid phone to send to): the
 * field team's follow-up list. The message is found by its idempotency key `suket_issued:<id>`.
 */
export async function undeliveredSukets(db: Kysely<Database>, region: string, limit: number) {
  return db
    .selectFrom('sukets')
    .innerJoin('residents', 'residents.id', 'sukets.resident_id')
    .leftJoin('messages', (j) => j.on(sql<boolean>`messages.idempotency_key = 'suket_issued:' || sukets.id`))
    .selectAll('sukets')
    .select([
      'residents.full_name',
      'residents.nik',
      'residents.address',
      'messages.state as message_state',
      'messages.last_error',
    ])
    .where(withinScope('sukets.region_code', region))
    .where('sukets.status', '=', 'active')
    .where((eb) =>
      eb.or([eb('messages.id', 'is', null), eb('messages.state', 'in', ['failed', 'temp_failed'])]),
    )
    .orderBy('sukets.id', 'desc')
    .limit(limit)
    .execute();
}
