import pg from 'pg';
import type { ChangeFeed, ChangeListener } from './change-feed';

/** Waits between attempts to bring a dropped LISTEN connection back. */
const RECONNECT_MS = [500, 1_000, 2_000, 5_000];

/**
 * PostgreSQL LISTEN/NOTIFY. NOTIFY goes through the pool (any connection will do); LISTEN needs one
 * connection held for as long as anyone listens, so the feed opens its own client on the first
 * subscription and ends it when the last one leaves (an app closing leaves nothing open). A dropped
 * connection is reopened with backoff and every listener is told (`null`) that it may have missed changes.
 */
export function createPgFeed(pool: pg.Pool, url: string): ChangeFeed {
  const listeners = new Map<string, Set<ChangeListener>>();
  let client: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let closed = false;
  let attempt = 0;

  const deliver = (channel: string, payload: string | null) => {
    for (const l of listeners.get(channel) ?? []) l(payload);
  };

  async function open(): Promise<pg.Client> {
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => deliver(n.channel, n.payload ?? ''));
    c.on('error', () => dropped(c));
    c.on('end', () => dropped(c));
    await c.connect();
    for (const channel of listeners.keys()) await c.query(`LISTEN ${quoteIdent(channel)}`);
    return c;
  }

  function dropped(c: pg.Client): void {
    if (client !== c) return;
    client = undefined;
    if (closed || listeners.size === 0) return;
    const wait = RECONNECT_MS[Math.min(attempt++, RECONNECT_MS.length - 1)];
    setTimeout(() => {
      if (closed || listeners.size === 0 || client || connecting) return;
      ensure()
        .then(() => {
          attempt = 0;
          for (const channel of listeners.keys()) deliver(channel, null);
        })
        .catch(() => dropped(c));
    }, wait).unref();
  }

  async function ensure(): Promise<pg.Client> {
    if (client) return client;
    connecting ??= open().finally(() => {
      connecting = undefined;
    });
    const c = await connecting;
    client = c;
    return c;
  }

  async function endClient(): Promise<void> {
    const c = client;
    client = undefined;
    if (c) await c.end().catch(() => {});
  }

  return {
    async publish(channel, payload) {
      await pool.query('select pg_notify($1, $2)', [channel, payload]);
    },
    async subscribe(channel, listener) {
      const first = !listeners.has(channel);
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      const c = await ensure();
      if (first) await c.query(`LISTEN ${quoteIdent(channel)}`);
      return async () => {
        set.delete(listener);
        if (set.size > 0) return;
        listeners.delete(channel);
        if (listeners.size === 0) await endClient();
        else await client?.query(`UNLISTEN ${quoteIdent(channel)}`).catch(() => {});
      };
    },
    async close() {
      closed = true;
      listeners.clear();
      await endClient();
    },
  };
}

/** Channels are Sigap's own constants, quoted anyway so a name can never become SQL. */
function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
