import type {
  CallNextReply,
  CoverageResponse,
  FinishReply,
  QueueDay,
  QueueTicketReply,
} from '@sigap/contracts';
import { describe, expect, it } from 'vitest';
import { expectError } from '../helpers/factories';
import { buildResident } from '../helpers/resident-factory';
import { describeEachEngine } from '../helpers/test-env';
import { seedResidents } from '../residents/seed-residents';
import { insertBooking, issue, newPoint, setRules } from './helpers';

describeEachEngine('queue', (env) => {
  const clerk = () => env().as('bandarlampung.loket');
  const operator = () => env().as('bandarlampung.operator');

  it('issues walk-in tickets per lane, numbered per prefix, with events and audit', async () => {
    const pointId = await newPoint(await operator());
    const c = await clerk();
    const a = await issue(c, pointId, { fullName: 'Warga Satu', phone: '0812 3456 7890' });
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    expect(a.body.ticket).toMatchObject({ label: 'B-001', lane: 'walk_in', status: 'waiting' });
    const p = await issue(c, pointId, { lane: 'priority', priorityReason: 'elderly' });
    expect(p.body.ticket).toMatchObject({ label: 'P-001', lane: 'priority', priorityReason: 'elderly' });
    expect((await issue(c, pointId)).body.ticket.label).toBe('B-002');
    expect(detailFieldsOf(await issue(c, pointId, { lane: 'priority' }))).toContain('priorityReason');
    expectError(await issue(c, pointId, { service: 'printing' }), 400, 'queue_service_not_offered');
    const events = await env()
      .handle.db.selectFrom('queue_ticket_events')
      .select('event')
      .where('ticket_id', '=', a.body.ticket.id)
      .execute();
    expect(events.map((e) => e.event)).toEqual(['issued']);
    const audit = await env()
      .handle.db.selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'queue_ticket')
      .where('entity_id', '=', String(a.body.ticket.id))
      .execute();
    expect(audit.map((r) => r.action)).toEqual(['queue.issue']);
  });

  it('refuses walk-ins once the daily cap is reached, both lanes counted', async () => {
    const op = await operator();
    const pointId = await newPoint(op);
    await setRules(op, pointId, { walkInDailyCap: 2 });
    const c = await clerk();
    expect((await issue(c, pointId)).status).toBe(201);
    expect((await issue(c, pointId, { lane: 'priority', priorityReason: 'pregnant' })).status).toBe(201);
    expectError(await issue(c, pointId), 409, 'queue_daily_cap_reached');
    const day = await c.get<QueueDay>(`/api/v1/queue/points/${pointId}`);
    expect(day.body).toMatchObject({ walkInsIssued: 2, waiting: { walk_in: 1, priority: 1, booked: 0 } });
  });

  it('checks a booking in by QR, link or code: confirmed, today, this point, once', async () => {
    const pointId = await newPoint(await operator());
    const other = await newPoint(await operator());
    const c = await clerk();
    const url = `/api/v1/queue/points/${pointId}/check-in`;
    const qr = await insertBooking(env(), pointId, { queueNumber: 7 });
    const r = await c.post<QueueTicketReply>(url, { code: `SIGAP:${qr}` });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.ticket).toMatchObject({ label: 'A-007', lane: 'booked', windowStart: '00:00' });
    const booking = await env()
      .handle.db.selectFrom('bookings')
      .select('status')
      .where('code', '=', qr)
      .executeTakeFirstOrThrow();
    expect(booking.status).toBe('checked_in');
    expectError(await c.post(url, { code: qr }), 409, 'queue_booking_checked_in');
    const link = await insertBooking(env(), pointId);
    expect((await c.post(url, { code: `https://sigap.example/antrean/${link}` })).status).toBe(201);
    expectError(await c.post(url, { code: 'SIGAP:TIDAKADA' }), 404, 'queue_booking_not_found');
    const elsewhere = await insertBooking(env(), other);
    expectError(await c.post(url, { code: elsewhere }), 409, 'queue_booking_other_point');
    const tomorrow = await insertBooking(env(), pointId, { date: '2099-01-01' });
    expectError(await c.post(url, { code: tomorrow }), 409, 'queue_booking_not_today');
    const held = await insertBooking(env(), pointId, { status: 'held' });
    expectError(await c.post(url, { code: held }), 409, 'queue_booking_not_confirmed');
  });

  it('calls booked first, then 2 priority : 1 normal, and answers null when nothing waits', async () => {
    const pointId = await newPoint(await operator());
    const c = await clerk();
    const labels: string[] = [];
    await issue(c, pointId);
    await issue(c, pointId);
    for (const _ of [1, 2, 3]) await issue(c, pointId, { lane: 'priority', priorityReason: 'sick' });
    await c.post(`/api/v1/queue/points/${pointId}/check-in`, {
      code: await insertBooking(env(), pointId, { queueNumber: 3 }),
    });
    for (let i = 0; i < 7; i += 1) {
      const r = await c.post<CallNextReply>(`/api/v1/queue/points/${pointId}/call-next`, { counterNo: 1 });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      labels.push(r.body.ticket?.label ?? 'none');
    }
    // Normal lane: the due booking before walk-ins; the ratio gives priority two turns per normal one.
    expect(labels).toEqual(['P-001', 'P-002', 'A-003', 'P-003', 'B-001', 'B-002', 'none']);
    expectError(
      await c.post(`/api/v1/queue/points/${pointId}/call-next`, { counterNo: 9 }),
      400,
      'queue_counter_unknown',
    );
  });

  it('never hands one ticket to two counters: 20 counters calling at once over 10 tickets', async () => {
    const pointId = await newPoint(await operator(), 20);
    const c = await clerk();
    for (let i = 0; i < 10; i += 1) await issue(c, pointId);
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        c.post<CallNextReply>(`/api/v1/queue/points/${pointId}/call-next`, { counterNo: i + 1 }),
      ),
    );
    expect(replies.map((r) => r.status)).toEqual(Array(20).fill(200));
    const called = replies.flatMap((r) => (r.body.ticket ? [r.body.ticket.id] : []));
    expect(called).toHaveLength(10);
    expect(new Set(called).size).toBe(10);
    const events = await env()
      .handle.db.selectFrom('queue_ticket_events')
      .select('ticket_id')
      .where('event', '=', 'called')
      .where('ticket_id', 'in', called)
      .execute();
    expect(events).toHaveLength(10);
  });

  it('keeps the booking in step with its ticket: no-show, back in line, served', async () => {
    const op = await operator();
    const pointId = await newPoint(op);
    await setRules(op, pointId, { noShowGraceMinutes: 0 });
    const c = await clerk();
    const code = await insertBooking(env(), pointId, { queueNumber: 41 });
    const statusOf = async () =>
      (
        await env()
          .handle.db.selectFrom('bookings')
          .select('status')
          .where('code', '=', code)
          .executeTakeFirstOrThrow()
      ).status;
    const t = (await c.post<QueueTicketReply>(`/api/v1/queue/points/${pointId}/check-in`, { code })).body
      .ticket;
    await c.post(`/api/v1/queue/tickets/${t.id}/call`, { counterNo: 1 });
    expect((await c.post(`/api/v1/queue/tickets/${t.id}/no-show`, {})).status).toBe(200);
    // A booking the counter marked missing may be moved once by the resident (booking rules).
    expect(await statusOf()).toBe('no_show');
    expect((await c.post(`/api/v1/queue/tickets/${t.id}/requeue`, {})).status).toBe(200);
    expect(await statusOf()).toBe('checked_in');
    await c.post(`/api/v1/queue/tickets/${t.id}/call`, { counterNo: 1 });
    const done = await c.post(`/api/v1/queue/tickets/${t.id}/finish`, { outcome: 'referred' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(await statusOf()).toBe('served');
  });

  it('marks a no-show only after the grace, re-queues it at the end, recalls and transfers', async () => {
    const op = await operator();
    const pointId = await newPoint(op);
    const c = await clerk();
    const first = (await issue(c, pointId)).body.ticket;
    const second = (await issue(c, pointId)).body.ticket;
    const call = await c.post<QueueTicketReply>(`/api/v1/queue/tickets/${first.id}/call`, { counterNo: 2 });
    expect(call.body.ticket).toMatchObject({ status: 'called', counterNo: 2 });
    const recall = await c.post<QueueTicketReply>(`/api/v1/queue/tickets/${first.id}/recall`, {});
    expect(recall.body.ticket.recalls).toBe(1);
    expectError(
      await c.post(`/api/v1/queue/tickets/${first.id}/no-show`, {}),
      409,
      'queue_no_show_too_early',
    );
    await setRules(op, pointId, { noShowGraceMinutes: 0 });
    const ns = await c.post<QueueTicketReply>(`/api/v1/queue/tickets/${first.id}/no-show`, {});
    expect(ns.body.ticket.status).toBe('no_show');
    expectError(
      await c.post(`/api/v1/queue/tickets/${first.id}/call`, { counterNo: 1 }),
      409,
      'queue_ticket_status',
    );
    const back = await c.post<QueueTicketReply>(`/api/v1/queue/tickets/${first.id}/requeue`, {});
    expect(back.body.ticket).toMatchObject({ status: 'waiting', counterNo: null });
    // Back at the end of its lane: the second walk-in goes first now.
    const next = await c.post<CallNextReply>(`/api/v1/queue/points/${pointId}/call-next`, { counterNo: 1 });
    expect(next.body.ticket?.id).toBe(second.id);
    const moved = await c.post<QueueTicketReply>(`/api/v1/queue/tickets/${second.id}/transfer`, {
      counterNo: 3,
    });
    expect(moved.body.ticket).toMatchObject({ status: 'waiting', counterNo: 3 });
    // Counter 1 gets the re-queued one; counter 3 gets the transferred one first.
    const at1 = await c.post<CallNextReply>(`/api/v1/queue/points/${pointId}/call-next`, { counterNo: 1 });
    expect(at1.body.ticket?.id).toBe(first.id);
    const at3 = await c.post<CallNextReply>(`/api/v1/queue/points/${pointId}/call-next`, { counterNo: 3 });
    expect(at3.body.ticket?.id).toBe(second.id);
    const service = await c.post<QueueTicketReply>(`/api/v1/queue/tickets/${second.id}/transfer`, {
      service: 'ikd_activation',
    });
    expect(service.body.ticket).toMatchObject({ service: 'ikd_activation', counterNo: null });
  });

  it('tells the ticket that becomes first in line, once, through the outbox', async () => {
    const pointId = await newPoint(await operator());
    const c = await clerk();
    await issue(c, pointId);
    const second = (await issue(c, pointId, { phone: '0812-1111-2222' })).body.ticket;
    const messages = () =>
      env()
        .handle.db.selectFrom('messages')
        .select(['kind', 'text'])
        .where('idempotency_key', '=', `queue:${second.id}:next`)
        .execute();
    await c.post(`/api/v1/queue/points/${pointId}/call-next`, { counterNo: 1 });
    const [sent] = await messages();
    expect(sent).toMatchObject({ kind: 'queue_next' });
    expect(sent?.text).toContain(second.label);
    await issue(c, pointId, { lane: 'priority', priorityReason: 'sick' });
    await c.post(`/api/v1/queue/points/${pointId}/call-next`, { counterNo: 2 });
    expect(await messages()).toHaveLength(1);
  });

  describe('outcomes', () => {
    const fresh = buildResident({ fullName: 'WARGA REKAM LOKET', villageCode: '18.71.01.1002' });
    const recorded = buildResident({ villageCode: '18.71.01.1002', recordingStatus: 'PRINT_READY_RECORD' });
    const printed = buildResident({
      villageCode: '18.71.01.1002',
      recordingStatus: 'PRINT_READY_RECORD',
      printStatus: 'PRINTED',
    });

    it('recorded → BIO_CAPTURED through the write path: coverage rises by one, SKM link given', async () => {
      await seedResidents(env(), [fresh, recorded, printed]);
      const pointId = await newPoint(await operator());
      const c = await clerk();
      const admin = await env().as('lampung.admin');
      const before = await admin.get<CoverageResponse>('/api/v1/coverage?region=18.71');
      const t = (await issue(c, pointId, { nik: fresh.nik })).body.ticket;
      await c.post(`/api/v1/queue/tickets/${t.id}/call`, { counterNo: 1 });
      await c.post(`/api/v1/queue/tickets/${t.id}/start`, {});
      const done = await c.post<FinishReply>(`/api/v1/queue/tickets/${t.id}/finish`, { outcome: 'recorded' });
      expect(done.status, JSON.stringify(done.body)).toBe(200);
      expect(done.body.ticket).toMatchObject({ status: 'done', outcome: 'recorded' });
      expect(done.body.skmPath).toContain(String(t.id));
      const row = await env()
        .handle.db.selectFrom('residents')
        .select(['recording_status', 'recording_place'])
        .where('nik', '=', fresh.nik)
        .executeTakeFirstOrThrow();
      expect(row.recording_status).toBe('BIO_CAPTURED');
      const history = await env()
        .handle.db.selectFrom('resident_history')
        .select('source')
        .where('to_value', '=', 'BIO_CAPTURED')
        .execute();
      expect(history.map((h) => h.source)).toContain('counter');
      const after = await admin.get<CoverageResponse>('/api/v1/coverage?region=18.71');
      expect(after.body.region.figures.recorded).toBe(before.body.region.figures.recorded + 1);
      // The same resident cannot be recorded twice.
      const again = (await issue(c, pointId, { nik: fresh.nik })).body.ticket;
      await c.post(`/api/v1/queue/tickets/${again.id}/call`, { counterNo: 1 });
      expectError(
        await c.post(`/api/v1/queue/tickets/${again.id}/finish`, { outcome: 'recorded' }),
        409,
        'outcome_not_recordable',
      );
    });

    it('card handed over moves a printed card to HANDED_OVER; a note-only outcome changes no resident', async () => {
      const pointId = await newPoint(await operator());
      const c = await clerk();
      const t = (await issue(c, pointId, { nik: printed.nik })).body.ticket;
      await c.post(`/api/v1/queue/tickets/${t.id}/call`, { counterNo: 1 });
      const r = await c.post<FinishReply>(`/api/v1/queue/tickets/${t.id}/finish`, {
        outcome: 'card_handed_over',
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      const row = await env()
        .handle.db.selectFrom('residents')
        .select('print_status')
        .where('nik', '=', printed.nik)
        .executeTakeFirstOrThrow();
      expect(row.print_status).toBe('HANDED_OVER');
      const other = (await issue(c, pointId, { nik: printed.nik })).body.ticket;
      await c.post(`/api/v1/queue/tickets/${other.id}/call`, { counterNo: 1 });
      const note = await c.post<FinishReply>(`/api/v1/queue/tickets/${other.id}/finish`, {
        outcome: 'biometric_exception',
        note: 'Sidik jari rusak',
      });
      expect(note.body.ticket.outcome).toBe('biometric_exception');
    });

    it('IKD activated: one activation row (date, point, officer) and the resident’s IKD date', async () => {
      const pointId = await newPoint(await operator());
      const c = await clerk();
      const t = (await issue(c, pointId, { service: 'ikd_activation' })).body.ticket;
      await c.post(`/api/v1/queue/tickets/${t.id}/call`, { counterNo: 1 });
      expectError(
        await c.post(`/api/v1/queue/tickets/${t.id}/finish`, { outcome: 'ikd_activated' }),
        400,
        'queue_outcome_needs_nik',
      );
      const r = await c.post<FinishReply>(`/api/v1/queue/tickets/${t.id}/finish`, {
        outcome: 'ikd_activated',
        nik: recorded.nik,
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      const act = await env()
        .handle.db.selectFrom('ikd_activations')
        .selectAll()
        .where('ticket_id', '=', t.id)
        .executeTakeFirstOrThrow();
      expect(Number(act.service_point_id)).toBe(pointId);
      const res = await env()
        .handle.db.selectFrom('residents')
        .select('ikd_activated_date')
        .where('nik', '=', recorded.nik)
        .executeTakeFirstOrThrow();
      expect(res.ikd_activated_date).toBe(act.activated_on);
      const note = await c.post<FinishReply>(
        `/api/v1/queue/tickets/${(await issue(c, pointId)).body.ticket.id}/finish`,
        { outcome: 'referred' },
      );
      expectError(note, 409, 'queue_ticket_status');
    });
  });
});

function detailFieldsOf(r: { body: unknown }): string[] {
  const details = (r.body as { details?: { field: string }[] }).details ?? [];
  return details.map((d) => d.field);
}
