import type { Kysely } from 'kysely';
import { dateType, timestampType, withIdColumn } from '../column-types';
import type { Engine } from '../connect';

/**
 * The stock ledger of printing supplies (issue 13). Decisions:
 * - a location is a region code (the centre 'ID', a province, a regency/city office): no table of its own,
 *   so scope filters work on it like on every other row, and a UPT can be added later as a district code;
 * - `stock_lines` is the stock card and its history at once: one row per movement, never updated, with the
 *   signed quantity, the date it happened (`occurred_on`, may be back-dated) and when it was processed;
 * - `stock_balances` is a counter per item and location (on hand, in transit towards it) moved in the same
 *   transaction as the line, so dashboards never sum lines; its row is also what a writer locks;
 * - `stock_shipments` carries a quantity from its source (debited on shipping) to its destination (in transit
 *   there) until the proof of delivery splits it into accepted and rejected;
 * - `stock_requests` with their `stock_request_events` (the history of every state change).
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  const date = dateType(engine);
  await withIdColumn(db.schema.createTable('stock_lines'), engine)
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('location_code', 'text', (c) => c.notNull())
    /** receive | ship | accept | consume | spoil | adjust | count */
    .addColumn('move', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    /** A count's counted quantity (its `quantity` is the difference it derived). */
    .addColumn('counted', 'integer')
    .addColumn('occurred_on', date, (c) => c.notNull())
    .addColumn('processed_at', ts, (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('document_no', 'text')
    /** Source of a receipt, destination of a shipment. */
    .addColumn('counterpart_code', 'text')
    .addColumn('shipment_id', 'bigint')
    .addColumn('request_id', 'bigint')
    .addColumn('actor_id', 'bigint')
    .addColumn('note', 'text')
    .execute();
  await db.schema
    .createIndex('stock_lines_card')
    .on('stock_lines')
    .columns(['item', 'location_code', 'occurred_on', 'id'])
    .execute();

  await db.schema
    .createTable('stock_balances')
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('location_code', 'text', (c) => c.notNull())
    .addColumn('on_hand', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('in_transit', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addPrimaryKeyConstraint('stock_balances_pk', ['item', 'location_code'])
    .execute();

  await withIdColumn(db.schema.createTable('stock_shipments'), engine)
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('source_code', 'text', (c) => c.notNull())
    .addColumn('destination_code', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('shipped_on', date, (c) => c.notNull())
    .addColumn('document_no', 'text', (c) => c.notNull())
    .addColumn('request_id', 'bigint')
    /** in_transit | received */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('accepted', 'integer')
    .addColumn('rejected', 'integer')
    .addColumn('rejection_reason', 'text')
    .addColumn('received_on', date)
    .addColumn('shipped_by', 'bigint')
    .addColumn('received_by', 'bigint')
    .addColumn('note', 'text')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('stock_shipments_dest')
    .on('stock_shipments')
    .column('destination_code')
    .execute();
  await db.schema.createIndex('stock_shipments_source').on('stock_shipments').column('source_code').execute();

  await withIdColumn(db.schema.createTable('stock_requests'), engine)
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('requester_code', 'text', (c) => c.notNull())
    .addColumn('supplier_code', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('approved_quantity', 'integer')
    /** draft | submitted | approved | rejected | shipped | received */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('rejection_reason', 'text')
    /** JSON: the suggested quantity and how it was computed, as shown when the request was submitted. */
    .addColumn('suggestion', 'text')
    .addColumn('note', 'text')
    .addColumn('shipment_id', 'bigint')
    .addColumn('created_by', 'bigint')
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('stock_requests_requester')
    .on('stock_requests')
    .column('requester_code')
    .execute();

  await withIdColumn(db.schema.createTable('stock_request_events'), engine)
    .addColumn('request_id', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer')
    .addColumn('note', 'text')
    .addColumn('actor_id', 'bigint')
    .addColumn('at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('stock_request_events_request')
    .on('stock_request_events')
    .column('request_id')
    .execute();
}
