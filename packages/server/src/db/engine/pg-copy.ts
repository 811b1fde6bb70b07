import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Kysely, sql } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from '../schema';

/** Writes `rows` into `table` with `COPY … FROM STDIN`, inside the transaction `trx`. */
export type CopyRows = <R>(
  trx: Kysely<Database>,
  table: string,
  columns: readonly string[],
  rows: readonly R[],
  /** The row's values in the order of `columns`. */
  cells: (row: R) => readonly unknown[],
) => Promise<void>;

/**
 * COPY on the connection of a Kysely transaction. Kysely does not hand out its driver client, so each pool
 * client is known by its backend process id (set before the pool announces it), and the transaction asks
 * the server for its own. The transaction holds that client for its caller alone, and the caller awaits the
 * COPY before its next statement, so the COPY runs in the transaction like any of its statements.
 */
export function createPgCopy(pool: pg.Pool): CopyRows {
  const clients = new Map<number, pg.PoolClient>();
  pool.on('connect', (client) => {
    const pid = (client as unknown as { processID: number }).processID;
    clients.set(pid, client);
  });
  pool.on('remove', (client) => {
    clients.delete((client as unknown as { processID: number }).processID);
  });
  return async (trx, table, columns, rows, cells) => {
    if (rows.length === 0) return;
    const { rows: found } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx);
    const client = clients.get(Number(found[0]?.pid));
    if (!client) throw new Error('COPY: the transaction connection is not one of this pool');
    const names = columns.map((c) => `"${c.replaceAll('"', '""')}"`).join(', ');
    const target = copyFrom(`copy ${table} (${names}) from stdin`);
    await pipeline(Readable.from(copyText(rows, cells)), client.query(target));
  };
}

/** Rows per chunk of COPY text handed to the stream. */
const CHUNK_ROWS = 1000;

/** COPY's text format: tab-separated, `\N` for NULL, backslash escapes for the four special characters. */
function* copyText<R>(rows: readonly R[], cells: (row: R) => readonly unknown[]): Generator<string> {
  let text = '';
  for (let i = 0; i < rows.length; i++) {
    const values = cells(rows[i] as R);
    for (let c = 0; c < values.length; c++) {
      if (c > 0) text += '\t';
      const v = values[c];
      text += v === null || v === undefined ? '\\N' : escapeCopy(String(v));
    }
    text += '\n';
    if ((i + 1) % CHUNK_ROWS === 0) {
      yield text;
      text = '';
    }
  }
  if (text) yield text;
}

const SPECIAL = /[\\\t\n\r]/;

function escapeCopy(v: string): string {
  if (!SPECIAL.test(v)) return v;
  return v.replace(/[\\\t\n\r]/g, (ch) =>
    ch === '\\' ? '\\\\' : ch === '\t' ? '\\t' : ch === '\n' ? '\\n' : '\\r',
  );
}
