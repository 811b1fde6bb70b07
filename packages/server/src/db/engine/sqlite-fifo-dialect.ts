import {
  type DatabaseConnection,
  type Driver,
  type LimitNode,
  type QueryCompiler,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  SqliteQueryCompiler,
  ValueNode,
} from 'kysely';

/**
 * A lock that hands itself to the longest waiter. Kysely's SQLite driver guards its one connection with a
 * lock that wakes every waiter on release and lets whoever runs first take it, and a request whose query
 * continues in the same tick takes it before any woken waiter: under 200 concurrent bookings some requests
 * lost again and again and waited 15–40 s (the bench's p99) while the median stayed under half a second.
 */
class FifoLock {
  #held = false;
  readonly #waiting: (() => void)[] = [];

  acquire(): Promise<void> {
    if (!this.#held) {
      this.#held = true;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  release(): void {
    const next = this.#waiting.shift();
    if (next) next();
    else this.#held = false;
  }
}

/** Kysely's driver with the connection taken in arrival order (its own lock then never waits). */
class FifoSqliteDriver extends SqliteDriver {
  readonly #lock = new FifoLock();

  override async acquireConnection(): Promise<DatabaseConnection> {
    await this.#lock.acquire();
    return super.acquireConnection();
  }

  override async releaseConnection(): Promise<void> {
    await super.releaseConnection();
    this.#lock.release();
  }
}

/**
 * Kysely's SQLite compiler, writing a query's row limit into its text instead of binding it. SQLite plans
 * a statement again at every run when a parameter its planner read is bound anew, and it reads a `limit ?`
 * (SQLite 3.53): the same one-row read of queue_tickets took 10.8 µs with `limit ?` and 1.7 µs with
 * `limit 21`, and call-next's five-part read of its lines 223 → 106 µs. A limit is one of a few numbers
 * per statement, so the prepared-statement cache keeps a text per number. Offsets do not trigger it
 * (measured equal) and stay bound: a page number would make a text per page.
 */
class LimitInTextCompiler extends SqliteQueryCompiler {
  protected override visitLimit(node: LimitNode): void {
    const limit = node.limit;
    if (ValueNode.is(limit) && Number.isSafeInteger(limit.value)) {
      this.append(`limit ${limit.value}`);
      return;
    }
    super.visitLimit(node);
  }
}

/** Kysely's SQLite dialect, whose one connection goes to its callers first come, first served. */
export class FifoSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new FifoSqliteDriver(this.#config);
  }

  override createQueryCompiler(): QueryCompiler {
    return new LimitInTextCompiler();
  }
}
