import { NATIONAL_CODE } from '@sigap/domain';
import { type RawBuilder, type SqlBool, sql } from 'kysely';

/**
 * SQL form of `isWithinScope`: the column equals the scope or starts with `scope.`.
 * Region codes contain only digits and dots, so LIKE needs no escaping, and the prefix form
 * can use the column's index on both engines.
 */
export function withinScope(column: string, scope: string): RawBuilder<SqlBool> {
  if (scope === NATIONAL_CODE) return sql<SqlBool>`1 = 1`;
  const ref = sql.ref(column);
  return sql<SqlBool>`(${ref} = ${scope} or ${ref} like ${`${scope}.%`})`;
}

/**
 * `withinScope` as one range of the code column: the scope itself and every code below it are exactly the
 * strings from `scope` (inclusive) to `scope + '/'` (exclusive), since codes hold only digits and dots and
 * `'/'` sorts right after `'.'` and before every digit. Only for columns compared in byte order: the
 * residents' `village_code` (collation "C" on PostgreSQL, migration 0039; SQLite's default BINARY). There
 * the range is what PostgreSQL prunes province partitions by, and an index range scan on both engines; on a
 * column in a locale collation that ignores the dots it would be wrong.
 */
export function withinRegion(column: string, scope: string): RawBuilder<SqlBool> {
  if (scope === NATIONAL_CODE) return sql<SqlBool>`1 = 1`;
  const ref = sql.ref(column);
  return sql<SqlBool>`(${ref} >= ${scope} and ${ref} < ${`${scope}/`})`;
}
