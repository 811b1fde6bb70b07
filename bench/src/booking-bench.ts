/**
 * Issue 12's booking figures. Each server is a child process running the real app (booking-server-child):
 * - oversell: 5,000 booking attempts (hold, then confirm with a NIK of their own) launched at once for
 *   1,000 seats (10 slots of 100), on SQLite and on PostgreSQL with two Sigap instances sharing the
 *   database; exactly 1,000 must be confirmed and no slot may hold more than its capacity;
 * - throughput on SQLite at 200 concurrent clients: confirmed bookings per second and the p99 of every
 *   request, beside a bare endpoint of the same server that does no work.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { addDays, buildNik } from '../../packages/domain/src';
import { type DatabaseTarget, openDatabase } from '../../packages/server/src/db/connect';
import {
  createTestDatabase,
  databaseUrl,
  dropTestDatabase,
} from '../../packages/server/test/helpers/postgres';
import { type LoadAnswer, type LoadRequest, runLoad } from './http-load';
import type { Figure } from './report';
import { HEAP_FLAGS, ROOT } from './run-child';

interface Server {
  child: ChildProcess;
  origin: string;
  pointId: number;
}

async function startServer(env: Record<string, string>, args: string[]): Promise<Server> {
  const child = spawn(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [...HEAP_FLAGS, path.join(ROOT, 'bench/src/booking-server-child.ts'), ...args],
    {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'warn', SIGAP_PUBLIC_RATE_LIMIT: '10000000', ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  for await (const line of lines) {
    if (line.startsWith('{')) {
      const { port, pointId } = JSON.parse(line) as { port: number; pointId: number };
      return { child, origin: `http://127.0.0.1:${port}`, pointId };
    }
  }
  throw new Error('bench server exited before listening');
}

function stop(s: Server): Promise<void> {
  return new Promise((resolve) => {
    s.child.once('exit', () => resolve());
    s.child.kill('SIGTERM');
  });
}

/** A valid NIK of Kecamatan Teluk Betung Barat (18.71.01) per attempt, and a phone number of its own. */
function person(i: number) {
  return {
    nik: buildNik({
      districtCode: '18.71.01',
      birthDate: addDays('1975-01-01', Math.floor(i / 9000)),
      sex: 'L',
      serial: (i % 9000) + 1,
    }),
    fullName: `Peserta Uji ${i + 1}`,
    phone: `08${String(1_000_000_000 + i)}`,
  };
}

interface Slot {
  date: string;
  start: string;
  free: number;
}

async function slotsOf(s: Server): Promise<Slot[]> {
  const r = await fetch(`${s.origin}/api/v1/bookings/slots?pointId=${s.pointId}&service=recording&days=31`);
  if (!r.ok) throw new Error(`slots: ${r.status} ${await r.text()}`);
  return ((await r.json()) as { slots: Slot[] }).slots;
}

/** One attempt: hold a seat of `slot`, then confirm it as person `i`. True when confirmed. */
async function attempt(
  pointId: number,
  slot: Slot,
  i: number,
  send: (r: LoadRequest) => Promise<LoadAnswer>,
): Promise<boolean> {
  const hold = await send({
    method: 'POST',
    path: '/api/v1/bookings/holds',
    body: { pointId, service: 'recording', date: slot.date, start: slot.start },
  });
  if (hold.status !== 201) return false;
  const token = (hold.json as { token: string }).token;
  const done = await send({ method: 'POST', path: '/api/v1/bookings', body: { token, ...person(i) } });
  return done.status === 201;
}

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

export async function bookingFigures(): Promise<Figure[]> {
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
  figures.push(...(await throughput()));
  return figures;
}

const CLIENTS = 200;
const FLOWS = 4000;

/** The server's CPU time so far (user + system), in ms. */
async function cpuOf(s: Server): Promise<number> {
  const r = await fetch(`${s.origin}/bench/cpu`);
  const used = (await r.json()) as { user: number; system: number };
  return (used.user + used.system) / 1000;
}

/**
 * Confirmed bookings per second at 200 clients on SQLite, beside the same server's bare endpoint; and the
 * server's CPU time per confirmed booking (its hold and its confirmation) beside two bare requests.
 */
async function throughput(): Promise<Figure[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sigap-bench-rate-'));
  const s = await startServer({ SIGAP_DATA_DIR: dir }, ['--setup', '--counters', '50', '--minutes', '1']);
  try {
    const bareCpu = await cpuOf(s);
    const bare = await runLoad({
      origins: [s.origin],
      clients: CLIENTS,
      total: FLOWS * 2,
      flow: async (_i, send) => {
        await send({ method: 'GET', path: '/bench/bare' });
      },
    });
    const bareMs = (await cpuOf(s)) - bareCpu;
    const slots = await slotsOf(s);
    let confirmed = 0;
    const bookingCpu = await cpuOf(s);
    const run = await runLoad({
      origins: [s.origin],
      clients: CLIENTS,
      total: FLOWS,
      flow: async (i, send) => {
        if (await attempt(s.pointId, slots[i % 2] as Slot, i, send)) confirmed++;
      },
    });
    const bookingMs = (await cpuOf(s)) - bookingCpu;
    const perSecond = confirmed / run.seconds;
    const bareRate = bare.requests / bare.seconds;
    const requestRate = run.requests / run.seconds;
    return [
      {
        name: `Booking throughput on SQLite, ${CLIENTS} concurrent clients (hold + confirm)`,
        value: perSecond,
        unit: 'bookings/s',
        target: { value: 1000, better: 'higher' },
        note: `${confirmed} confirmed of ${FLOWS} in ${run.seconds.toFixed(1)} s; ${requestRate.toFixed(0)} requests/s = ${(requestRate / bareRate).toFixed(2)} of the bare endpoint's ${bareRate.toFixed(0)} requests/s (p99 ${bare.p99.toFixed(1)} ms); statuses ${JSON.stringify(run.statuses)}`,
      },
      {
        name: `Booking request latency on SQLite, ${CLIENTS} concurrent clients, p99`,
        value: run.p99,
        unit: 'ms',
        baseline: { name: 'bare endpoint of the same server, p99', value: bare.p99 },
        target: { value: 200, better: 'lower' },
        note: `median ${run.p50.toFixed(1)} ms, p95 ${run.p95.toFixed(1)} ms`,
      },
      {
        name: 'Booking: server CPU per confirmed booking on SQLite (hold + confirm)',
        value: bookingMs / Math.max(1, confirmed),
        unit: 'ms',
        baseline: { name: 'two requests of the bare endpoint', value: (2 * bareMs) / bare.requests },
        note: `${bookingMs.toFixed(0)} ms of server CPU for ${run.requests} requests; 1,000 bookings/s on one core needs < 1 ms`,
      },
    ];
  } finally {
    await stop(s);
    rmSync(dir, { recursive: true, force: true });
  }
}
