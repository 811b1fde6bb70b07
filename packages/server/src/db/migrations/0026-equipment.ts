import type { Kysely } from 'kysely';
import { dateType, timestampType, withIdColumn } from '../column-types';
import type { Engine } from '../connect';

/**
 * Equipment and operators (issue 13): recording sets and card printers per office with their incident
 * history, the province's pool operators, and loans of items with operators to a regency for a period.
 *
 * "Cannot be lent twice at once" is held by `equipment_loan_days`: one row per item or operator and day of
 * a live loan, unique on (resource, day), written in the loan's own transaction. Two overlapping
 * reservations both try to write a shared day; the unique index lets exactly one commit, on SQLite and on
 * PostgreSQL alike (no exclusion constraint, no engine branch). Cancelling or returning deletes the rows.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  const date = dateType(engine);
  await withIdColumn(db.schema.createTable('equipment_items'), engine)
    /** Owner: a province (its pool) or a regency/city office. */
    .addColumn('region_code', 'text', (c) => c.notNull())
    /** recording_set | card_printer | other */
    .addColumn('kind', 'text', (c) => c.notNull())
    /** Serial number or asset tag, unique nationally. */
    .addColumn('tag', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    /** working | broken | in_repair */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('equipment_items_tag').on('equipment_items').column('tag').unique().execute();
  await db.schema.createIndex('equipment_items_region').on('equipment_items').column('region_code').execute();

  await withIdColumn(db.schema.createTable('equipment_incidents'), engine)
    .addColumn('item_id', 'bigint', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'bigint')
    .addColumn('actor_username', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('equipment_incidents_item')
    .on('equipment_incidents')
    .column('item_id')
    .execute();

  await withIdColumn(db.schema.createTable('equipment_operators'), engine)
    /** The province whose pool the operator belongs to. */
    .addColumn('region_code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    /** 18-digit NIP of a civil servant; null for contract staff (honorer), who are lent too. */
    .addColumn('nip', 'text')
    .addColumn('phone', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('equipment_operators_region')
    .on('equipment_operators')
    .column('region_code')
    .execute();

  await withIdColumn(db.schema.createTable('equipment_loans'), engine)
    .addColumn('from_region', 'text', (c) => c.notNull())
    .addColumn('to_region', 'text', (c) => c.notNull())
    .addColumn('start_date', date, (c) => c.notNull())
    .addColumn('end_date', date, (c) => c.notNull())
    /** reserved | arrived | returned | cancelled */
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    /** The regency's broken item this loan stands in for, if any. */
    .addColumn('covers_item_id', 'bigint')
    .addColumn('reserved_by', 'text')
    .addColumn('arrived_at', ts)
    .addColumn('arrived_by', 'text')
    .addColumn('returned_at', ts)
    .addColumn('returned_by', 'text')
    .addColumn('cancelled_at', ts)
    .addColumn('cancelled_by', 'text')
    .addColumn('cancel_reason', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('equipment_loans_to')
    .on('equipment_loans')
    .columns(['to_region', 'state'])
    .execute();
  await db.schema.createIndex('equipment_loans_from').on('equipment_loans').column('from_region').execute();

  await db.schema
    .createTable('equipment_loan_items')
    .addColumn('loan_id', 'bigint', (c) => c.notNull())
    .addColumn('item_id', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('equipment_loan_items_pk', ['loan_id', 'item_id'])
    .execute();
  await db.schema
    .createTable('equipment_loan_operators')
    .addColumn('loan_id', 'bigint', (c) => c.notNull())
    .addColumn('operator_id', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('equipment_loan_operators_pk', ['loan_id', 'operator_id'])
    .execute();
  await db.schema
    .createTable('equipment_loan_days')
    /** `item:<id>` or `operator:<id>`. */
    .addColumn('resource', 'text', (c) => c.notNull())
    .addColumn('day', date, (c) => c.notNull())
    .addColumn('loan_id', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('equipment_loan_days_pk', ['resource', 'day'])
    .execute();
  await db.schema
    .createIndex('equipment_loan_days_loan')
    .on('equipment_loan_days')
    .column('loan_id')
    .execute();
}
