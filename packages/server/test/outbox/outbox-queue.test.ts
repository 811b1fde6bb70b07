import { beforeEach, describe, expect, it } from 'vitest';
import { buildJobHandlers } from '../../src/job-handlers';
import { JobWorker } from '../../src/modules/jobs';
import { maskPhone, normalizeIndonesianPhone, queueMessage } from '../../src/modules/outbox';
import { testClock } from '../helpers/test-clock';
import { describeEachEngine } from '../helpers/test-env';

const REMINDER = {
  kind: 'booking_reminder' as const,
  recipientPhone: '0812-3456-7890',
  regionCode: '18.71.01',
  params: {
    name: 'Siti Aminah',
    office: 'Disdukcapil Bandar Lampung',
    date: '12 Januari 2030',
    time: '09.00',
  },
};

describe('Indonesian phone numbers', () => {
  it('normalise 08…, +62… and 62… to 62…, refuse others, mask for lists', () => {
    expect(normalizeIndonesianPhone('0812-3456-7890')).toBe('6281234567890');
    expect(normalizeIndonesianPhone('+62 812 3456 7890')).toBe('6281234567890');
    expect(normalizeIndonesianPhone('6281234567890')).toBe('6281234567890');
    expect(normalizeIndonesianPhone('021-555-1234')).toBeNull();
    expect(normalizeIndonesianPhone('12345')).toBeNull();
    expect(maskPhone('6281234567890')).toBe('62812*****890');
  });
});

describeEachEngine('outbox queue and send by hand', (env) => {
  beforeEach(async () => {
    await env().handle.db.deleteFrom('jobs').execute();
    await env().handle.db.deleteFrom('messages').execute();
  });

  it('writes the message and its delivery job with the cause; a rollback leaves neither; a replay writes nothing', async () => {
    const { db } = env().handle;
    await db
      .transaction()
      .execute(async (trx) => {
        await queueMessage(trx, { ...REMINDER, idempotencyKey: 'booking:1:reminder' });
        throw new Error('booking failed');
      })
      .catch(() => {});
    expect(await db.selectFrom('messages').selectAll().execute()).toHaveLength(0);
    expect(await db.selectFrom('jobs').selectAll().execute()).toHaveLength(0);
    const first = await db
      .transaction()
      .execute((trx) => queueMessage(trx, { ...REMINDER, idempotencyKey: 'booking:1:reminder' }));
    const replay = await db
      .transaction()
      .execute((trx) => queueMessage(trx, { ...REMINDER, idempotencyKey: 'booking:1:reminder' }));
    expect(first.created).toBe(true);
    expect(replay).toEqual({ id: first.id, created: false });
    expect(await db.selectFrom('messages').selectAll().execute()).toHaveLength(1);
    expect(await db.selectFrom('jobs').selectAll().execute()).toHaveLength(1);
    const msg = await db.selectFrom('messages').selectAll().executeTakeFirstOrThrow();
    expect(msg.text).toContain('Yth. Siti Aminah');
    expect(msg.text).toContain('pukul 09.00');
    expect(msg.recipient_phone).toBe('6281234567890');
  });

  it('refuses a bad phone number and parameters that do not fit the template', async () => {
    const { db } = env().handle;
    await expect(
      queueMessage(db, { ...REMINDER, recipientPhone: '021-555', idempotencyKey: 'bad:1' }),
    ).rejects.toMatchObject({ id: 'phone_invalid' });
    await expect(
      queueMessage(db, { ...REMINDER, params: { name: 'X' }, idempotencyKey: 'bad:2' }),
    ).rejects.toThrow();
  });

  it('manual provider: the message waits as created until an officer opens its wa.me link', async () => {
    const clock = testClock();
    const { db } = env().handle;
    const { id } = await queueMessage(db, { ...REMINDER, idempotencyKey: 'booking:2:reminder' }, clock());
    const worker = new JobWorker(env().handle, buildJobHandlers(env().config), { now: clock });
    expect(await worker.drain()).toBe(1);
    expect(await db.selectFrom('messages').selectAll().executeTakeFirstOrThrow()).toMatchObject({
      state: 'created',
      provider: 'manual',
    });

    const loket = await env().as('bandarlampung.loket');
    const list = await loket.get<{ items: { id: number; recipientPhone: string; state: string }[] }>(
      '/api/v1/messages',
    );
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([expect.objectContaining({ id, recipientPhone: '62812*****890' })]);
    expect(JSON.stringify(list.body)).not.toContain('6281234567890');

    const opened = await loket.post<{ state: string; waLink: string }>(`/api/v1/messages/${id}/opened`);
    expect(opened.status).toBe(200);
    expect(opened.body.state).toBe('sent_by_hand');
    expect(opened.body.waLink).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=Yth\.%20Siti%20Aminah/);
    const row = await db.selectFrom('messages').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ state: 'sent_by_hand', provider: 'manual' });
    expect(row.opened_by).not.toBeNull();
  });

  it('an officer of another region sees nothing and cannot open the message', async () => {
    const { id } = await queueMessage(env().handle.db, { ...REMINDER, idempotencyKey: 'booking:3:reminder' });
    const ntb = await env().as('lombokbarat.operator');
    const list = await ntb.get<{ items: unknown[] }>('/api/v1/messages');
    expect(list.body.items).toHaveLength(0);
    expect((await ntb.post(`/api/v1/messages/${id}/opened`)).status).toBe(404);
    const pimpinan = await env().as('lampung.pimpinan');
    expect((await pimpinan.get('/api/v1/messages')).status).toBe(403);
  });
});
