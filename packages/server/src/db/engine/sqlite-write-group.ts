import { CompiledQuery, type ControlledTransaction, type Kysely } from 'kysely';
import type { Database } from '../schema';

/** At most this many writes share one commit, so a member never waits behind an unbounded group. */
export const GROUP_MAX_MEMBERS = 64;
/**
 * A group takes no new members once its transaction has been open this long (its first member's added
 * wait). While it still waits for the connection, joining costs its members nothing: they all wait.
 */
export const GROUP_MAX_OPEN_MS = 15;

const SAVEPOINT = CompiledQuery.raw('savepoint sigap_write');
const RELEASE = CompiledQuery.raw('release sigap_write');
const ROLLBACK_TO = CompiledQuery.raw('rollback to sigap_write');
/**
 * The savepoints' journal in memory for the group's transaction. SQLite journals each page a member
 * changes first (its state before the savepoint) and spills that journal past 64 KiB to a temporary file:
 * with about 40 pages a member, every booking wrote ~28 pages to a file made and deleted per transaction
 * (strace). SQLite refuses the switch inside a transaction once its temporary database is open, so the
 * group takes the connection, switches, begins, and switches back after its COMMIT; the connection's
 * other transactions keep temporary files, which bound the memory of large sorts.
 */
const JOURNAL_IN_MEMORY = CompiledQuery.raw('pragma temp_store = memory');
const JOURNAL_DEFAULT = CompiledQuery.raw('pragma temp_store = default');

/** One transaction that several short writes run in, one after another, each in a savepoint of its own. */
class Group {
  /** When its transaction began (undefined while it waits for the connection). */
  startedAt: number | undefined;
  /** The transaction, once the group has the connection (it waits its turn like any other caller). */
  readonly trx: Promise<ControlledTransaction<Database>>;
  readonly committed: Promise<void>;
  settle!: (error?: unknown) => void;
  members = 0;
  /** Members that joined and have not finished their work. */
  pending = 0;
  closing = false;
  /** Members take the transaction in the order they joined (each statement is in-process, one at a time). */
  turn: Promise<void> = Promise.resolve();

  constructor(db: Kysely<Database>) {
    this.committed = new Promise<void>((resolve, reject) => {
      this.settle = (error) => (error === undefined ? resolve() : reject(error));
    });
    // A member that fails on its own never reads `committed`; a failed commit must not go unhandled there.
    this.committed.catch(() => {});
    this.trx = new Promise((resolve, reject) => {
      db.connection()
        .execute(async (connection) => {
          await connection.executeQuery(JOURNAL_IN_MEMORY).catch(() => {});
          try {
            const trx = await connection.startTransaction().execute();
            this.startedAt = performance.now();
            resolve(trx);
          } catch (error) {
            reject(error);
            return;
          }
          // The connection stays the group's until it has committed (or failed), then gets its setting back.
          await this.committed.catch(() => {});
          await connection.executeQuery(JOURNAL_DEFAULT).catch(() => {});
        })
        .catch(reject);
    });
  }

  joinable(): boolean {
    return (
      !this.closing &&
      this.members < GROUP_MAX_MEMBERS &&
      (this.startedAt === undefined || performance.now() - this.startedAt < GROUP_MAX_OPEN_MS)
    );
  }
}

/**
 * Group commit for SQLite's short writes. A commit writes every page the transaction changed to the WAL:
 * for a booking's hold or confirmation about 40 pages and 157 µs, a fifth of its whole cost, and the same
 * index pages again for the next booking (measured: strace counted 87 `pwrite` per booking). Writes that
 * arrive together (a poll phase's requests) therefore run in one transaction, each in a savepoint: one
 * that fails is rolled back to its savepoint alone, and every member is answered only after the shared
 * COMMIT, so nothing is reported before it is committed.
 *
 * Everything else waits for the group's connection as it waits for any transaction's (Kysely's one SQLite
 * connection), so no read sees a member's uncommitted rows. A group closes once no joined member is left,
 * after the current event-loop turn, or when it is full or has been open GROUP_MAX_OPEN_MS.
 */
export class SqliteWriteGroups {
  #open: Group | undefined;

  async run<T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
    // Already inside the caller's transaction: nothing to group.
    if (db.isTransaction) return work(db);
    let group = this.#open;
    if (!group?.joinable()) {
      group = new Group(db);
      this.#open = group;
    }
    group.members++;
    group.pending++;
    const before = group.turn;
    let done!: () => void;
    group.turn = new Promise<void>((resolve) => {
      done = resolve;
    });
    let result: T;
    try {
      await before;
      result = await this.#member(await group.trx, work);
    } catch (error) {
      this.#finish(group, done);
      throw error;
    }
    this.#finish(group, done);
    await group.committed;
    return result;
  }

  async #member<T>(trx: ControlledTransaction<Database>, work: (trx: Kysely<Database>) => Promise<T>) {
    await trx.executeQuery(SAVEPOINT);
    try {
      const result = await work(trx);
      await trx.executeQuery(RELEASE);
      return result;
    } catch (error) {
      await trx.executeQuery(ROLLBACK_TO);
      await trx.executeQuery(RELEASE);
      throw error;
    }
  }

  /** A member is done: its turn passes on, and the last one lets the group commit after this turn. */
  #finish(group: Group, done: () => void): void {
    group.pending--;
    done();
    if (group.pending === 0) setImmediate(() => this.#closeIfIdle(group));
  }

  async #closeIfIdle(group: Group): Promise<void> {
    // Members that joined in the meantime close it when they finish.
    if (group.pending > 0 || group.closing) return;
    group.closing = true;
    if (this.#open === group) this.#open = undefined;
    let trx: ControlledTransaction<Database>;
    try {
      trx = await group.trx;
    } catch (error) {
      group.settle(error);
      return;
    }
    try {
      await trx.commit().execute();
      group.settle();
    } catch (error) {
      // A failed COMMIT (an I/O error, a full disk) undoes every member: none of them may report success.
      await trx
        .rollback()
        .execute()
        .catch(() => {});
      group.settle(error);
    }
  }
}
