/**
 * A Sigap server for the booking benchmark: the real app (every plugin, hook and route) on the database of
 * DATABASE_URL or SIGAP_DATA_DIR, plus `GET /bench/bare`, an endpoint of the same server that does no work
 * (the baseline), and `GET /bench/cpu`, the process's CPU time so far (the bench divides the CPU a run
 * took by what it did: on a shared machine wall time also counts other processes, CPU time does not). With `--setup` it first adds a bench service point in Bandar Lampung (18.71.01) with the
 * given counters and minutes per recording, and the default booking rules (abuse limits
 * included) with 31 days offered. Prints one JSON line { port, pointId } and serves until killed.
 */
import { parseArgs } from 'node:util';
import { buildApp } from '../../packages/server/src/app';
import { openAndPrepare } from '../../packages/server/src/bootstrap';
import { loadConfig } from '../../packages/server/src/config';
import { putSettingCommand } from '../../packages/server/src/modules/settings';
import { ensureDemoUsers } from '../../packages/server/src/seed/demo-users';
import { clientFor } from '../../packages/server/test/helpers/client';

const { values } = parseArgs({
  options: {
    setup: { type: 'boolean', default: false },
    counters: { type: 'string', default: '10' },
    minutes: { type: 'string', default: '6' },
    // Only to measure what one address for every resident costs (the walk of its attempt count).
    'holds-per-ip': { type: 'string', default: '30' },
  },
});
const PASSWORD = 'bench-password-1';
const WEEKDAY = { open: '08:00', close: '12:00' };
const config = loadConfig();
const { handle } = await openAndPrepare(config);
const app = await buildApp({ handle, config }, { serveWeb: false });
app.get('/bench/bare', async () => ({ ok: true }));
app.get('/bench/cpu', async () => process.cpuUsage());
await app.ready();

let pointId = 0;
if (values.setup) {
  await ensureDemoUsers(handle, PASSWORD);
  const admin = await handle.db
    .selectFrom('users')
    .select(['id', 'username'])
    .where('username', '=', 'admin')
    .executeTakeFirstOrThrow();
  await putSettingCommand(handle, {
    scope: 'ID',
    key: 'booking_rules',
    value: {
      holdMinutes: 10,
      rescheduleCutoffHours: 2,
      daysAhead: 31,
      slotMinutes: 60,
      anyRegion: false,
      // The defaults (settings.registry): the load generator gives every connection an address of its own
      // and keeps each under these (http-load.ts), as a town's residents on their own networks would be.
      holdsPerIpHour: Number(values['holds-per-ip']),
      bookingsPerNikDay: 3,
      bookingsPerPhoneDay: 5,
    },
    actor: { id: Number(admin.id), username: admin.username },
    ip: null,
  });
  const op = clientFor(app);
  await op.login('bandarlampung.operator', PASSWORD);
  const r = await op.post<{ servicePoint: { id: number } }>('/api/v1/service-points', {
    regionCode: '18.71.01',
    name: 'UPT Uji Beban',
    kind: 'upt',
    address: 'Jl. Uji Beban No. 1, Bandar Lampung',
    counters: Number(values.counters),
    services: { recording: Number(values.minutes) },
    hours: { '1': WEEKDAY, '2': WEEKDAY, '3': WEEKDAY, '4': WEEKDAY, '5': WEEKDAY },
  });
  if (r.status !== 201) throw new Error(`service point: ${r.status} ${JSON.stringify(r.body)}`);
  pointId = r.body.servicePoint.id;
}
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
console.log(JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0, pointId }));
const stop = async () => {
  await app.close();
  await handle.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
