import { type Kysely, sql } from 'kysely';
import type { Engine } from '../connect';

/**
 * Each election carries its own target (share of wajib KTP to reach by voting day; default 1, everyone)
 * and a `demo` flag for the simulated elections the demo seed adds, which are labelled "Demo" on every
 * screen and never printed in an official report. Elections the seed stored before this migration are
 * recognised by the name it gave them ("Simulasi …").
 */
export async function up(db: Kysely<unknown>, _engine: Engine): Promise<void> {
  await db.schema
    .alterTable('elections')
    .addColumn('target', 'real', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .alterTable('elections')
    .addColumn('demo', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update elections set demo = 1 where name like 'Simulasi %'`.execute(db);
}
