import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { buildApp } from '../../src/app';
import { type Db, openDatabase } from '../../src/db/connect';
import { clientFor } from '../helpers/client';
import { databaseUrl } from '../helpers/postgres';
import { describeEachEngine } from '../helpers/test-env';
import { hold, makePoint, takenOf, tomorrow } from './helpers';

/**
 * No oversell under concurrent booking: 60 residents (each from their own address, so the per-IP limit
 * stays out of the way) ask for the 10 seats of one slot at the same moment. Exactly 10 get a hold, the
 * other 50 are told the slot is full, and the seat count ends at 10. On PostgreSQL half the requests go
 * to a second app instance with its own connection pool on the same database: two servers.
 */
describeEachEngine('booking concurrency', (env) => {
  let second: { app: FastifyInstance; handle: Db } | undefined;
  afterAll(async () => {
    await second?.app.close();
    await second?.handle.close();
  });

  async function secondInstance(): Promise<FastifyInstance> {
    if (env().engine !== 'postgres') return env().app;
    if (!second) {
      const r = await sql<{ name: string }>`select current_database() as name`.execute(env().handle.db);
      const handle = openDatabase({ engine: 'postgres', url: databaseUrl(r.rows[0]?.name ?? '') });
      const app = await buildApp({ handle, config: env().config });
      await app.ready();
      second = { app, handle };
    }
    return second.app;
  }

  it('sells exactly the capacity of a slot to 60 parallel requests', async () => {
    const pointId = await makePoint(env());
    const other = await secondInstance();
    const attempts = Array.from({ length: 60 }, (_, i) =>
      hold(
        clientFor(i % 2 === 0 ? env().app : other, `10.7.${Math.floor(i / 200)}.${(i % 200) + 1}`),
        pointId,
      ),
    );
    const replies = await Promise.all(attempts);
    const statuses = replies.map((r) => r.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(10);
    expect(statuses.filter((s) => s === 409)).toHaveLength(50);
    expect(
      replies
        .filter((r) => r.status === 409)
        .every((r) => r.body && 'error' in r.body && r.body.error === 'booking_slot_full'),
    ).toBe(true);
    expect(await takenOf(env(), pointId, tomorrow(), '08:00')).toEqual({ taken: 10, capacity: 10 });
    const holds = await env()
      .handle.db.selectFrom('booking_holds')
      .select('id')
      .where('status', '=', 'held')
      .execute();
    expect(holds.length).toBeGreaterThanOrEqual(10);
  });
});
