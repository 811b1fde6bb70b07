import { expect, it } from 'vitest';
import { seedDemoBookings } from '../../src/modules/bookings';
import { seedDemoServicePoints } from '../../src/modules/service-points';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';

const kedaton = Array.from({ length: 20 }, (_, i) =>
  buildResident({ fullName: `WARGA DEMO ${i}`, villageCode: '18.71.01.1001', phone: '081233334444' }),
);
const other = Array.from({ length: 10 }, (_, i) =>
  buildResident({ fullName: `WARGA DEMO B ${i}`, villageCode: '18.71.02.1001' }),
);

/** The first start shows bookings at the demo points: online and invited, audited, marked demo, once. */
describeEachEngine('demo bookings', (env) => {
  it('books unrecorded residents into the coming week at each demo point, once', async () => {
    await seedResidents(env(), [...kedaton, ...other]);
    const now = new Date();
    await seedDemoServicePoints(env().handle, now);
    const made = await seedDemoBookings(env().handle, now);
    expect(made).toBeGreaterThanOrEqual(16);
    expect(await seedDemoBookings(env().handle, now)).toBe(0);
    const rows = await env()
      .handle.db.selectFrom('bookings')
      .select(['full_name', 'origin', 'status', 'queue_number'])
      .execute();
    expect(rows).toHaveLength(made);
    for (const r of rows) expect(r.full_name).toMatch(/\(demo\)$/);
    expect(new Set(rows.map((r) => r.origin))).toEqual(new Set(['online', 'invitation']));
    const audit = await env()
      .handle.db.selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'booking.create')
      .execute();
    expect(audit).toHaveLength(made);
  });
});
