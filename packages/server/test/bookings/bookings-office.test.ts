import type { InvitationReply, OfficeBookingsReply } from '@sigap/contracts';
import { addDays, officeToday } from '@sigap/domain';
import { beforeAll, expect, it } from 'vitest';
import { sendDueReminders } from '../../src/modules/bookings';
import { slotInstant } from '../../src/modules/bookings/booking-rules';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';
import { book, makePoint, tomorrow } from './helpers';

const VILLAGE = '18.71.01.1002';
const villagers = Array.from({ length: 12 }, (_, i) =>
  buildResident({ fullName: `WARGA UNDANGAN ${i}`, villageCode: VILLAGE, phone: '081298765432' }),
);
const elsewhere = buildResident({ fullName: 'WARGA DESA LAIN', villageCode: '18.71.01.1003' });
const online = buildResident({ fullName: 'WARGA ONLINE', villageCode: '18.71.01.1004' });

describeEachEngine('booking office', (env) => {
  let pointId = 0;
  beforeAll(async () => {
    await seedResidents(env(), [...villagers, elsewhere, online]);
    pointId = await makePoint(env());
  });

  it('invites a village’s unrecorded residents into upcoming slots, with letters and WhatsApp texts', async () => {
    const anon = env().anonymous();
    // One villager booked online already: the run leaves them out.
    expect((await book(anon, pointId, { nik: villagers[0]?.nik ?? '' })).status).toBe(201);
    const loket = await env().as('bandarlampung.loket');
    const r = await loket.post<InvitationReply>(`/api/v1/bookings/points/${pointId}/invitations`, {
      kind: 'village',
      region: VILLAGE,
      service: 'recording',
      from: tomorrow(),
      to: addDays(tomorrow(), 2),
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ assigned: 11, skipped: 1 });
    expect(r.body.items.map((i) => i.fullName)).not.toContain('WARGA DESA LAIN');
    // 9 seats left at 08:00 tomorrow after the online booking, the other 2 at 09:00.
    expect(r.body.items.filter((i) => i.start === '08:00' && i.date === tomorrow())).toHaveLength(9);
    expect(r.body.items[0]?.whatsappText).toContain('Hari/tanggal:');
    const pdf = await env().app.inject({
      method: 'GET',
      url: `/api/v1/bookings/points/${pointId}/invitations/${r.body.batchId}/letters.pdf`,
      headers: { cookie: (await loginCookie(env())) ?? '' },
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const audit = await env()
      .handle.db.selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'booking.invite')
      .execute();
    expect(audit).toHaveLength(1);

    const day = await loket.get<OfficeBookingsReply>(
      `/api/v1/bookings/points/${pointId}/day?date=${tomorrow()}`,
    );
    expect(day.status).toBe(200);
    expect(day.body.items).toHaveLength(12);
    expect(day.body.items[0]).toMatchObject({ origin: 'online', queueLabel: 'A-001', start: '08:00' });
    expect(day.body.items[0]?.nikMasked).toMatch(/•/);
    expect(day.body.items.find((i) => i.origin === 'invitation')?.phoneMasked).toMatch(/^62812\*+432$/);
  });

  it('queues a reminder the day before through the outbox, once', async () => {
    const anon = env().anonymous();
    const r = await book(
      anon,
      pointId,
      { nik: online.nik, phone: '081211112222' },
      { date: addDays(tomorrow(), 1) },
    );
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    // The evening before the booking's date, on the point's clock.
    const eve = new Date(slotInstant('18.71.01', addDays(tomorrow(), 1), '00:00').getTime() - 5 * 3_600_000);
    expect(officeToday('18.71.01', eve)).toBe(tomorrow());
    const sent = await sendDueReminders(env().handle, eve);
    expect(sent).toBeGreaterThanOrEqual(1);
    expect(await sendDueReminders(env().handle, eve)).toBe(0);
    const msgs = await env()
      .handle.db.selectFrom('messages')
      .select(['kind', 'text', 'recipient_phone'])
      .where('recipient_phone', '=', '6281211112222')
      .execute();
    expect(msgs).toHaveLength(1);
    expect(msgs[0]?.text).toContain('mengingatkan jadwal layanan');
  });
});

async function loginCookie(env: ReturnType<Parameters<Parameters<typeof describeEachEngine>[1]>[0]>) {
  const login = await env.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'bandarlampung.operator', password: 'test-password-123' },
  });
  const set = login.headers['set-cookie'];
  return (Array.isArray(set) ? set[0] : set)?.split(';')[0];
}
