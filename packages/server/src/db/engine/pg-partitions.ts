import { type Kysely, sql } from 'kysely';

/**
 * PostgreSQL's province partitions (docs/scale.md): residents are split into one partition per province,
 * by RANGE on their region code: a province's codes are the strings from `'18'` (inclusive) to `'18/'`
 * (exclusive), because codes hold only digits and dots and `'/'` follows `'.'`
 * and precedes every digit. The range is the partition key itself, so no extra column has to be kept in
 * step with the region code by every writer, and a scope filter written as that range (`withinRegion`,
 * scope-filter.ts) prunes to one partition. The code columns are compared in the "C" collation, where that
 * order holds whatever the database's locale (a locale collation may ignore the dots and break it).
 */

export function partitionName(table: string, province: string): string {
  return `${table}_p${province}`;
}

/**
 * Partitions seen to exist, per database (its Kysely adapter, which its transactions share): one is never
 * dropped, so a process asks at most once per province and database. Tests open many databases in one
 * process, and one of them may lack a province another has.
 */
const knownPartitions = new WeakMap<object, Set<string>>();

/**
 * The residents partition of `province` by its name, or the partitioned table when it has none (its rows
 * are in the default partition). A statement naming the partition reads only its indexes, whatever the
 * planner knows of the values it will be run with.
 */
export async function residentsTableOf<DB>(db: Kysely<DB>, province: string): Promise<string> {
  const name = partitionName('residents', province);
  const adapter = db.getExecutor().adapter;
  const known = knownPartitions.get(adapter) ?? new Set<string>();
  knownPartitions.set(adapter, known);
  if (known.has(name)) return name;
  const { rows } = await sql<{ found: boolean }>`select to_regclass(${name}) is not null as found`.execute(
    db,
  );
  if (rows[0]?.found !== true) return 'residents';
  known.add(name);
  return name;
}

/**
 * A partition of `table` for each province that has none yet. Partitions are made when a province's
 * regions are loaded (regions.loader.ts, through the engine store), before any of its residents can be
 * written, so a deployment plans its queries over its own provinces only: every partition costs each
 * statement that is not pruned at plan time about 30 µs of planning (docs/scale.md). Rows of the
 * province already in the default partition (a village written before its regions were loaded) move to the
 * new partition in the same transaction, as PostgreSQL requires before it attaches it.
 */
export async function ensureProvincePartitions<DB>(
  db: Kysely<DB>,
  table: string,
  keyColumn: string,
  provinces: readonly string[],
): Promise<void> {
  const { rows } = await sql<{ name: string }>`select c.relname as name from pg_inherits i
    join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent
    where p.relname = ${table} and p.relnamespace = current_schema()::regnamespace`.execute(db);
  const have = new Set(rows.map((r) => r.name));
  for (const p of provinces) {
    const name = partitionName(table, p);
    if (!/^\d\d$/.test(p) || have.has(name)) continue;
    const part = sql.table(name);
    const other = sql.table(`${table}_pother`);
    const key = sql.ref(keyColumn);
    const inRange = sql`${key} >= ${sql.lit(p)} and ${key} < ${sql.lit(`${p}/`)}`;
    await sql`create table ${part} (like ${sql.table(table)} including defaults including constraints)`.execute(
      db,
    );
    await sql`insert into ${part} select * from ${other} where ${inRange}`.execute(db);
    await sql`delete from ${other} where ${inRange}`.execute(db);
    await sql`alter table ${sql.table(table)} attach partition ${part}
      for values from (${sql.lit(p)}) to (${sql.lit(`${p}/`)})`.execute(db);
  }
}

interface IndexDef {
  indexname: string;
  indexdef: string;
}

/**
 * Rebuilds `table` as a table partitioned by RANGE on `keyColumn`, data included: the same columns,
 * defaults, identity and checks (`LIKE … INCLUDING ALL`), a partition for each of `provinces` and a default
 * one, then the table's indexes again. PostgreSQL refuses a unique index that leaves out the partition key:
 * `demoteUnique` names the ones that become plain indexes (uniqueness then lives elsewhere, see
 * `resident_niks`); any other unique index without the key fails the migration loudly.
 */
export async function partitionByProvince(
  db: Kysely<unknown>,
  table: string,
  keyColumn: string,
  provinces: readonly string[],
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
  await sql`create table ${sql.table(`${table}_pother`)} partition of ${sql.table(table)} default`.execute(
    db,
  );
  await ensureProvincePartitions(db, table, keyColumn, provinces);
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
