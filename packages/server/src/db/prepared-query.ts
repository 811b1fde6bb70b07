import { type Compilable, type CompiledQuery, createQueryId, type Kysely } from 'kysely';
import type { Database } from './schema';

/** Where a parameter's value comes from when the query runs: `values[name]`, or `values[name][index]`. */
class Slot {
  constructor(
    readonly name: string,
    readonly index: number | undefined,
  ) {}

  valueIn(values: Record<string, unknown>): unknown {
    const v = values[this.name];
    return this.index === undefined ? v : (v as readonly unknown[])[this.index];
  }
}

/** Stands for a value of the running call in a query being built: `param('pointId')`, `param('ids', 2)`. */
export interface Param<V> {
  <K extends keyof V & string>(name: K): V[K];
  <K extends keyof V & string>(name: K, index: number): V[K] extends readonly (infer E)[] ? E : never;
}

function param(name: string, index?: number): unknown {
  return new Slot(name, index);
}

/**
 * A query Kysely builds and compiles once per dialect and shape, its parameters filled in on each call.
 * Building a query with Kysely's immutable builders is not free: the heads of call-next's lines (five
 * sub-selects in a union) took about 330 µs to build and compile, more than SQLite takes to run it, on
 * every call of 20 counters calling at once. Only for hot statements, where that was measured.
 *
 * `build` makes the query with `param(name)` wherever a value of the call goes (the builder sees a
 * placeholder object, which it binds as a parameter); it may read `values` only for what `shape` returns
 * (whether an optional filter applies, how many ids a list has), since the compiled query is kept per
 * shape. A value written into the query itself (not through `param`) is fixed at the first call.
 */
export function preparedQuery<V extends Record<string, unknown>, R>(
  build: (db: Kysely<Database>, param: Param<V>, values: V) => Compilable<R>,
  shape: (values: V) => string = () => '',
): (db: Kysely<Database>, values: V) => CompiledQuery<R> {
  // Per dialect: a transaction's executor shares its database's adapter, so both find the same entry.
  const byDialect = new WeakMap<object, Map<string, CompiledQuery<R>>>();
  return (db, values) => {
    const dialect = db.getExecutor().adapter;
    const compiled = byDialect.get(dialect) ?? new Map<string, CompiledQuery<R>>();
    byDialect.set(dialect, compiled);
    const key = shape(values);
    let query = compiled.get(key);
    if (!query) {
      query = build(db, param as Param<V>, values).compile();
      compiled.set(key, query);
    }
    const parameters = query.parameters.map((p) => (p instanceof Slot ? p.valueIn(values) : p));
    // A query id of its own per run, as Kysely gives each query (plugins key their state on it).
    return { ...query, parameters, queryId: createQueryId() };
  };
}
