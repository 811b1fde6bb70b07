import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, OutreachTargetsTable, OutreachVisitsTable, ResidentRow } from '../../db/schema';
import { withinScope } from '../../db/scope-filter';

export type VisitRow = Selectable<OutreachVisitsTable> & { target_count: number | null };
export type MemberRow = { visit_id: number; resource: string; label: string; detail: string };

function visitsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('outreach_visits as v')
    .selectAll('v')
    .select((eb) =>
      eb
        .selectFrom('outreach_targets as t')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('t.visit_id', '=', 'v.id')
        .as('target_count'),
    );
}

export function findVisitRow(db: Kysely<Database>, id: number): Promise<VisitRow | undefined> {
  return visitsQuery(db).where('v.id', '=', id).executeTakeFirst();
}

export function listVisitRows(
  db: Kysely<Database>,
  region: string,
  from: string,
  to: string,
): Promise<VisitRow[]> {
  return visitsQuery(db)
    .where(withinScope('v.village_code', region))
    .where('v.visit_date', '>=', from)
    .where('v.visit_date', '<=', to)
    .orderBy('v.visit_date')
    .orderBy('v.start_time')
    .execute();
}

export async function insertVisitRow(
  db: Kysely<Database>,
  row: Insertable<OutreachVisitsTable>,
): Promise<number> {
  const r = await db.insertInto('outreach_visits').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function cancelVisitRow(db: Kysely<Database>, id: number, reason: string, now: string) {
  const r = await db
    .updateTable('outreach_visits')
    .set({ state: 'cancelled', cancel_reason: reason, updated_at: now })
    .where('id', '=', id)
    .where('state', '=', 'planned')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertMembers(db: Kysely<Database>, visitId: number, resources: readonly string[]) {
  if (resources.length === 0) return;
  await db
    .insertInto('outreach_visit_members')
    .values(resources.map((resource) => ({ visit_id: visitId, resource })))
    .execute();
}

/** Team (users) and equipment of visits, with a name to show. */
export async function memberRows(db: Kysely<Database>, visitIds: readonly number[]): Promise<MemberRow[]> {
  if (visitIds.length === 0) return [];
  const rows = await db
    .selectFrom('outreach_visit_members')
    .select(['visit_id', 'resource'])
    .where('visit_id', 'in', [...visitIds])
    .execute();
  const userIds = rows.flatMap((r) => (r.resource.startsWith('user:') ? [Number(r.resource.slice(5))] : []));
  const itemIds = rows.flatMap((r) => (r.resource.startsWith('item:') ? [Number(r.resource.slice(5))] : []));
  const users = userIds.length
    ? await db
        .selectFrom('users')
        .select(['id', 'full_name', 'username'])
        .where('id', 'in', userIds)
        .execute()
    : [];
  const items = itemIds.length
    ? await db
        .selectFrom('equipment_items')
        .select(['id', 'tag', 'name'])
        .where('id', 'in', itemIds)
        .execute()
    : [];
  const label = new Map<string, [string, string]>([
    ...users.map((u) => [`user:${u.id}`, [u.full_name, u.username]] as [string, [string, string]]),
    ...items.map((i) => [`item:${i.id}`, [i.name, i.tag]] as [string, [string, string]]),
  ]);
  return rows.map((r) => {
    const [name, detail] = label.get(r.resource) ?? [r.resource, ''];
    return { visit_id: Number(r.visit_id), resource: r.resource, label: name, detail };
  });
}

/**
 * Claims every (resource, day) of a visit; a pair another visit holds is skipped (ON CONFLICT DO NOTHING
 * keeps a PostgreSQL transaction usable, and a concurrent claim waits for the other and then skips).
 * Returns how many were claimed: fewer than asked is a clash.
 */
export async function claimDays(
  db: Kysely<Database>,
  visitId: number,
  resources: readonly string[],
  day: string,
) {
  if (resources.length === 0) return 0;
  const claimed = await db
    .insertInto('outreach_claims')
    .values(resources.map((resource) => ({ resource, day, visit_id: visitId })))
    .onConflict((oc) => oc.columns(['resource', 'day']).doNothing())
    .returning('resource')
    .execute();
  return claimed.length;
}

/** The first held claim among these resources on a day, with the visit's site name: who is in the way. */
export function firstClaim(db: Kysely<Database>, resources: readonly string[], day: string) {
  return db
    .selectFrom('outreach_claims as c')
    .innerJoin('outreach_visits as v', 'v.id', 'c.visit_id')
    .innerJoin('outreach_sites as s', 's.id', 'v.site_id')
    .select(['c.resource', 'c.visit_id', 's.name as site_name'])
    .where('c.resource', 'in', [...resources])
    .where('c.day', '=', day)
    .executeTakeFirst();
}

export async function heldResources(db: Kysely<Database>, resources: readonly string[], day: string) {
  if (resources.length === 0) return new Set<string>();
  const rows = await db
    .selectFrom('outreach_claims')
    .select('resource')
    .where('resource', 'in', [...resources])
    .where('day', '=', day)
    .execute();
  return new Set(rows.map((r) => r.resource));
}

export async function releaseClaims(db: Kysely<Database>, visitId: number): Promise<void> {
  await db.deleteFrom('outreach_claims').where('visit_id', '=', visitId).execute();
}

export async function insertTargets(db: Kysely<Database>, rows: readonly Insertable<OutreachTargetsTable>[]) {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('outreach_targets')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

/** A visit's frozen targets with the residents' current rows (status as of now). */
export function targetRows(
  db: Kysely<Database>,
  visitId: number,
  limit: number,
): Promise<(ResidentRow & { reason: OutreachTargetsTable['reason']; class_name: string | null })[]> {
  return db
    .selectFrom('outreach_targets as t')
    .innerJoin('residents as r', 'r.id', 't.resident_id')
    .selectAll('r')
    .select(['t.reason', 't.class_name'])
    .where('t.visit_id', '=', visitId)
    .orderBy('t.class_name')
    .orderBy('r.full_name')
    .limit(limit)
    .execute();
}

export async function isTarget(db: Kysely<Database>, visitId: number, residentId: number): Promise<boolean> {
  const r = await db
    .selectFrom('outreach_targets')
    .select('resident_id')
    .where('visit_id', '=', visitId)
    .where('resident_id', '=', residentId)
    .executeTakeFirst();
  return r !== undefined;
}

/** Planned visits per site from a day on (the suggestions show what is already on the calendar). */
export async function plannedVisitCounts(db: Kysely<Database>, region: string, from: string) {
  const rows = await db
    .selectFrom('outreach_visits')
    .select(['site_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where(withinScope('village_code', region))
    .where('state', '=', 'planned')
    .where('visit_date', '>=', from)
    .groupBy('site_id')
    .execute();
  return new Map(rows.map((r) => [Number(r.site_id), Number(r.n)]));
}

/** Active officers of a regency office who can go on visits (field officers and operators). */
export function regencyOfficers(db: Kysely<Database>, regency: string) {
  return db
    .selectFrom('users')
    .select(['id', 'full_name', 'role', 'region_code'])
    .where(withinScope('region_code', regency))
    .where('role', 'in', ['petugas_lapangan', 'operator_kabkota'])
    .where('active', '=', 1)
    .orderBy('full_name')
    .execute();
}
