/**
 * Issue 12's booking figures. Each server is a child process running the real app (booking-server-child):
 * - oversell: 5,000 booking attempts (hold, then confirm with a NIK of their own) launched at once for
 *   1,000 seats (10 slots of 100), on SQLite and on PostgreSQL with two Sigap instances sharing the
 *   database; exactly 1,000 must be confirmed and no slot may hold more than its capacity;
 * - throughput on SQLite at 200 concurrent clients (booking-rate.ts).
 * Every connection of the load generator has a loopback address of its own (http-load.ts): 5,000 attempts
 * over 256 connections per server is at most 20 per address, under the default limit of 30 an hour.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type DatabaseTarget, openDatabase } from '../../packages/server/src/db/connect';
import {
  createTestDatabase,
  databaseUrl,
  dropTestDatabase,
} from '../../packages/server/test/helpers/postgres';
import { throughput } from './booking-rate';
import { attempt, type Server, type Slot, slotsOf, startServer, stop } from './booking-server';
import { runLoad } from './http-load';
import type { Figure } from './report';

async function storedCounts(target: DatabaseTarget, pointId: number) {
  const handle = openDatabase(target);
  try {
    const confirmed = await handle.db
      .selectFrom('bookings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('service_point_id', '=', pointId)
      .where('status', '=', 'confirmed')
      .executeTakeFirstOrThrow();
    const over = await handle.db
      .selectFrom('booking_slots')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('service_point_id', '=', pointId)
      .whereRef('taken', '>', 'capacity')
      .executeTakeFirstOrThrow();
    return { confirmed: Number(confirmed.n), oversoldSlots: Number(over.n) };
  } finally {
    await handle.close();
  }
}

const ATTEMPTS = 5000;
const SEATS = 1000;

async function oversell(servers: Server[], target: DatabaseTarget, label: string): Promise<Figure> {
  const pointId = servers[0]?.pointId ?? 0;
  const slots = (await slotsOf(servers[0] as Server)).slice(0, 10);
  const seats = slots.reduce((a, s) => a + s.free, 0);
  if (seats !== SEATS) throw new Error(`expected ${SEATS} seats in 10 slots, found ${seats}`);
  let confirmed = 0;
  const run = await runLoad({
    origins: servers.map((s) => s.origin),
    clients: ATTEMPTS,
    connections: 256,
    total: ATTEMPTS,
    flow: async (i, send) => {
      if (await attempt(pointId, slots[i % slots.length] as Slot, i, send)) confirmed++;
    },
  });
  const stored = await storedCounts(target, pointId);
  return {
    name: `Booking: ${ATTEMPTS.toLocaleString('en-US')} concurrent attempts for ${SEATS.toLocaleString('en-US')} seats, ${label}, confirmed`,
    value: confirmed,
    unit: 'bookings',
    note: `${confirmed === SEATS && stored.confirmed === SEATS && stored.oversoldSlots === 0 ? 'EXACT' : 'WRONG'}: stored confirmed ${stored.confirmed}, slots over capacity ${stored.oversoldSlots}; ${run.requests} requests in ${run.seconds.toFixed(1)} s, statuses ${JSON.stringify(run.statuses)}`,
  };
}

export async function bookingFigures(repeat = 1): Promise<Figure[]> {
  const figures: Figure[] = [];
  // SQLite: one server, the embedded database.
  const dir = mkdtempSync(path.join(tmpdir(), 'sigap-bench-book-'));
  try {
    const s = await startServer({ SIGAP_DATA_DIR: dir }, ['--setup', '--counters', '10', '--minutes', '6']);
    try {
      figures.push(await oversell([s], { engine: 'sqlite', file: path.join(dir, 'sigap.db') }, 'SQLite'));
    } finally {
      await stop(s);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // PostgreSQL: two instances sharing one database, the load spread over both.
  const name = await createTestDatabase('bench');
  try {
    const env = {
      DATABASE_URL: databaseUrl(name),
      SIGAP_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'sigap-bench-pg-')),
    };
    const a = await startServer(env, ['--setup', '--counters', '10', '--minutes', '6']);
    const b = await startServer(env, []);
    try {
      const two = [a, { ...b, pointId: a.pointId }];
      figures.push(
        await oversell(two, { engine: 'postgres', url: databaseUrl(name) }, 'PostgreSQL, two instances'),
      );
    } finally {
      await Promise.all([stop(a), stop(b)]);
    }
  } finally {
    await dropTestDatabase(name);
  }
  figures.push(...(await throughput(repeat)));
  return figures;
}
