/**
 * The booking bench's servers and flows: a child process running the real app (booking-server-child), its
 * free slots, and one booking attempt (hold, then confirm) as a resident of its own.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { addDays, buildNik } from '../../packages/domain/src';
import type { LoadAnswer, LoadRequest } from './http-load';
import { HEAP_FLAGS, ROOT } from './run-child';

export interface Server {
  child: ChildProcess;
  origin: string;
  pointId: number;
}

/**
 * Node flags for the server only, from BENCH_SERVER_FLAGS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to
 * profile the server under the load (NODE_OPTIONS refuses `--cpu-prof`, and would profile the generator too).
 */
const SERVER_FLAGS = process.env.BENCH_SERVER_FLAGS?.split(' ').filter(Boolean) ?? [];

export async function startServer(env: Record<string, string>, args: string[]): Promise<Server> {
  const child = spawn(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [...HEAP_FLAGS, ...SERVER_FLAGS, path.join(ROOT, 'bench/src/booking-server-child.ts'), ...args],
    {
      cwd: ROOT,
      // The public routes' per-address limit keeps its default (120 a minute): every connection of the load
      // generator has an address of its own and sends well under that (http-load.ts).
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
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

export function stop(s: Server): Promise<void> {
  return new Promise((resolve) => {
    s.child.once('exit', () => resolve());
    s.child.kill('SIGTERM');
  });
}

/** A valid NIK of Kecamatan Teluk Betung Barat (18.71.01) per attempt, and a phone number of its own. */
export function person(i: number) {
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

export interface Slot {
  date: string;
  start: string;
  free: number;
}

export async function slotsOf(s: Server): Promise<Slot[]> {
  const r = await fetch(`${s.origin}/api/v1/bookings/slots?pointId=${s.pointId}&service=recording&days=31`);
  if (!r.ok) throw new Error(`slots: ${r.status} ${await r.text()}`);
  return ((await r.json()) as { slots: Slot[] }).slots;
}

/**
 * One attempt: hold a seat of `slot`, then confirm it as person `i`. True when confirmed. Each write
 * carries an Idempotency-Key of its own, as the booking page sends (packages/web lib/use-api-mutation.ts).
 */
export async function attempt(
  pointId: number,
  slot: Slot,
  i: number,
  send: (r: LoadRequest) => Promise<LoadAnswer>,
): Promise<boolean> {
  const hold = await send({
    method: 'POST',
    path: '/api/v1/bookings/holds',
    body: { pointId, service: 'recording', date: slot.date, start: slot.start },
    headers: { 'idempotency-key': randomUUID() },
  });
  if (hold.status !== 201) return false;
  const token = (hold.json as { token: string }).token;
  const done = await send({
    method: 'POST',
    path: '/api/v1/bookings',
    body: { token, ...person(i) },
    headers: { 'idempotency-key': randomUUID() },
  });
  return done.status === 201;
}

/** The server's CPU time so far (user + system), in ms. */
export async function cpuOf(s: Server): Promise<number> {
  const r = await fetch(`${s.origin}/bench/cpu`);
  const used = (await r.json()) as { user: number; system: number };
  return (used.user + used.system) / 1000;
}
