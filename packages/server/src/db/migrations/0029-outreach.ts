import type { Kysely } from 'kysely';
import { dateType, timestampType, withIdColumn } from '../column-types';
import type { Engine } from '../connect';

/**
 * Jemput bola (issue 15): outreach sites, their rosters, visits with team and equipment, the frozen target
 * list of each visit, field actions from the offline app and the devices that send them.
 *
 * - "A person or a set cannot be in two places at once" is held by `outreach_claims` (resource, day)
 *   unique, written in the planning transaction, exactly like `equipment_loan_days`.
 * - "Nothing applied twice" is held by `outreach_actions.client_id` unique: the device's UUID per action.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  const date = dateType(engine);
  await withIdColumn(db.schema.createTable('outreach_sites'), engine)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('regency_code', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outreach_sites_village').on('outreach_sites').column('village_code').execute();

  await withIdColumn(db.schema.createTable('outreach_roster_rows'), engine)
    .addColumn('site_id', 'bigint', (c) => c.notNull())
    .addColumn('line', 'integer', (c) => c.notNull())
    .addColumn('nik', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('birth_date', 'text')
    .addColumn('class_name', 'text')
    /** The registry's resident when matched; null with `mismatch` saying why not. */
    .addColumn('resident_id', 'bigint')
    .addColumn('mismatch', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outreach_roster_site').on('outreach_roster_rows').column('site_id').execute();

  await withIdColumn(db.schema.createTable('outreach_visits'), engine)
    .addColumn('site_id', 'bigint', (c) => c.notNull())
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('visit_date', date, (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    /** planned | cancelled */
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('voting_day', date)
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('cancel_reason', 'text')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('outreach_visits_village')
    .on('outreach_visits')
    .columns(['village_code', 'visit_date'])
    .execute();
  await db.schema
    .createTable('outreach_visit_members')
    .addColumn('visit_id', 'bigint', (c) => c.notNull())
    /** `user:<id>` or `item:<id>` (an equipment item). */
    .addColumn('resource', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('outreach_visit_members_pk', ['visit_id', 'resource'])
    .execute();
  await db.schema
    .createTable('outreach_claims')
    .addColumn('resource', 'text', (c) => c.notNull())
    .addColumn('day', date, (c) => c.notNull())
    .addColumn('visit_id', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('outreach_claims_pk', ['resource', 'day'])
    .execute();
  await db.schema.createIndex('outreach_claims_visit').on('outreach_claims').column('visit_id').execute();

  await db.schema
    .createTable('outreach_targets')
    .addColumn('visit_id', 'bigint', (c) => c.notNull())
    .addColumn('resident_id', 'bigint', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('class_name', 'text')
    .addPrimaryKeyConstraint('outreach_targets_pk', ['visit_id', 'resident_id'])
    .execute();

  await withIdColumn(db.schema.createTable('outreach_actions'), engine)
    .addColumn('visit_id', 'bigint', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('resident_id', 'bigint')
    .addColumn('nik', 'text')
    .addColumn('full_name', 'text')
    .addColumn('walk_in', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'bigint')
    .addColumn('occurred_at', ts, (c) => c.notNull())
    .addColumn('received_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('outreach_actions_client')
    .on('outreach_actions')
    .column('client_id')
    .unique()
    .execute();
  await db.schema.createIndex('outreach_actions_visit').on('outreach_actions').column('visit_id').execute();

  await db.schema
    .createTable('outreach_devices')
    .addColumn('device_id', 'text', (c) => c.primaryKey())
    .addColumn('visit_id', 'bigint', (c) => c.notNull())
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('pending', 'integer', (c) => c.notNull())
    .addColumn('oldest_pending_at', ts)
    .addColumn('last_seen_at', ts, (c) => c.notNull())
    .execute();
}
