import type { Kysely } from 'kysely';
import { dateType, timestampType, withIdColumn } from '../column-types';
import type { Engine } from '../connect';

/**
 * Printing (issue 13): one row per card that went through the printer at an office (printed or spoiled),
 * its handover, and the ribbons and films in use at each office with the cards they printed.
 *
 * `print_rolls`: a ribbon or film is taken from stock (one whole unit, a `consume` ledger line) when an
 * office prints with none in use; it counts the cards it prints and is closed when the configured yield is
 * reached or the office reports it finished earlier. Its `cards` on closing is the measured yield.
 */
export async function up(db: Kysely<unknown>, engine: Engine): Promise<void> {
  const ts = timestampType(engine);
  const date = dateType(engine);
  await withIdColumn(db.schema.createTable('print_cards'), engine)
    /** The printing office: a regency/city code. */
    .addColumn('office_code', 'text', (c) => c.notNull())
    .addColumn('resident_id', 'bigint', (c) => c.notNull())
    /** The resident's village when printed: scope checks and reconciliation per regency. */
    .addColumn('village_code', 'text', (c) => c.notNull())
    .addColumn('operator_id', 'bigint')
    .addColumn('operator_username', 'text')
    .addColumn('printed_on', date, (c) => c.notNull())
    .addColumn('printed_at', ts, (c) => c.notNull())
    /** 1: the card was spoiled (it consumed a blanko, the resident is still waiting). */
    .addColumn('spoiled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('spoil_reason', 'text')
    .addColumn('handed_over_on', date)
    /** Who received the card: `resident`, or a family member's relation (e.g. `ayah`, `istri`). */
    .addColumn('received_by', 'text')
    .addColumn('receiver_name', 'text')
    .addColumn('handed_over_by', 'bigint')
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('print_cards_office')
    .on('print_cards')
    .columns(['office_code', 'printed_on'])
    .execute();
  await db.schema.createIndex('print_cards_resident').on('print_cards').column('resident_id').execute();

  await withIdColumn(db.schema.createTable('print_rolls'), engine)
    .addColumn('office_code', 'text', (c) => c.notNull())
    /** RIBBON | FILM */
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('cards', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('started_at', ts, (c) => c.notNull())
    .addColumn('finished_at', ts)
    .addColumn('stock_line_id', 'bigint')
    .execute();
  await db.schema
    .createIndex('print_rolls_office')
    .on('print_rolls')
    .columns(['office_code', 'item'])
    .execute();
}
