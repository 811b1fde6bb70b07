import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../schema';

/** How fresh the figures a read returns are: the replica's replay point, or now on the primary. */
export interface ReadFreshness {
  source: 'primary' | 'replica';
  /** The moment the data read reflects (ISO). A replica that has replayed everything it received is current. */
  asOf: string;
  /** Seconds behind the primary (0 on the primary or a caught-up replica). */
  lagSeconds: number;
}

/**
 * Where dashboard and report reads go. Without `DATABASE_READ_URL` it is the primary itself; with it, a hot
 * standby, so the province's dashboards and exports do not compete with imports and the counter for the
 * primary. Writes never go here: a standby refuses them anyway.
 */
export interface ReadSide {
  db: Kysely<Database>;
  freshness(): Promise<ReadFreshness>;
  close(): Promise<void>;
}

export function primaryReadSide(db: Kysely<Database>, now: () => Date = () => new Date()): ReadSide {
  return {
    db,
    freshness: async () => ({ source: 'primary', asOf: now().toISOString(), lagSeconds: 0 }),
    close: async () => undefined,
  };
}

interface ReplayRow {
  caught_up: boolean | null;
  replayed_at: string | null;
  now: string;
}

/**
 * A streaming replica. Its lag is read from the standby itself: when everything received has been
 * replayed it is as current as the stream (asOf = now); otherwise the data is as of the last replayed
 * transaction's commit time. (On an idle primary the last commit can be old while the replica is current,
 * which is why "caught up" is checked first.)
 */
export function replicaReadSide(url: string): ReadSide {
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    async freshness() {
      const { rows } = await sql<ReplayRow>`
        select pg_last_wal_receive_lsn() is not distinct from pg_last_wal_replay_lsn()
                 and not pg_is_wal_replay_paused() as caught_up,
               pg_last_xact_replay_timestamp() as replayed_at,
               now() as now`.execute(db);
      const row = rows[0];
      if (!row) throw new Error('replica freshness: no row');
      if (row.caught_up || !row.replayed_at) return { source: 'replica', asOf: row.now, lagSeconds: 0 };
      const lag = Math.max(0, (Date.parse(row.now) - Date.parse(row.replayed_at)) / 1000);
      return { source: 'replica', asOf: row.replayed_at, lagSeconds: Math.round(lag) };
    },
    close: () => db.destroy(),
  };
}
