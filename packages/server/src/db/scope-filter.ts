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
