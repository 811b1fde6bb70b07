import type { Kysely } from 'kysely';
import type { Db } from '../../db/connect';
import type { Database } from '../../db/schema';
import { inResidentTransaction, type ResidentWriter } from './resident-write.service';

/**
 * Bounds of one transaction of a bulk job. Each commit writes every index page its batches dirtied, and NIK,
 * name and counter keys land on random pages, so a commit costs about the size of those indexes whatever
 * its row count: fewer, larger commits are much cheaper (measured on 1M rows: the bare insert loop takes
 * 24.9 s committing every 5,000 rows and 17.0 s every 50,000). The time bound keeps SQLite's one
 * connection, which the web server shares with the job, from being held for long.
 */
export interface CommitLimits {
  rows: number;
  ms: number;
}

export const DEFAULT_COMMIT_LIMITS: CommitLimits = {
  rows: Number(process.env.SIGAP_COMMIT_ROWS ?? 50_000),
  ms: Number(process.env.SIGAP_COMMIT_MS ?? 2000),
};

/**
 * Writes `batches` through the write path, several per transaction within `limits`; `afterCommit` runs after
 * each commit (progress). A batch is never split, so a job's checkpoint written with a batch stays exact.
 */
export async function writeInGroupedTransactions<B extends { length: number }>(
  handle: Db,
  batches: AsyncIterator<B> | Iterator<B>,
  write: (batch: B, writer: ResidentWriter, trx: Kysely<Database>) => Promise<void>,
  afterCommit: () => void | Promise<void>,
  limits: CommitLimits = DEFAULT_COMMIT_LIMITS,
): Promise<void> {
  const source = readAhead(batches);
  let next = await source.next();
  // A batch that cannot be read (a file refused half-way) must not roll back the whole batches already
  // written in the open transaction: they are committed first, then the error is thrown.
  let unreadable: { error: unknown } | null = null;
  while (!next.done) {
    await inResidentTransaction(handle, async (writer, trx) => {
      const opened = performance.now();
      let rows = 0;
      while (!next.done && rows < limits.rows && performance.now() - opened < limits.ms) {
        await write(next.value, writer, trx);
        rows += next.value.length;
        try {
          next = await source.next();
        } catch (error) {
          unreadable = { error };
          next = { done: true, value: undefined };
        }
      }
    });
    await afterCommit();
  }
  if (unreadable) throw (unreadable as { error: unknown }).error;
}

/**
 * Asks for the next batch as soon as the current one is handed out, so that reading and parsing it overlap
 * the writes of the current one wherever those wait on a server (PostgreSQL). On SQLite, whose calls are
 * synchronous, it only holds one batch more in memory.
 */
function readAhead<B>(batches: AsyncIterator<B> | Iterator<B>): { next(): Promise<IteratorResult<B>> } {
  const ask = () => {
    const p = Promise.resolve(batches.next());
    // Rejections surface when the batch is awaited; until then this keeps Node from calling them unhandled.
    p.catch(() => {});
    return p;
  };
  let pending = ask();
  return {
    async next() {
      const result = await pending;
      if (!result.done) pending = ask();
      return result;
    },
  };
}
