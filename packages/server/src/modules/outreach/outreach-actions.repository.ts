import type { Insertable, Kysely, Selectable } from 'kysely';
import type { EngineStore } from '../../db/engine/engine-store';
import type { Database, OutreachActionsTable, OutreachDevicesTable } from '../../db/schema';
import { withinScope } from '../../db/scope-filter';

export type ActionRow = Selectable<OutreachActionsTable>;

/**
 * Stores an action unless its clientId is already stored (the unique index decides, on both engines and
 * under concurrency: the second of two racing inserts waits, then skips). Undefined when it was a repeat.
 */
export async function insertActionOnce(
  db: Kysely<Database>,
  row: Insertable<OutreachActionsTable>,
): Promise<number | undefined> {
  const r = await db
    .insertInto('outreach_actions')
    .values(row)
    .onConflict((oc) => oc.column('client_id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return r ? Number(r.id) : undefined;
}

export function findActionByClientId(db: Kysely<Database>, clientId: string): Promise<ActionRow | undefined> {
  return db.selectFrom('outreach_actions').selectAll().where('client_id', '=', clientId).executeTakeFirst();
}

/** The latest outcome per resident of a visit (what other devices already did), for the pack. */
export function visitActionRows(db: Kysely<Database>, visitId: number): Promise<ActionRow[]> {
  return db
    .selectFrom('outreach_actions')
    .selectAll()
    .where('visit_id', '=', visitId)
    .orderBy('received_at')
    .orderBy('id')
    .execute();
}

/**
 * Outreach recordings of a visit with the resident's current status and whether a SIAK import has since
 * moved the resident to a recorded state (a `resident_history` row of source `import`, after the action).
 */
export function recordingsWithConfirmation(db: Kysely<Database>, visitId: number) {
  return db
    .selectFrom('outreach_actions as a')
    .innerJoin('residents as r', 'r.id', 'a.resident_id')
    .select(['a.resident_id', 'a.received_at', 'r.nik', 'r.full_name', 'r.recording_status'])
    .select((eb) =>
      eb
        .selectFrom('resident_history as h')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('h.resident_id', '=', 'a.resident_id')
        .where('h.field', '=', 'recording')
        .where('h.source', '=', 'import')
        .whereRef('h.recorded_at', '>=', 'a.received_at')
        .as('imports_after'),
    )
    .where('a.visit_id', '=', visitId)
    .where('a.outcome', '=', 'recorded')
    .where('a.result', '=', 'applied')
    .orderBy('r.full_name')
    .execute();
}

export async function upsertDevice(db: Kysely<Database>, row: Insertable<OutreachDevicesTable>) {
  await db
    .insertInto('outreach_devices')
    .values(row)
    .onConflict((oc) =>
      oc.column('device_id').doUpdateSet({
        visit_id: row.visit_id,
        region_code: row.region_code,
        pending: row.pending,
        oldest_pending_at: row.oldest_pending_at,
        last_seen_at: row.last_seen_at,
      }),
    )
    .execute();
}

export function findDevice(db: Kysely<Database>, deviceId: string) {
  return db.selectFrom('outreach_devices').selectAll().where('device_id', '=', deviceId).executeTakeFirst();
}

/** Devices in a region holding unsynced items older than `before` (the supervisor's view). */
export function staleDevices(db: Kysely<Database>, region: string, before: string) {
  return db
    .selectFrom('outreach_devices as d')
    .innerJoin('outreach_visits as v', 'v.id', 'd.visit_id')
    .innerJoin('outreach_sites as s', 's.id', 'v.site_id')
    .select([
      'd.device_id',
      'd.visit_id',
      'd.username',
      'd.pending',
      'd.oldest_pending_at',
      'd.last_seen_at',
      's.name as site_name',
      'v.visit_date',
    ])
    .where(withinScope('d.region_code', region))
    .where('d.pending', '>', 0)
    .where('d.oldest_pending_at', '<=', before)
    .orderBy('d.oldest_pending_at')
    .execute();
}

/** The command center's outreach figures of a region: applied recordings and walk-ins. */
export async function actionTotals(db: Kysely<Database>, region: string) {
  const r = await db
    .selectFrom('outreach_actions')
    .select((eb) => [
      eb.fn
        .sum<number>(
          eb
            .case()
            .when(eb.and([eb('outcome', '=', 'recorded'), eb('result', '=', 'applied')]))
            .then(1)
            .else(0)
            .end(),
        )
        .as('recorded'),
      eb.fn.sum<number>('walk_in').as('walk_ins'),
    ])
    .where(withinScope('region_code', region))
    .executeTakeFirstOrThrow();
  return { recorded: Number(r.recorded ?? 0), walkIns: Number(r.walk_ins ?? 0) };
}

export async function visitAndSiteCounts(db: Kysely<Database>, region: string, today: string) {
  const sites = await db
    .selectFrom('outreach_sites')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(withinScope('village_code', region))
    .executeTakeFirstOrThrow();
  const visits = await db
    .selectFrom('outreach_visits')
    .select((eb) => [
      eb.fn.sum<number>(eb.case().when('visit_date', '>=', today).then(1).else(0).end()).as('planned'),
      eb.fn.sum<number>(eb.case().when('visit_date', '<', today).then(1).else(0).end()).as('past'),
    ])
    .where(withinScope('village_code', region))
    .where('state', '=', 'planned')
    .executeTakeFirstOrThrow();
  return {
    sites: Number(sites.n),
    planned: Number(visits.planned ?? 0),
    past: Number(visits.past ?? 0),
  };
}

export async function staleDeviceCount(db: Kysely<Database>, region: string, before: string) {
  const r = await db
    .selectFrom('outreach_devices')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(withinScope('region_code', region))
    .where('pending', '>', 0)
    .where('oldest_pending_at', '<=', before)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The resident row, locked for the rest of the transaction (FOR UPDATE on PostgreSQL; SQLite has one writer). */
export function lockResident(db: Kysely<Database>, store: EngineStore, id: number) {
  return store.lockRows(db.selectFrom('residents').selectAll().where('id', '=', id)).executeTakeFirst();
}

export function findResidentByNik(db: Kysely<Database>, nik: string) {
  return db.selectFrom('residents').selectAll().where('nik', '=', nik).executeTakeFirst();
}

export async function setActionResult(db: Kysely<Database>, id: number, result: ActionRow['result']) {
  await db.updateTable('outreach_actions').set({ result }).where('id', '=', id).execute();
}

export function findResidentById(db: Kysely<Database>, id: number) {
  return db.selectFrom('residents').selectAll().where('id', '=', id).executeTakeFirst();
}
