import type { BurialStatus } from '@sigap/domain';
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { BurialEventsTable, BurialsTable, Database } from '../../db/schema';
import { withinRegion, withinScope } from '../../db/scope-filter';

/** The SQL of burial entries and their history, and the residents an entry may name. */

function withNames(db: Kysely<Database>) {
  return db
    .selectFrom('burials as b')
    .innerJoin('cemeteries as c', 'c.id', 'b.cemetery_id')
    .leftJoin('residents as r', 'r.id', 'b.resident_id')
    .leftJoin('users as u', 'u.id', 'b.entered_by')
    .selectAll('b')
    .select(['c.name as cemetery_name', 'r.full_name as resident_name', 'u.username as author']);
}
export type BurialListRow = Awaited<ReturnType<ReturnType<typeof withNames>['executeTakeFirstOrThrow']>>;
export type BurialRow = BurialListRow;

/** Inserts an entry; undefined when its client UUID is already stored (an offline repeat). */
export async function insertBurial(db: Kysely<Database>, row: Insertable<BurialsTable>) {
  const r = await db
    .insertInto('burials')
    .values(row)
    .onConflict((oc) => oc.column('client_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return r ? Number(r.id) : undefined;
}

export function findBurial(db: Kysely<Database>, id: number) {
  return withNames(db).where('b.id', '=', id).executeTakeFirst();
}

export function findBurialByClientId(db: Kysely<Database>, clientId: string) {
  return withNames(db).where('b.client_id', '=', clientId).executeTakeFirst();
}

/** Changes an entry only while it is in one of `from`; false when another writer moved it first. */
export async function updateBurialFrom(
  db: Kysely<Database>,
  id: number,
  from: readonly BurialStatus[],
  set: Updateable<BurialsTable>,
): Promise<boolean> {
  const r = await db
    .updateTable('burials')
    .set(set)
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertBurialEvent(db: Kysely<Database>, row: Insertable<BurialEventsTable>) {
  await db.insertInto('burial_events').values(row).execute();
}

export async function listBurials(
  db: Kysely<Database>,
  f: { scope: string; status?: BurialStatus; cemeteryId?: number; limit: number; offset: number },
) {
  let q = withNames(db).where(withinScope('b.region_code', f.scope));
  if (f.status) q = q.where('b.status', '=', f.status);
  if (f.cemeteryId) q = q.where('b.cemetery_id', '=', f.cemeteryId);
  // Open leads oldest first (they waited longest); a cemetery's own list newest first.
  const rows = await q
    .orderBy('b.id', f.cemeteryId ? 'desc' : 'asc')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
  let c = db
    .selectFrom('burials as b')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(withinScope('b.region_code', f.scope));
  if (f.status) c = c.where('b.status', '=', f.status);
  if (f.cemeteryId) c = c.where('b.cemetery_id', '=', f.cemeteryId);
  const count = await c.executeTakeFirstOrThrow();
  return { rows, total: Number(count.n) };
}

/** Other entries of the same person: the same NIK, or the same normalised name, birth and death date. */
export function duplicatesOf(db: Kysely<Database>, b: { id: number; nik: string | null; dup_key: string }) {
  return withNames(db)
    .where('b.id', '<>', b.id)
    .where((eb) =>
      b.nik
        ? eb.or([eb('b.nik', '=', b.nik), eb('b.dup_key', '=', b.dup_key)])
        : eb('b.dup_key', '=', b.dup_key),
    )
    .orderBy('b.id')
    .limit(20)
    .execute();
}

const CANDIDATE_COLUMNS = [
  'r.id',
  'r.nik',
  'r.full_name',
  'r.birth_date',
  'r.village_code',
  'r.life_status',
  'v.name as village_name',
] as const;

function residents(db: Kysely<Database>, scope: string) {
  return db
    .selectFrom('residents as r')
    .leftJoin('regions as v', 'v.code', 'r.village_code')
    .select(CANDIDATE_COLUMNS)
    .where(withinRegion('r.village_code', scope));
}
export type CandidateRow = Awaited<ReturnType<ReturnType<typeof residents>['executeTakeFirstOrThrow']>>;

/**
 * The pool the score orders: the NIK's resident; residents born that day in the village; residents
 * whose name starts with the entry's first letter born that year (the name index narrows it first).
 */
export async function candidatePool(
  db: Kysely<Database>,
  scope: string,
  e: { nik: string | null; birthDate: string; village: string | null; initial: string },
): Promise<CandidateRow[]> {
  const out: CandidateRow[] = [];
  if (e.nik) out.push(...(await residents(db, scope).where('r.nik', '=', e.nik).execute()));
  if (e.village) {
    out.push(
      ...(await residents(db, scope)
        .where('r.village_code', '=', e.village)
        .where('r.birth_date', '=', e.birthDate)
        .limit(100)
        .execute()),
    );
  }
  const year = e.birthDate.slice(0, 4);
  out.push(
    ...(await residents(db, scope)
      .where('r.name_search', 'like', `${e.initial}%`)
      .where('r.birth_date', '>=', `${year}-01-01`)
      .where('r.birth_date', '<=', `${year}-12-31`)
      .limit(300)
      .execute()),
  );
  const seen = new Set<number>();
  return out.filter((r) => !seen.has(Number(r.id)) && seen.add(Number(r.id)));
}

/** Whether any burial exists (the demo seed enters its burials into an empty register only). */
export async function anyBurial(db: Kysely<Database>) {
  return (await db.selectFrom('burials').select('id').limit(1).executeTakeFirst()) !== undefined;
}
