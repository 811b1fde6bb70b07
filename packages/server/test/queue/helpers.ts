import type { QueueTicketReply } from '@sigap/contracts';
import { officeToday } from '@sigap/domain';
import type { Client } from '../helpers/client';
import type { TestEnv } from '../helpers/test-env';
import { uptBody } from '../service-points/helpers';

let serial = 0;

/** A fresh UPT in 18.71.01 with `counters` counters, open every day (the queue ignores hours). */
export async function newPoint(client: Client, counters = 4): Promise<number> {
  serial += 1;
  const r = await client.post<{ servicePoint: { id: number } }>(
    '/api/v1/service-points',
    uptBody({ name: `UPT Antrean ${serial}`, counters, services: { recording: 15, ikd_activation: 10 } }),
  );
  if (r.status !== 201) throw new Error(JSON.stringify(r.body));
  return r.body.servicePoint.id;
}

export async function issue(client: Client, pointId: number, body: Record<string, unknown> = {}) {
  return client.post<QueueTicketReply>(`/api/v1/queue/points/${pointId}/tickets`, {
    service: 'recording',
    lane: 'normal',
    ...body,
  });
}

export async function setRules(client: Client, pointId: number, rules: Record<string, unknown> = {}) {
  const r = await client.put(`/api/v1/queue/points/${pointId}/rules`, {
    walkInDailyCap: 100,
    priorityRatio: { priority: 2, normal: 1 },
    noShowGraceMinutes: 3,
    ...rules,
  });
  if (r.status !== 200) throw new Error(JSON.stringify(r.body));
}

/** A confirmed booking of today at the point (what the bookings module will write), its slot already begun. */
export async function insertBooking(
  env: TestEnv,
  pointId: number,
  over: Partial<{
    code: string;
    status: string;
    date: string;
    queueNumber: number;
    nik: string;
    slot: string;
  }> = {},
): Promise<string> {
  serial += 1;
  const code = over.code ?? `QK${String(serial).padStart(6, '0')}`;
  const now = new Date().toISOString();
  await env.handle.db
    .insertInto('bookings')
    .values({
      code,
      service_point_id: pointId,
      region_code: '18.71.01',
      service: 'recording',
      date: over.date ?? officeToday('18.71'),
      slot_start: over.slot ?? '00:00',
      slot_end: '00:30',
      nik: over.nik ?? `18710157059${String(10000 + serial).slice(-5)}`,
      full_name: `WARGA BOOKING ${serial}`,
      phone: '081234567890',
      status: (over.status ?? 'confirmed') as 'confirmed',
      queue_number: over.queueNumber ?? serial,
      origin: 'online',
      created_at: now,
      updated_at: now,
    })
    .execute();
  return code;
}
