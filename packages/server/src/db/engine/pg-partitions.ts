import { type Kysely, sql } from 'kysely';

/**
 * PostgreSQL's province partitions (docs/scale.md): residents and the counter tables are split into one
 * partition per province, by RANGE on their region code: a province's codes are exactly the strings from
 * `'18'` (inclusive) to `'18/'` (exclusive), because codes hold only digits and dots and `'/'` follows `'.'`
 * and precedes every digit. The range is the partition key itself, so no extra column has to be kept in
 * step with the region code by every writer, and a scope filter written as that range (`withinRegion`,
 * scope-filter.ts) prunes to one partition. The code columns are compared in the "C" collation, where that
 * order holds whatever the database's locale (a locale collation may ignore the dots and break it).
 */

/** Kemendagri's 38 province codes. A code outside them (the national row 'ID') lands in the default partition. */
export const PROVINCE_CODES = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '51',
  '52',
  '53',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '81',
  '82',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
] as const;

export function partitionName(table: string, province: string): string {
  return `${table}_p${province}`;
}

interface IndexDef {
  indexname: string;
  indexdef: string;
}

/**
 * Rebuilds `table` as a table partitioned by RANGE on `keyColumn`, data included: the same columns,
 * defaults, identity and checks (`LIKE … INCLUDING ALL`), one partition per province and a default one,
 * then the table's indexes again. PostgreSQL refuses a unique index that leaves out the partition key:
 * `demoteUnique` names the ones that become plain indexes (uniqueness then lives elsewhere, see
 * `resident_niks`); any other unique index without the key fails the migration loudly.
 */
export async function partitionByProvince(
  db: Kysely<unknown>,
  table: string,
  keyColumn: string,
  demoteUnique: readonly string[] = [],
): Promise<void> {
  const old = `${table}_unpartitioned`;
  await sql`alter table ${sql.table(table)} alter column ${sql.ref(keyColumn)} type text collate "C"`.execute(
    db,
  );
  const { rows: indexes } = await sql<IndexDef>`
    select indexname, indexdef from pg_indexes
    where schemaname = current_schema() and tablename = ${table}`.execute(db);
  await sql`alter table ${sql.table(table)} rename to ${sql.table(old)}`.execute(db);
  await sql`create table ${sql.table(table)} (like ${sql.table(old)} including all excluding indexes)
    partition by range (${sql.ref(keyColumn)})`.execute(db);
  for (const p of PROVINCE_CODES) {
    await sql`create table ${sql.table(partitionName(table, p))} partition of ${sql.table(table)}
      for values from (${sql.lit(p)}) to (${sql.lit(`${p}/`)})`.execute(db);
  }
  await sql`create table ${sql.table(`${table}_pother`)} partition of ${sql.table(table)} default`.execute(
    db,
  );
  await sql`insert into ${sql.table(table)} select * from ${sql.table(old)}`.execute(db);
  await sql`drop table ${sql.table(old)}`.execute(db);
  for (const ix of indexes) await sql.raw(rewriteIndex(ix, table, keyColumn, demoteUnique)).execute(db);
}

/** One index of the old table, for the partitioned one (primary keys become unique indexes). */
function rewriteIndex(
  ix: IndexDef,
  table: string,
  keyColumn: string,
  demoteUnique: readonly string[],
): string {
  const columns = /\((.*)\)\s*$/.exec(ix.indexdef)?.[1] ?? '';
  const unique = /^CREATE UNIQUE INDEX/.test(ix.indexdef);
  const hasKey = columns.split(',').some((c) => c.trim().replace(/"/g, '') === keyColumn);
  if (unique && !hasKey && !demoteUnique.includes(ix.indexname)) {
    throw new Error(`partitionByProvince: unique index ${ix.indexname} lacks the partition key ${keyColumn}`);
  }
  const kind = unique && hasKey ? 'unique index' : 'index';
  const name = unique && !hasKey ? `${table}_${columns.replace(/[^a-z_]+/g, '_')}_idx` : ix.indexname;
  return `create ${kind} "${name}" on "${table}" (${columns})`;
}
