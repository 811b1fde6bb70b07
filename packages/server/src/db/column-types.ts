import type { ColumnDataType, CreateTableBuilder } from 'kysely';
import type { Engine } from './connect';

/**
 * The few places where the two engines need different DDL. Migrations call these so that one
 * migration file serves both engines.
 */
export function timestampType(engine: Engine): ColumnDataType {
  return engine === 'postgres' ? 'timestamptz' : 'text';
}

export function dateType(engine: Engine): ColumnDataType {
  return engine === 'postgres' ? 'date' : 'text';
}

/** An auto-increment primary key: identity on PostgreSQL, rowid alias on SQLite. */
export function withIdColumn<T extends string>(
  table: CreateTableBuilder<T, never>,
  engine: Engine,
): CreateTableBuilder<T, 'id'> {
  return engine === 'postgres'
    ? table.addColumn('id', 'bigint', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}
